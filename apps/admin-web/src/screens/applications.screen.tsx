import type { ApplicationStatus } from '../api/types.js';
import { ApplicationBadge } from '../components/badges.js';
import { PagedTable } from '../components/paged-table.js';
import { Tabs } from '../components/tabs.js';
import { useServerPage } from '../components/use-server-page.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, navigate, pathWith, useLocation } from '../router/router.js';

const TABS: readonly ApplicationStatus[] = ['pending', 'info_requested', 'approved', 'rejected'];
const LIMIT = 25;

/** The vetting queue by status, oldest first, with auto-flags and referrers. */
export function ApplicationsScreen() {
  const { t, date } = useI18n();
  const { query } = useLocation();
  const status = (query.get('status') as ApplicationStatus | null) ?? 'pending';
  const { list, offset } = useServerPage('GET /applications', { status }, LIMIT);
  return (
    <section>
      <h1>{t('applications.title')}</h1>
      <Tabs
        tabs={TABS}
        current={status}
        label={(tab) => t(`appStatus.${tab}`)}
        onSelect={(tab) => navigate(pathWith('/applications', { status: tab }))}
      />
      <PagedTable
        list={list}
        offset={offset}
        limit={LIMIT}
        onPage={(next) => navigate(pathWith('/applications', { status, offset: next }))}
        headers={[
          t('applications.submitted'),
          t('applications.name'),
          t('applications.company'),
          t('applications.flags'),
          t('applications.referrer'),
          t('applications.status'),
        ]}
        row={(a) => (
          <tr key={a.id}>
            <td>{date(a.submittedAt)}</td>
            <td>
              <Link to={`/applications/${a.id}`}>{a.name}</Link>
            </td>
            <td>
              {a.company}
              {a.industry && <span className="muted"> · {a.industry}</span>}
            </td>
            <td>
              {a.flags.length === 0 ? (
                <span className="muted">—</span>
              ) : (
                a.flags.map((f) => (
                  <span key={`${f.field}:${f.keyword}`} className="badge badge-flag">
                    {f.keyword}
                  </span>
                ))
              )}
            </td>
            <td>{a.referrer ? a.referrer.displayName : <span className="muted">—</span>}</td>
            <td>
              <ApplicationBadge status={a.status} />
            </td>
          </tr>
        )}
      />
    </section>
  );
}
