import { type FormEvent, useState } from 'react';
import { call } from '../api/client.js';
import type { LibraryEntry, LibraryStatus } from '../api/types.js';
import { ErrorBanner } from '../components/error-banner.js';
import { Pager } from '../components/pager.js';
import { Tabs } from '../components/tabs.js';
import { useAction } from '../components/use-api.js';
import { useServerPage } from '../components/use-server-page.js';
import { useI18n } from '../i18n/i18n.js';
import { navigate, pathWith, useLocation } from '../router/router.js';

const TABS: readonly LibraryStatus[] = ['pending', 'approved'];
const LIMIT = 20;

/** One entry: the message as written, its title and tags, how often it was opened; approve, retag or remove. */
function LibraryItem({ entry, onChange }: { readonly entry: LibraryEntry; readonly onChange: () => void }) {
  const { t, dateTime } = useI18n();
  const [title, setTitle] = useState(entry.title);
  const [tags, setTags] = useState(entry.tags.map((tag) => `#${tag}`).join(' '));
  const approve = useAction(() => call('POST /library/:id/approve', { params: { id: entry.id } }));
  const save = useAction(() =>
    call('PATCH /library/:id', {
      params: { id: entry.id },
      body: { title, tags: tags.split(/[\s,，]+/).filter(Boolean) },
    }),
  );
  // A 204 has no body: the action answers true once the entry is gone.
  const remove = useAction(async () => {
    await call('DELETE /library/:id', { params: { id: entry.id } });
    return true;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save.run()) onChange();
  };
  return (
    <article className="card">
      <p className="muted">
        {t('library.savedOn', { date: dateTime(entry.savedAt), author: entry.authorName || '—' })}
        {' · '}
        {t('library.opens', { count: entry.opens })}
        {entry.url && (
          <>
            {' · '}
            <a href={entry.url} target="_blank" rel="noreferrer noopener">
              {t('library.original')}
            </a>
          </>
        )}
      </p>
      <p className="quote">{entry.body}</p>
      <form className="form" onSubmit={submit} aria-label={t('library.edit')}>
        <label>
          {t('library.title')}
          <input required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('library.tags')}
          <input maxLength={300} value={tags} onChange={(e) => setTags(e.target.value)} />
        </label>
        <ErrorBanner error={save.error ?? approve.error ?? remove.error} />
        <div className="toolbar">
          {entry.status === 'pending' && (
            <button
              type="button"
              disabled={approve.pending}
              onClick={async () => {
                if (await approve.run()) onChange();
              }}
            >
              {t('library.approve')}
            </button>
          )}
          <button type="submit" className="button-secondary" disabled={save.pending}>
            {t('library.save')}
          </button>
          <button
            type="button"
            className="button-danger"
            disabled={remove.pending}
            onClick={async () => {
              if (window.confirm(t('library.confirmRemove')) && (await remove.run())) onChange();
            }}
          >
            {t('library.remove')}
          </button>
        </div>
      </form>
    </article>
  );
}

/** The 精华 library: messages members and staff saved, waiting for review or in the library, by tag. */
export function LibraryScreen() {
  const { t } = useI18n();
  const { query } = useLocation();
  const status = (query.get('status') as LibraryStatus | null) ?? 'pending';
  const tag = query.get('tag') ?? '';
  const [tagInput, setTagInput] = useState(tag);
  const { list, offset } = useServerPage('GET /library', { status, tag }, LIMIT);
  return (
    <section>
      <h1>{t('library.heading')}</h1>
      <p className="muted">{t('library.hint')}</p>
      <Tabs
        tabs={TABS}
        current={status}
        label={(tab) => t(`library.status.${tab}`)}
        onSelect={(tab) => navigate(pathWith('/library', { status: tab, tag }))}
      />
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(pathWith('/library', { status, tag: tagInput.replace(/^#/, '') }));
        }}
      >
        <input
          aria-label={t('library.filterTag')}
          placeholder={t('library.filterTag')}
          value={tagInput}
          onChange={(e) => setTagInput(e.target.value)}
        />
        <button type="submit" className="small">
          {t('library.filter')}
        </button>
      </form>
      <ErrorBanner error={list.error} onRetry={list.reload} />
      {list.data && list.data.items.length === 0 && <p className="card muted">{t('app.empty')}</p>}
      {list.data?.items.map((entry) => (
        <LibraryItem key={`${entry.id}-${entry.status}-${entry.title}`} entry={entry} onChange={list.reload} />
      ))}
      {list.data && (
        <Pager
          offset={offset}
          limit={LIMIT}
          total={list.data.total}
          onChange={(next) => navigate(pathWith('/library', { status, tag, offset: next }))}
        />
      )}
    </section>
  );
}
