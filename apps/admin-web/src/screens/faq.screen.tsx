import { type FormEvent, useState } from 'react';
import { call } from '../api/client.js';
import type { FaqEntry } from '../api/types.js';
import { ErrorBanner } from '../components/error-banner.js';
import { Pager } from '../components/pager.js';
import { useAction } from '../components/use-api.js';
import { useServerPage } from '../components/use-server-page.js';
import { useI18n } from '../i18n/i18n.js';
import { navigate, pathWith } from '../router/router.js';

const LIMIT = 20;

/** One entry, readable, with an edit form and a remove button for staff. */
function FaqItem({ entry, onChange }: { readonly entry: FaqEntry; readonly onChange: () => void }) {
  const { t, dateTime } = useI18n();
  const [editing, setEditing] = useState(false);
  const [question, setQuestion] = useState(entry.question);
  const [answer, setAnswer] = useState(entry.answer);
  const save = useAction(() => call('PATCH /faq/:id', { params: { id: entry.id }, body: { question, answer } }));
  // A 204 has no body: the action answers true once the entry is gone.
  const remove = useAction(async () => {
    await call('DELETE /faq/:id', { params: { id: entry.id } });
    return true;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save.run()) {
      setEditing(false);
      onChange();
    }
  };
  return (
    <article className="card">
      <p className="muted">{t('faq.published', { date: dateTime(entry.publishedAt) })}</p>
      {editing ? (
        <form className="form" onSubmit={submit} aria-label={t('faq.edit')}>
          <label>
            {t('faq.question')}
            <textarea
              rows={2}
              required
              maxLength={4000}
              value={question}
              onChange={(e) => setQuestion(e.target.value)}
            />
          </label>
          <label>
            {t('faq.answer')}
            <textarea rows={4} required maxLength={4000} value={answer} onChange={(e) => setAnswer(e.target.value)} />
          </label>
          <ErrorBanner error={save.error} />
          <div className="toolbar">
            <button type="submit" disabled={save.pending}>
              {t('faq.save')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setEditing(false)}>
              {t('faq.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <h3 className="question-body">{entry.question}</h3>
          <p className="quote">{entry.answer}</p>
          <div className="toolbar">
            <button type="button" className="small button-secondary" onClick={() => setEditing(true)}>
              {t('faq.edit')}
            </button>
            <button
              type="button"
              className="small button-danger"
              disabled={remove.pending}
              onClick={async () => {
                if (window.confirm(t('faq.confirmRemove')) && (await remove.run())) onChange();
              }}
            >
              {t('faq.remove')}
            </button>
          </div>
          <ErrorBanner error={remove.error} />
        </>
      )}
    </article>
  );
}

/** The club FAQ: answered questions staff published (anonymised, with the member's consent); edit or remove them. */
export function FaqScreen() {
  const { t } = useI18n();
  const { list, offset } = useServerPage('GET /faq', {}, LIMIT);
  return (
    <section>
      <h1>{t('faq.title')}</h1>
      <p className="muted">{t('faq.hint')}</p>
      <ErrorBanner error={list.error} onRetry={list.reload} />
      {list.data && list.data.items.length === 0 && <p className="card muted">{t('app.empty')}</p>}
      {list.data?.items.map((entry) => (
        <FaqItem key={`${entry.id}-${entry.updatedAt}`} entry={entry} onChange={list.reload} />
      ))}
      {list.data && (
        <Pager
          offset={offset}
          limit={LIMIT}
          total={list.data.total}
          onChange={(next) => navigate(pathWith('/faq', { offset: next }))}
        />
      )}
    </section>
  );
}
