import { api } from '../api/client.js';
import type { Introduction, IntroStatus, Page } from '../api/types.js';
import { DealsPanel } from '../components/deals-panel.js';
import { ErrorBanner } from '../components/error-banner.js';
import { Pager } from '../components/pager.js';
import { useApi } from '../components/use-api.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, navigate, pathWith, useLocation } from '../router/router.js';

const TABS: readonly IntroStatus[] = ['introduced', 'proposed', 'declined', 'expired'];
const LIMIT = 25;

/** Introductions from the matching rounds, newest first, with the deals that came of them; then the club's deals and their totals. */
export function IntroductionsScreen() {
  const { t, date, money } = useI18n();
  const { query } = useLocation();
  const status = (query.get('status') as IntroStatus | null) ?? 'introduced';
  const offset = Number(query.get('offset') ?? 0) || 0;
  const list = useApi(
    () => api.get<Page<Introduction>>('/introductions', { status, limit: LIMIT, offset }),
    [status, offset],
  );
  const person = (ref: Introduction['memberA']) =>
    ref ? <Link to={`/members/${ref.id}`}>{ref.displayName}</Link> : <span className="muted">—</span>;
  return (
    <section>
      <h1>{t('intros.title')}</h1>
      <div className="tabs" role="tablist">
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={tab === status}
            className={tab === status ? 'tab current' : 'tab'}
            onClick={() => navigate(pathWith('/introductions', { status: tab }))}
          >
            {t(`intros.status.${tab}`)}
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
                  <th>{t('intros.created')}</th>
                  <th>{t('intros.pair')}</th>
                  <th>{t('intros.reason')}</th>
                  <th>{t('intros.deals')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((i) => (
                  <tr key={i.id}>
                    <td className="nowrap">{date(i.createdAt)}</td>
                    <td>
                      {person(i.memberA)} ↔ {person(i.memberB)}
                    </td>
                    <td>{i.reason}</td>
                    <td>
                      {i.deals.length === 0 ? (
                        <span className="muted">—</span>
                      ) : (
                        i.deals.map((d) => (
                          <div key={d.id}>
                            <strong>{money(d.amountMinor, d.currency)}</strong>
                            {d.confirmedByCounterpart && (
                              <span className="badge badge-active">{t('intros.confirmed')}</span>
                            )}
                            {d.note && <div className="muted">{d.note}</div>}
                          </div>
                        ))
                      )}
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
            onChange={(next) => navigate(pathWith('/introductions', { status, offset: next }))}
          />
        </div>
      )}
      <DealsPanel />
    </section>
  );
}
