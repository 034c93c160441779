import type { CaseFilterWire, CaseKindWire } from '@snowball/admin-api/contract';
import { ErrorBanner } from '../components/error-banner.js';
import { Pager } from '../components/pager.js';
import { Tabs } from '../components/tabs.js';
import { useServerPage } from '../components/use-server-page.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, navigate, pathWith, useLocation } from '../router/router.js';

const TABS: readonly CaseFilterWire[] = ['waiting', 'open', 'escalated', 'appealed', 'upheld', 'dismissed'];
const KINDS: readonly CaseKindWire[] = ['advertising', 'flooding', 'report', 'other'];
const LIMIT = 20;
const EXCERPT = 280;

/** The first characters of a message (text, never markup). */
export function clipText(text: string, max = EXCERPT): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/** The moderators' queue: cases waiting for a decision first, each with its evidence; filters by status and kind. */
export function CasesScreen() {
  const { t, label, dateTime } = useI18n();
  const { query } = useLocation();
  const status = (query.get('status') as CaseFilterWire | null) ?? 'waiting';
  const kind = query.get('kind') ?? '';
  const { list, offset } = useServerPage('GET /cases', { status, kind }, LIMIT);
  return (
    <section>
      <div className="toolbar">
        <h1>{t('cases.title')}</h1>
        <Link to="/cases/rules" className="button-like">
          {t('cases.rulesLink')}
        </Link>
      </div>
      <Tabs
        tabs={TABS}
        current={status}
        label={(tab) => t(`cases.tab.${tab}`)}
        onSelect={(tab) => navigate(pathWith('/cases', { status: tab, kind }))}
      />
      <section className="toolbar" aria-label={t('cases.filter')}>
        <label className="inline">
          {t('cases.kind')}
          <select
            name="kind"
            value={kind}
            onChange={(e) => navigate(pathWith('/cases', { status, kind: e.target.value }))}
          >
            <option value="">{t('app.all')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`caseKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </section>
      <ErrorBanner error={list.error} onRetry={list.reload} />
      {list.data && list.data.items.length === 0 && <p className="card muted">{t('app.empty')}</p>}
      {list.data?.items.map((c) => (
        <article key={c.id} className="card case" aria-label={c.id}>
          <p className="muted">
            <span className={`badge badge-case-${c.status}`}>{label('caseStatus', c.status)}</span>{' '}
            <span className="badge">{label('caseKind', c.kind)}</span>{' '}
            {c.actionFailures.length > 0 && <span className="badge badge-flag">{t('cases.needsAttention')}</span>}{' '}
            {t('cases.about', { name: c.member?.displayName ?? t('cases.notMember'), date: dateTime(c.createdAt) })}
          </p>
          {c.excerpt ? (
            <p className="quote">{clipText(c.excerpt)}</p>
          ) : (
            <p className="muted">{c.evidencePurged ? t('cases.purged') : t('cases.noExcerpt')}</p>
          )}
          {c.reason && <p className="muted">{clipText(c.reason, 200)}</p>}
          <Link to={`/cases/${c.id}`}>{t('cases.open')}</Link>
        </article>
      ))}
      {list.data && (
        <Pager
          offset={offset}
          limit={LIMIT}
          total={list.data.total}
          nextCursor={list.data.nextCursor}
          onChange={(next, after) => navigate(pathWith('/cases', { status, kind, offset: next, after }))}
        />
      )}
    </section>
  );
}
