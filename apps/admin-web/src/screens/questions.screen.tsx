import { type FormEvent, useState } from 'react';
import { call } from '../api/client.js';
import type { Question, QuestionStatus } from '../api/types.js';
import { CoachingFigures } from '../components/coaching-figures.js';
import { ErrorBanner, Notice } from '../components/error-banner.js';
import { Pager } from '../components/pager.js';
import { QuestionThread } from '../components/question-thread.js';
import { Tabs } from '../components/tabs.js';
import { useAction, useApi } from '../components/use-api.js';
import { useServerPage } from '../components/use-server-page.js';
import { useI18n } from '../i18n/i18n.js';
import { navigate, pathWith, useLocation } from '../router/router.js';
import { can, useSession } from '../session/session.js';

type QueueTab = QuestionStatus | 'overdue';
const TABS: readonly QueueTab[] = ['open', 'claimed', 'overdue', 'answered', 'closed'];
const LIMIT = 20;
const HOUR = 3_600_000;

/** How long a question has waited, in whole hours (days and hours past two days). */
function Age({ since }: { readonly since: string }) {
  const { t } = useI18n();
  const hours = Math.max(0, Math.floor((Date.now() - new Date(since).getTime()) / HOUR));
  return (
    <span className="muted">
      {hours < 48
        ? t('questions.ageHours', { hours })
        : t('questions.ageDays', { days: Math.floor(hours / 24), hours: hours % 24 })}
    </span>
  );
}

/** Who has the question, and the button to take it or give it back. */
function Claim({ question, onChange }: { readonly question: Question; readonly onChange: () => void }) {
  const { t } = useI18n();
  const session = useSession();
  const mine = question.claimedBy?.id === session.member.id;
  const action = useAction((verb: 'claim' | 'unclaim') =>
    call(verb === 'claim' ? 'POST /questions/:id/claim' : 'POST /questions/:id/unclaim', {
      params: { id: question.id },
    }),
  );
  const run = async (verb: 'claim' | 'unclaim') => {
    if (await action.run(verb)) onChange();
  };
  return (
    <div className="toolbar">
      {question.claimedBy && (
        <span className="badge badge-claimed">
          {mine ? t('questions.claimedByYou') : t('questions.claimedBy', { name: question.claimedBy.displayName })}
        </span>
      )}
      {question.status === 'open' && (
        <button type="button" className="small" disabled={action.pending} onClick={() => run('claim')}>
          {t('questions.claim')}
        </button>
      )}
      {question.status === 'claimed' && (mine || can(session, ['owner'])) && (
        <button
          type="button"
          className="small button-secondary"
          disabled={action.pending}
          onClick={() => run('unclaim')}
        >
          {t('questions.unclaim')}
        </button>
      )}
      <ErrorBanner error={action.error} />
    </div>
  );
}

/** Hands the question to one of the club's guest experts (嘉宾), who is told by DM. */
function RouteToGuest({ question, onRouted }: { readonly question: Question; readonly onRouted: () => void }) {
  const { t } = useI18n();
  const guests = useApi(() => call('GET /guests'), []);
  const [guestId, setGuestId] = useState('');
  const route = useAction((id: string) =>
    call('POST /questions/:id/route', { params: { id: question.id }, body: { guestId: id } }),
  );
  const items = guests.data?.items ?? [];
  if (items.length === 0) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (guestId && (await route.run(guestId))) onRouted();
  };
  return (
    <form className="toolbar" onSubmit={submit} aria-label={t('questions.route')}>
      <select value={guestId} onChange={(e) => setGuestId(e.target.value)} aria-label={t('questions.routeTo')}>
        <option value="">{t('questions.routeTo')}</option>
        {items.map((g) => (
          <option key={g.id} value={g.id}>
            {g.displayName}
          </option>
        ))}
      </select>
      <button type="submit" className="small button-secondary" disabled={!guestId || route.pending}>
        {t('questions.route')}
      </button>
      <ErrorBanner error={route.error} />
    </form>
  );
}

/** Publishes an answered question to the FAQ, with texts staff edit so nothing identifies the member. */
function PublishForm({ question, onPublished }: { readonly question: Question; readonly onPublished: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(question.body);
  const [answer, setAnswer] = useState(question.answer ?? '');
  const publish = useAction(() =>
    call('POST /questions/:id/publish', { params: { id: question.id }, body: { question: text, answer } }),
  );
  if (!open) {
    return (
      <button type="button" className="small button-secondary" onClick={() => setOpen(true)}>
        {t('questions.publish')}
      </button>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await publish.run()) onPublished();
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('questions.publish')}>
      <p className="muted">{t('questions.publishHint')}</p>
      <label>
        {t('faq.question')}
        <textarea rows={2} required maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <label>
        {t('faq.answer')}
        <textarea rows={4} required maxLength={4000} value={answer} onChange={(e) => setAnswer(e.target.value)} />
      </label>
      <ErrorBanner error={publish.error} />
      <button type="submit" disabled={publish.pending}>
        {t('questions.publish')}
      </button>
    </form>
  );
}

