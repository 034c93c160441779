import { type FormEvent, useMemo, useState } from 'react';
import { call } from '../api/client.js';
import type { MemberFilter } from '../api/types.js';
import { MembershipBadge } from '../components/badges.js';
import { PagedTable } from '../components/paged-table.js';
import { useApi } from '../components/use-api.js';
import { useServerPage } from '../components/use-server-page.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, navigate, pathWith, useLocation } from '../router/router.js';
import { can, useSession } from '../session/session.js';

const FILTERS: readonly MemberFilter[] = ['access', 'active', 'expiring', 'grace', 'lapsed', 'none'];
const LIMIT = 25;

/** Members, newest first: search, filter by membership status, a page at a time. */
export function MembersScreen() {
  const { t, date } = useI18n();
  const { query } = useLocation();
  const search = query.get('search') ?? '';
  const status = (query.get('status') as MemberFilter | null) ?? '';
  const [typed, setTyped] = useState(search);
  const { list, offset } = useServerPage('GET /members', { search, status }, LIMIT);
  // Staff without a membership (the owner of a new club) are not applicants awaiting payment; owners see who is.
  const owner = can(useSession(), ['owner']);
  const staff = useApi(() => (owner ? call('GET /staff') : Promise.resolve([])), [owner]);
  const staffIds = useMemo(() => new Set((staff.data ?? []).map((s) => s.memberId)), [staff.data]);
  // A new search or filter starts from the first page: no cursor is carried over.
  const go = (next: { search?: string; status?: string; offset?: number; after?: string | undefined }) =>
    navigate(pathWith('/members', { search, status, ...next }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go({ search: typed.trim(), offset: 0 });
  };
  return (
    <section>
      <h1>{t('members.title')}</h1>
      <form className="toolbar" onSubmit={submit} aria-label={t('app.search')}>
        <input
          type="search"
          name="search"
          placeholder={t('members.searchPlaceholder')}
          aria-label={t('app.search')}
          value={typed}
          maxLength={100}
          onChange={(e) => setTyped(e.target.value)}
        />
        <button type="submit">{t('app.search')}</button>
        <label className="inline">
          {t('members.filter')}
          <select name="status" value={status} onChange={(e) => go({ status: e.target.value, offset: 0 })}>
            <option value="">{t('app.all')}</option>
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`status.${f}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <PagedTable
        list={list}
        offset={offset}
        limit={LIMIT}
        onPage={(next, after) => go({ offset: next, after })}
        headers={[
          t('members.name'),
          t('members.handle'),
          t('members.email'),
          t('members.status'),
          t('members.endsAt'),
          t('members.joined'),
        ]}
        row={(m) => (
          <tr key={m.id}>
            <td>
              <Link to={`/members/${m.id}`}>{m.displayName}</Link>
            </td>
            <td className="muted">@{m.handle}</td>
            <td>{m.email ?? '—'}</td>
            <td>
              {m.membership.status === 'none' && staffIds.has(m.id) ? (
                <span className="badge badge-none">{t('status.noneStaff')}</span>
              ) : (
                <MembershipBadge status={m.membership.status} />
              )}
            </td>
            <td>{date(m.membership.endsAt)}</td>
            <td>{date(m.createdAt)}</td>
          </tr>
        )}
      />
    </section>
  );
}
