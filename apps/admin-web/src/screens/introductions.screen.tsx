import { useState } from 'react';
import type { Introduction, IntroStatus } from '../api/types.js';
import { DealsPanel } from '../components/deals-panel.js';
import { IntroFunnelCard } from '../components/intro-funnel-card.js';
import { IntroGroupForm } from '../components/intro-group-form.js';
import { PagedTable } from '../components/paged-table.js';
import { Tabs } from '../components/tabs.js';
import { useServerPage } from '../components/use-server-page.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, navigate, pathWith, useLocation } from '../router/router.js';

const TABS: readonly IntroStatus[] = ['introduced', 'proposed', 'declined', 'expired'];
const LIMIT = 25;

/**
 * The funnel per month, a form to propose a group of three, then introductions (from the matching rounds, asked for
 * by members, or groups of three as one entry), newest first, with the deals that came of them; then the club's
 * deals and their totals.
 */
export function IntroductionsScreen() {
  const { t, date, money } = useI18n();
  const { query } = useLocation();
  const status = (query.get('status') as IntroStatus | null) ?? 'introduced';
  const { list, offset } = useServerPage('GET /introductions', { status }, LIMIT);
  const [proposing, setProposing] = useState(false);
  const person = (ref: Introduction['memberA']) =>
    ref ? <Link to={`/members/${ref.id}`}>{ref.displayName}</Link> : <span className="muted">—</span>;
  // A group of three is one entry: its three members, each with their answer while it waits.
  const members = (i: Introduction) =>
    i.group ? (
      <div className="intro-group">
        <span className="badge">{t('intros.group')}</span>
        {i.group.members.map((m, n) => (
          <span key={m.member?.id ?? n} className="intro-group-member">
            {n > 0 && ' · '}
            {person(m.member)}
            {i.group?.status === 'proposed' && <span className="muted"> ({t(`intros.answer.${m.answer}`)})</span>}
          </span>
        ))}
      </div>
    ) : (
      <>
        {person(i.memberA)} ↔ {person(i.memberB)}
      </>
    );
  return (
    <section>
      <h1>{t('intros.title')}</h1>
      <IntroFunnelCard months={12} />
      {proposing ? (
        <IntroGroupForm
          onProposed={() => {
            if (status === 'proposed') list.reload();
            else navigate(pathWith('/introductions', { status: 'proposed' }));
          }}
        />
      ) : (
        <div className="toolbar">
          <button type="button" onClick={() => setProposing(true)}>
            {t('intros.groupForm.open')}
          </button>
        </div>
      )}
      <Tabs
        tabs={TABS}
        current={status}
        label={(tab) => t(`intros.status.${tab}`)}
        onSelect={(tab) => navigate(pathWith('/introductions', { status: tab }))}
      />
      <PagedTable
        list={list}
        offset={offset}
        limit={LIMIT}
        onPage={(next, after) => navigate(pathWith('/introductions', { status, offset: next, after }))}
        headers={[t('intros.created'), t('intros.pair'), t('intros.reason'), t('intros.deals')]}
        row={(i) => (
          <tr key={i.id}>
            <td className="nowrap">{date(i.createdAt)}</td>
            <td>
              {members(i)}
              {i.met && <span className="badge badge-active">{t('intros.met')}</span>}
              {i.memberProposed && <div className="muted">{t('intros.memberProposed')}</div>}
            </td>
            <td>{i.reason}</td>
            <td>
              {i.deals.length === 0 ? (
                <span className="muted">—</span>
              ) : (
                i.deals.map((d) => (
                  <div key={d.id}>
                    <strong>{money(d.amountMinor, d.currency)}</strong>
                    {d.confirmedByCounterpart && <span className="badge badge-active">{t('intros.confirmed')}</span>}
                    {d.note && <div className="muted">{d.note}</div>}
                  </div>
                ))
              )}
            </td>
          </tr>
        )}
      />
      <DealsPanel />
    </section>
  );
}
