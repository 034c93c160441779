import { useEffect, useState } from 'react';
import { call } from '../../api/client.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorBanner } from '../error-banner.js';
import { useAction, useApi } from '../use-api.js';

/** Staff (coaches too) find a current member by name through the staff lookup and sign them up. */
export function SignUpForm({
  lessonId,
  onDone,
}: {
  readonly lessonId: string;
  readonly onDone: (text: string) => void;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const found = useApi(
    () =>
      query
        ? call('GET /members/lookup', { query: { search: query, withAccess: 'true', limit: 8 } })
        : Promise.resolve(null),
    [query],
  );
  const signUp = useAction((memberId: string) =>
    call('POST /lessons/:id/rsvps', { params: { id: lessonId }, body: { memberId } }),
  );
  return (
    <div className="card form">
      <h2>{t('lessons.signUp')}</h2>
      <label>
        {t('lessons.signUpSearch')}
        <input type="search" name="memberSearch" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      <ErrorBanner error={found.error ?? signUp.error} />
      {found.data && (
        <ul className="plain-list">
          {found.data.length === 0 && <li className="muted">{t('app.empty')}</li>}
          {found.data.map((m) => (
            <li key={m.id}>
              {m.displayName} <span className="muted">@{m.handle}</span>{' '}
              <button
                type="button"
                className="small"
                disabled={signUp.pending}
                onClick={async () => {
                  const result = await signUp.run(m.id);
                  if (result) {
                    setSearch('');
                    onDone(t('lessons.signedUp', { name: m.displayName, status: t(`lessons.rsvp.${result.status}`) }));
                  }
                }}
              >
                {t('lessons.signUpButton')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