function AnswerForm({
  question,
  onAnswered,
}: {
  readonly question: Question;
  readonly onAnswered: (delivered: boolean) => void;
}) {
  const { t } = useI18n();
  const [answer, setAnswer] = useState('');
  const send = useAction((text: string) =>
    call('POST /questions/:id/answer', { params: { id: question.id }, body: { answer: text } }),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answered = await send.run(answer);
    if (answered) onAnswered(answered.delivery === 'sent' || answered.delivery === 'already_sent');
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('questions.answer')}>
      <label>
        {t('questions.answer')}
        <textarea
          name="answer"
          rows={3}
          required
          maxLength={4000}
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
        />
      </label>
      <ErrorBanner error={send.error} />
      <button type="submit" disabled={send.pending}>
        {t('questions.send')}
      </button>
    </form>
  );
}

/** The coaches' queue: members' private questions, oldest first, with their age against the club's SLA; claim and answer in place. */
export function QuestionsScreen() {
  const { t, dateTime } = useI18n();
  const session = useSession();
  const coach = can(session, ['coach']);
  // A guest expert answers the questions routed to them; the API lists only those.
  const answerer = can(session, ['coach', 'guest']);
  const { query } = useLocation();
  const status = (query.get('status') as QueueTab | null) ?? 'open';
  const { list, offset } = useServerPage('GET /questions', { status }, LIMIT);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section>
      <h1>{t('questions.title')}</h1>
      <Tabs
        tabs={TABS}
        current={status}
        label={(tab) => t(tab === 'closed' ? 'questions.status.closed.tab' : `questions.status.${tab}`)}
        onSelect={(tab) => navigate(pathWith('/questions', { status: tab }))}
      />
      {list.data && <p className="muted">{t('questions.slaHint', { hours: list.data.slaHours })}</p>}
      <Notice text={notice} />
      <ErrorBanner error={list.error} onRetry={list.reload} />
      {list.data && list.data.items.length === 0 && <p className="card muted">{t('app.empty')}</p>}
      {list.data?.items.map((q) => (
        <article key={q.id} className={q.overdue ? 'card question overdue' : 'card question'}>
          <p className="muted">
            {t('questions.askedBy', { name: q.member?.displayName ?? '—', date: dateTime(q.createdAt) })}
            {q.dueAt && (
              <>
                {' · '}
                <Age since={q.createdAt} />
              </>
            )}
            {q.overdue && <span className="badge badge-overdue">{t('questions.overdue')}</span>}
          </p>
          {coach && (q.status === 'open' || q.status === 'claimed') && (
            <>
              <Claim question={q} onChange={list.reload} />
              <RouteToGuest question={q} onRouted={list.reload} />
            </>
          )}
          <p className="question-body">{q.body}</p>
          {q.answer ? (
            <>
              <p className="muted">
                {t('questions.answeredBy', { name: q.answeredBy?.displayName ?? '—', date: dateTime(q.answeredAt) })}
              </p>
              <p className="quote">{q.answer}</p>
              {q.resolvedAt && <p className="muted">{t('questions.resolvedOn', { date: dateTime(q.resolvedAt) })}</p>}
              {q.rating !== null && (
                <p>
                  <span className="badge">{t('questions.rating', { rating: q.rating })}</span>{' '}
                  {q.ratingComment && <span className="quote">{q.ratingComment}</span>}
                </p>
              )}
              {q.faq ? (
                <span className="badge">{t('questions.published')}</span>
              ) : (
                q.faqConsent && (
                  <>
                    <span className="badge">{t('questions.faqConsent')}</span>
                    {can(session, ['coach', 'moderator']) && <PublishForm question={q} onPublished={list.reload} />}
                  </>
                )
              )}
            </>
          ) : (
            answerer && (
              <AnswerForm
                question={q}
                onAnswered={(delivered) => {
                  setNotice(t(delivered ? 'questions.delivered' : 'questions.notDelivered'));
                  list.reload();
                }}
              />
            )
          )}
          <QuestionThread
            question={q}
            canWrite={answerer}
            onSent={(delivered) => {
              setNotice(t(delivered ? 'questions.followUpDelivered' : 'questions.followUpNotDelivered'));
              list.reload();
            }}
          />
        </article>
      ))}
      {list.data && (
        <Pager
          offset={offset}
          limit={LIMIT}
          total={list.data.total}
          onChange={(next) => navigate(pathWith('/questions', { status, offset: next }))}
        />
      )}
      {can(session, ['coach', 'moderator']) && <CoachingFigures />}
    </section>
  );
}
