import { type FormEvent, useEffect, useState } from 'react';
import { call } from '../api/client.js';
import { MembershipBadge, RoleBadge } from '../components/badges.js';
import { EndMembershipForm } from '../components/end-membership-form.js';
import { ErrorBanner, Notice } from '../components/error-banner.js';
import { MemberSettingsCard } from '../components/member-settings-card.js';
import { PaymentForm } from '../components/payment-form.js';
import { PrivacyPanel } from '../components/privacy-panel.js';
import { useAction, useApi } from '../components/use-api.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, pathWith } from '../router/router.js';
import { can, useSession } from '../session/session.js';

/** One member: status, profile, linked platforms, periods, payments, strikes, notes; record a payment; extend; end. */
export function MemberDetailScreen({ id }: { readonly id: string }) {
  const { t, date, dateTime, money, label } = useI18n();
  const session = useSession();
  const owner = can(session, ['owner']);
  const detail = useApi(() => call('GET /members/:id', { params: { id } }), [id]);
  const [notice, setNotice] = useState<string | null>(null);
  const [notes, setNotes] = useState('');
  const [days, setDays] = useState('30');
  const [reason, setReason] = useState('');
  const d = detail.data;
  useEffect(() => {
    if (d) setNotes(d.member.notes);
  }, [d]);
  const saveNotes = useAction((value: string) =>
    call('PUT /members/:id/notes', { params: { id }, body: { notes: value } }),
  );
  const extend = useAction((body: { days: number; reason: string }) =>
    call('POST /members/:id/extensions', { params: { id }, body }),
  );

  const onNotes = async (event: FormEvent) => {
    event.preventDefault();
    if (await saveNotes.run(notes)) setNotice(t('app.saved'));
  };
  const onExtend = async (event: FormEvent) => {
    event.preventDefault();
    const period = await extend.run({ days: Number(days), reason });
    if (period) {
      setReason('');
      setNotice(t('members.extended', { date: date(period.endsAt) }));
      detail.reload();
    }
  };

  return (
    <section>
      <Link to="/members" className="back">
        {t('app.back')}
      </Link>
      <ErrorBanner error={detail.error} onRetry={detail.reload} />
      {d && (
        <>
          <h1>
            {d.member.displayName} <MembershipBadge status={d.membership.status} />
            {d.roles.map((role) => (
              <RoleBadge key={role} role={role} />
            ))}
          </h1>
          <p className="muted">
            @{d.member.handle} · {d.member.email ?? '—'} · {t('members.joined')} {date(d.member.createdAt)}
          </p>
          <Notice text={notice} />
          <div className="grid-2">
            <div className="card">
              <h2>{t('dashboard.membership')}</h2>
              <dl className="facts">
                <dt>{t('members.status')}</dt>
                <dd>
                  <MembershipBadge status={d.membership.status} />
                </dd>
                <dt>{t('members.endsAt')}</dt>
                <dd>{date(d.membership.endsAt)}</dd>
                <dt>{t('members.graceEndsAt')}</dt>
                <dd>{date(d.membership.graceEndsAt)}</dd>
                <dt>{t('members.contributions')}</dt>
                <dd>{d.contributions}</dd>
              </dl>
              <Link to={pathWith('/audit', { targetId: d.member.id })}>{t('members.auditTrail')}</Link>
            </div>
            <div className="card">
              <h2>{t('members.profile')}</h2>
              {d.profile ? (
                <dl className="facts">
                  <dt>{t('members.company')}</dt>
                  <dd>{d.profile.company || '—'}</dd>
                  <dt>{t('members.role')}</dt>
                  <dd>{d.profile.role || '—'}</dd>
                  <dt>{t('members.industry')}</dt>
                  <dd>{d.profile.industry || '—'}</dd>
                  <dt>{t('members.region')}</dt>
                  <dd>{d.profile.region || '—'}</dd>
                  <dt>{t('members.skills')}</dt>
                  <dd>{d.profile.skills || '—'}</dd>
                  <dt>{t('members.offers')}</dt>
                  <dd>{d.profile.offers || '—'}</dd>
                  <dt>{t('members.needs')}</dt>
                  <dd>{d.profile.needs || '—'}</dd>
                </dl>
              ) : (
                <p className="muted">{t('members.noProfile')}</p>
              )}
            </div>
          </div>

          <div className="card table-card">
            <h2>{t('members.platforms')}</h2>
            {d.accounts.length === 0 ? (
              <p className="muted">{t('app.none')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th>{t('members.platform')}</th>
                    <th>{t('members.workspace')}</th>
                    <th>{t('members.userId')}</th>
                    <th>{t('members.linkedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.accounts.map((a) => (
                    <tr key={`${a.platform}:${a.workspaceId}:${a.platformUserId}`}>
                      <td>{a.platform}</td>
                      <td>{a.workspaceId}</td>
                      <td>{a.platformUserId}</td>
                      <td>{date(a.linkedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>

          <div className="card table-card">
            <h2>{t('members.periods')}</h2>
            {d.periods.length === 0 ? (
              <p className="muted">{t('app.none')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th>{t('members.kind')}</th>
                    <th>{t('members.from')}</th>
                    <th>{t('members.to')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.periods.map((p) => (
                    <tr key={p.id}>
                      <td>{label('members.period', p.kind)}</td>
                      <td>{date(p.startsAt)}</td>
                      <td>{date(p.endsAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>

          <div className="card table-card">
            <h2>{t('members.payments')}</h2>
            {d.payments === null ? (
              <p className="muted">{t('app.ownersOnly')}</p>
            ) : d.payments.length === 0 ? (
              <p className="muted">{t('app.none')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th>{t('members.paidAt')}</th>
                    <th>{t('members.amount')}</th>
                    <th>{t('members.method')}</th>
                    <th>{t('members.reference')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.payments.map((p) => (
                    <tr key={p.id}>
                      <td>{date(p.paidAt)}</td>
                      <td>{money(p.amountMinor, p.currency)}</td>
                      <td>{t(`payment.method.${p.method}`)}</td>
                      <td>{p.reference}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>

          <div className="card">
            <h2>{t('members.strikes')}</h2>
            {d.strikes.length === 0 ? (
              <p className="muted">{t('members.noStrikes')}</p>
            ) : (
              <ul className="plain-list">
                {d.strikes.map((s) => (
                  <li key={s.id}>
                    <strong>{s.kind}</strong> · {dateTime(s.createdAt)} — {s.reason}
                    {s.excerpt && <p className="quote">{s.excerpt}</p>}
                  </li>
                ))}
              </ul>
            )}
          </div>

          <form className="card form" onSubmit={onNotes} aria-label={t('members.notes')}>
            <h2>{t('members.notes')}</h2>
            <p className="muted">{t('members.notesHint')}</p>
            <textarea name="notes" rows={4} maxLength={4000} value={notes} onChange={(e) => setNotes(e.target.value)} />
            <ErrorBanner error={saveNotes.error} />
            <button type="submit" disabled={saveNotes.pending}>
              {t('app.save')}
            </button>
          </form>

          {owner && (
            <div className="grid-2">
              <div className="card">
                <h2>{t('members.recordPayment')}</h2>
                <PaymentForm
                  endpoint="POST /members/:id/payments"
                  id={id}
                  onRecorded={(result) => {
                    setNotice(t('payment.recorded', { date: date(result.period.endsAt) }));
                    detail.reload();
                  }}
                />
              </div>
              <form className="card form" onSubmit={onExtend} aria-label={t('members.extend')}>
                <h2>{t('members.extend')}</h2>
                <label>
                  {t('members.extendDays')}
                  <input
                    name="days"
                    type="number"
                    min={1}
                    max={365}
                    required
                    value={days}
                    onChange={(e) => setDays(e.target.value)}
                  />
                </label>
                <label>
                  {t('members.extendReason')}
                  <input
                    name="reason"
                    required
                    maxLength={500}
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                  />
                </label>
                <ErrorBanner error={extend.error} />
                <button type="submit" disabled={extend.pending}>
                  {t('members.extend')}
                </button>
              </form>
            </div>
          )}
          {owner && ['active', 'expiring', 'grace'].includes(d.membership.status) && (
            <EndMembershipForm
              memberId={id}
              name={d.member.displayName}
              onEnded={(text) => {
                setNotice(text);
                detail.reload();
              }}
            />
          )}
          {can(session, ['moderator']) && <MemberSettingsCard memberId={id} />}
          {can(session, ['moderator']) && (
            <PrivacyPanel
              memberId={id}
              name={d.member.displayName}
              onNotice={(text) => {
                setNotice(text);
                detail.reload();
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
