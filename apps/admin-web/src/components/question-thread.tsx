import { type FormEvent, useState } from 'react';
import { call } from '../api/client.js';
import type { Question } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorBanner } from './error-banner.js';
import { useAction } from './use-api.js';

/**
 * The conversation under a question: coaches' follow-ups and the member's replies (written in chat, in the same DM
 * or thread), and, for those who may answer it, a form to write to the member. Texts are shown as text, never HTML.
 */
export function QuestionThread({
  question,
  canWrite,
  onSent,
}: {
  readonly question: Question;
  readonly canWrite: boolean;
  readonly onSent: (delivered: boolean) => void;
}) {
  const { t, dateTime } = useI18n();
  const [text, setText] = useState('');
  const send = useAction((body: string) =>
    call('POST /questions/:id/follow-up', { params: { id: question.id }, body: { body } }),
  );
  const thread = question.thread ?? [];
  const writable = canWrite && question.status !== 'closed';
  if (thread.length === 0 && !writable) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await send.run(text.trim());
    if (!sent) return;
    setText('');
    onSent(sent.delivery === 'sent' || sent.delivery === 'already_sent');
  };
  return (
    <div className="question-thread">
      {question.awaitingMemberSince && (
        <p>
          <span className="badge">
            {t('questions.awaitingMember', { date: dateTime(question.awaitingMemberSince) })}
          </span>
        </p>
      )}
      {thread.length > 0 && (
        <ol className="thread" aria-label={t('questions.thread')}>
          {thread.map((m) => (
            <li key={m.id} className={m.from === 'coach' ? 'thread-coach' : 'thread-member'}>
              <span className="muted">
                {t(m.from === 'coach' ? 'questions.fromCoach' : 'questions.fromMember')} · {dateTime(m.createdAt)}
              </span>
              <p className="quote">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      {writable && (
        <form className="form" onSubmit={submit} aria-label={t('questions.followUp')}>
          <label>
            {t(question.answer ? 'questions.replyToMember' : 'questions.followUp')}
            <textarea
              name="followUp"
              rows={2}
              required
              maxLength={4000}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <p className="muted">{t('questions.followUpHint')}</p>
          <ErrorBanner error={send.error} />
          <button type="submit" className="button-secondary" disabled={send.pending}>
            {t('questions.sendFollowUp')}
          </button>
        </form>
      )}
    </div>
  );
}
