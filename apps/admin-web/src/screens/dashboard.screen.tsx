import { call } from '../api/client.js';
import type { MembershipStatus } from '../api/types.js';
import { BarChart, Ring } from '../components/bar-chart.js';
import { CoachingFigures } from '../components/coaching-figures.js';
import { CohortsCard } from '../components/cohorts-card.js';
import { ErrorBanner } from '../components/error-banner.js';
import { IntroFunnelCard } from '../components/intro-funnel-card.js';
import { ReferralsCard } from '../components/referrals-card.js';
import { SetupChecklistCard } from '../components/setup-checklist-card.js';
import { useApi } from '../components/use-api.js';
import { VitalityFiguresCard } from '../components/vitality-figures-card.js';
import { VitalityTrendCard } from '../components/vitality-trend-card.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, pathWith } from '../router/router.js';
import { can, useSession } from '../session/session.js';

const STATUSES: readonly MembershipStatus[] = ['active', 'expiring', 'grace', 'lapsed', 'none'];

function Stat({ label, value, to, hint }: { label: string; value: string | number; to?: string; hint?: string }) {
  const body = (
    <>
      <div className="stat-value">{value}</div>
      <div className="stat-label">{label}</div>
      {hint && <div className="stat-hint muted">{hint}</div>}
    </>
  );
  return <div className="card stat">{to ? <Link to={to}>{body}</Link> : body}</div>;
}

/** The numbers staff open the panel for, with pictures where a picture says it faster. */
export function DashboardScreen() {
  const { t, date, money } = useI18n();
  const session = useSession();
  const moderator = can(session, ['moderator']);
  const dashboard = useApi(() => call('GET /dashboard'), []);
  const d = dashboard.data;
  return (
    <section>
      <h1>{t('dashboard.title')}</h1>
      {session.roles.includes('owner') && <SetupChecklistCard onlyUntilEssentialsDone />}
      <ErrorBanner error={dashboard.error} onRetry={dashboard.reload} />
      {d && (
        <>
          <div className="stats">
            <Stat
              label={t('dashboard.withAccess')}
              value={d.members.active + d.members.expiring + d.members.grace}
              {...(moderator ? { to: pathWith('/members', { status: 'access' }) } : {})}
            />
            <Stat
              label={t('dashboard.applicationsWaiting')}
              value={d.applications.pending}
              hint={t('dashboard.infoRequested', { count: d.applications.infoRequested })}
              {...(moderator ? { to: '/applications' } : {})}
            />
            <Stat
              label={t('dashboard.renewalsDue')}
              value={d.renewalsDue.total}
              {...(moderator ? { to: pathWith('/members', { status: 'expiring' }) } : {})}
            />
            <Stat
              label={t('dashboard.unanswered')}
              value={d.questions.open + d.questions.claimed}
              hint={t('dashboard.claimed', { count: d.questions.claimed })}
              to="/questions"
            />
          </div>
          <div className="stats">
            <Stat
              label={t('dashboard.introsMade')}
              value={d.introductions.made}
              hint={t('dashboard.introsHint', {
                declined: d.introductions.declined,
                proposed: d.introductions.proposed,
              })}
              {...(moderator ? { to: pathWith('/introductions', { status: 'introduced' }) } : {})}
            />
            <Stat
              label={t('dashboard.acceptance')}
              value={
                d.introductions.acceptanceRate === null ? '—' : `${Math.round(d.introductions.acceptanceRate * 100)}%`
              }
              hint={t('dashboard.acceptanceHint', {
                made: d.introductions.made,
                decided: d.introductions.made + d.introductions.declined,
              })}
            />
            <Stat
              label={t('dashboard.dealsYear')}
              value={d.deals.count}
              hint={d.deals.totals.map((total) => money(total.amountMinor, total.currency)).join(' · ')}
              {...(moderator ? { to: pathWith('/introductions', { year: d.deals.year }) } : {})}
            />
          </div>
          <div className="grid-2">
            <div className="card">
              <h2>{t('dashboard.membership')}</h2>
              <BarChart
                title={t('dashboard.membership')}
                bars={STATUSES.map((status) => ({
                  label: t(`status.${status}`),
                  value: d.members[status],
                  tone: status,
                }))}
              />
            </div>
            <div className="card vitality">
              <h2>{t('dashboard.vitality')}</h2>
              <div className="vitality-body">
                <Ring ratio={d.vitality.ratio} title={t('dashboard.vitality')} />
                <p>
                  {t('dashboard.vitalityHint', { contributors: d.vitality.contributors, members: d.vitality.members })}
                </p>
              </div>
            </div>
            <VitalityTrendCard />
            <VitalityFiguresCard />
            <CohortsCard />
            <ReferralsCard />
            <div className="card">
              <h2>{t('dashboard.deals', { year: d.deals.year })}</h2>
              {d.deals.totals.length === 0 ? (
                <p className="muted">{t('dashboard.noDeals')}</p>
              ) : (
                <>
                  <p className="muted">{t('dashboard.dealsCount', { count: d.deals.count })}</p>
                  <BarChart
                    title={t('dashboard.deals', { year: d.deals.year })}
                    bars={d.deals.totals.map((total) => ({
                      label: total.currency,
                      value: total.amountMinor,
                      tone: 'deal',
                      display: money(total.amountMinor, total.currency),
                    }))}
                  />
                </>
              )}
            </div>
            <div className="card">
              <h2>{t('dashboard.introductions', { year: d.introductions.year })}</h2>
              <BarChart
                title={t('dashboard.introsChart')}
                bars={[
                  { label: t('dashboard.introsMadeBar'), value: d.introductions.made, tone: 'active' },
                  { label: t('dashboard.introsDeclinedBar'), value: d.introductions.declined, tone: 'lapsed' },
                  { label: t('dashboard.introsProposedBar'), value: d.introductions.proposed, tone: 'expiring' },
                ]}
              />
            </div>
            <div className="card">
              <h2>{t('dashboard.nextRenewals')}</h2>
              {d.renewalsDue.next.length === 0 ? (
                <p className="muted">{t('app.empty')}</p>
              ) : (
                <ul className="plain-list">
                  {d.renewalsDue.next.map((r) => (
                    <li key={r.memberId}>
                      {moderator ? <Link to={`/members/${r.memberId}`}>{r.displayName}</Link> : r.displayName}
                      <span className="muted"> · {date(r.endsAt)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
          {moderator && <IntroFunnelCard months={6} />}
          <CoachingFigures />
        </>
      )}
    </section>
  );
}
