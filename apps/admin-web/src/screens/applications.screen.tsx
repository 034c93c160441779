import { api } from '../api/client.js';
import type { Application, ApplicationStatus, Page } from '../api/types.js';
import { ApplicationBadge } from '../components/badges.js';
import { ErrorBanner } from '../components/error-banner.js';
import { Pager } from '../components/pager.js';
import { useApi } from '../components/use-api.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, navigate, pathWith, useLocation } from '../router/router.js';

const TABS: readonly ApplicationStatus[] = ['pending', 'info_requested', 'approved', 'rejected'];
const LIMIT = 25;

/** The vetting queue by status, oldest first, with auto-flags and referrers. */
export function ApplicationsScreen() {
  const { t, date } = useI18n();
  const { query } = useLocation();
  const status = (query.get('status') as ApplicationStatus | null) ?? 'pending';
  const offset = Number(query.get('offset') ?? 0) || 0;
  const list = useApi(
    () => api.get<Page<Application>>('/applications', { status, limit: LIMIT, offset }),
    [status, offset],
  );
  return (
    <section>
      <h1>{t('applications.title')}</h1>
      <div className="tabs" role="tablist">
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={tab === status}
            className={tab === status ? 'tab current' : 'tab'}
            onClick={() => navigate(pathWith('/applications', { status: tab }))}
          >
            {t(`appStatus.${tab}`)}
          </button>
        ))}
      </div>
      <ErrorBanner error={list.error} onRetry={list.reload} />
      {list.data && (
        <div className="card table-card">
          {list.data.items.length === 0 ? (
            <p className="muted">{t('app.empty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t('applications.submitted')}</th>
                  <th>{t('applications.name')}</th>
                  <th>{t('applications.company')}</th>
                  <th>{t('applications.flags')}</th>
                  <th>{t('applications.referrer')}</th>
                  <th>{t('applications.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((a) => (
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
                ))}
              </tbody>
            </table>
          )}
          <Pager
            offset={offset}
            limit={LIMIT}
            total={list.data.total}
            onChange={(next) => navigate(pathWith('/applications', { status, offset: next }))}
          />
        </div>
      )}
    </section>
  );
}
