import type { ReplyOf } from '@snowball/admin-api/contract';
import { type FormEvent, useEffect, useState } from 'react';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorBanner, Notice } from './error-banner.js';
import { useAction, useApi } from './use-api.js';

type Found = ReplyOf<'GET /members/lookup'>[number];

const SLOTS = [0, 1, 2] as const;
const REASON_MAX = 500;

/**
 * One of the three members: a search through the staff lookup (server-side, members with access only), then the
 * member chosen, with a way to change them. Members chosen in another slot cannot be chosen again.
 */
function MemberSlot({
  index,
  picked,
  taken,
  onPick,
}: {
  readonly index: number;
  readonly picked: Found | null;
  readonly taken: readonly string[];
  readonly onPick: (member: Found | null) => void;
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
      query && !picked
        ? call('GET /members/lookup', { query: { search: query, withAccess: 'true', limit: 8 } })
        : Promise.resolve(null),
    [query, picked],
  );
  const label = index === 0 ? t('intros.groupForm.first') : t('intros.groupForm.member', { n: index + 1 });
  return (
    <fieldset className="intro-group-slot" data-slot={index + 1}>
      <legend>{label}</legend>
      {picked ? (
        <p className="intro-group-picked">
          <strong>{picked.displayName}</strong> <span className="muted">@{picked.handle}</span>{' '}
          <button type="button" className="button-link" onClick={() => onPick(null)}>
            {t('intros.groupForm.change')}
          </button>
        </p>
      ) : (
        <>
          <label>
            {t('intros.groupForm.search')}
            <input
              type="search"
              name={`groupMember${index + 1}`}
              value={search}
              maxLength={100}
              onChange={(e) => setSearch(e.target.value)}
            />
          </label>
          <ErrorBanner error={found.error} />
          {found.data && (
            <ul className="plain-list">
              {found.data.length === 0 && <li className="muted">{t('app.empty')}</li>}
              {found.data.map((m) => (
                <li key={m.id}>
                  {m.displayName} <span className="muted">@{m.handle}</span>{' '}
                  {taken.includes(m.id) ? (
                    <span className="muted">{t('intros.groupForm.picked')}</span>
                  ) : (
                    <button
                      type="button"
                      className="small"
                      onClick={() => {
                        setSearch('');
                        setQuery('');
                        onPick(m);
                      }}
                    >
                      {t('intros.groupForm.pick')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </fieldset>
  );
}

/**
 * Moderators propose a group introduction of three (`POST /introductions/groups`): three different members and
 * why. The API refuses, in the panel's language, a member who cannot receive introductions (paused, turned off,
 * no access, asked not to be paired with one of the others) and any two who already had an introduction.
 */
export function IntroGroupForm({ onProposed }: { readonly onProposed: () => void }) {
  const { t } = useI18n();
  const [picked, setPicked] = useState<readonly (Found | null)[]>([null, null, null]);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const propose = useAction((memberIds: string[], why: string) =>
    call('POST /introductions/groups', { body: { memberIds, reason: why } }),
  );
  const chosen = picked.filter((m): m is Found => m !== null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const ids = chosen.map((m) => m.id);
    if (ids.length !== 3 || new Set(ids).size !== 3) {
      setProblem(t('intros.groupForm.needThree'));
      return;
    }
    setProblem(null);
    const created = await propose.run(ids, reason.trim());
    if (!created) return;
    setDone(t('intros.groupForm.sent', { names: chosen.map((m) => m.displayName).join(', ') }));
    setPicked([null, null, null]);
    setReason('');
    onProposed();
  };
  return (
    <form className="card form intro-group-form" onSubmit={submit} aria-label={t('intros.groupForm.title')}>
      <h2>{t('intros.groupForm.title')}</h2>
      <p className="muted">{t('intros.groupForm.help')}</p>
      <p className="muted">{t('intros.groupForm.noAccess')}</p>
      <Notice text={done} />
      {SLOTS.map((i) => (
        <MemberSlot
          key={i}
          index={i}
          picked={picked[i] ?? null}
          taken={chosen.map((m) => m.id)}
          onPick={(member) => {
            setProblem(null);
            setPicked(picked.map((m, j) => (j === i ? member : m)));
          }}
        />
      ))}
      <label>
        {t('intros.groupForm.reason')}
        <textarea
          name="groupReason"
          required
          maxLength={REASON_MAX}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      {problem && (
        <div className="banner banner-error" role="alert">
          <p>{problem}</p>
        </div>
      )}
      <ErrorBanner error={propose.error} />
      <button type="submit" disabled={propose.pending}>
        {t('intros.groupForm.submit')}
      </button>
    </form>
  );
}
