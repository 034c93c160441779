import { type FormEvent, useState } from 'react';
import { call } from '../api/client.js';
import { ApplicationBadge, MembershipBadge } from '../components/badges.js';
import { ErrorBanner, Notice } from '../components/error-banner.js';
import { PaymentForm } from '../components/payment-form.js';
import { useAction, useApi } from '../components/use-api.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router/router.js';
import { can, useSession } from '../session/session.js';

type Decision = 'approve' | 'reject' | 'request-info';

/** One application: answers, flags, referrer; approve, reject with a reason, ask for more; then the first payment. */
export function ApplicationDetailScreen({ id }: { readonly id: string }) {
  const { t, date, dateTime } = useI18n();
  const session = useSession();
  const application = useApi(() => call('GET /applications/:id', { params: { id } }), [id]);
  const a = application.data;
  const memberId = a?.status === 'approved' ? a.memberId : null;
  const member = useApi(
    () => (memberId ? call('GET /members/:id', { params: { id: memberId } }) : Promise.resolve(null)),
    [memberId],
  );
  const [decision, setDecision] = useState<Decision>('approve');
  const [text, setText] = useState('');
  const [shareReason, setShareReason] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const decide = useAction(async (kind: Decision, value: string) => {
    const params = { id };
    if (kind === 'approve')
      return call('POST /applications/:id/approve', { params, body: value ? { note: value } : {} });
    if (kind === 'reject')
      return call('POST /applications/:id/reject', { params, body: { reason: value, shareReason } });
    return call('POST /applications/:id/request-info', { params, body: { message: value } });
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await decide.run(decision, text.trim());
    if (done) {
      setText('');
      setNotice(t('app.saved'));
      application.reload();
    }
  };

  return (
    <section>
      <Link to="/applications" className="back">
        {t('app.back')}
      </Link>
      <ErrorBanner error={application.error} onRetry={application.reload} />
      {a && (
        <>
          <h1>
            {a.name} <ApplicationBadge status={a.status} />
          </h1>
          <Notice text={notice} />
          <div className="grid-2">
            <div className="card">
              <h2>{t('applications.details')}</h2>
              <dl className="facts">
                <dt>{t('applications.email')}</dt>
                <dd>{a.email ?? '—'}</dd>
                <dt>{t('members.company')}</dt>
                <dd>{a.company || '—'}</dd>
                <dt>{t('members.industry')}</dt>
                <dd>{a.industry || '—'}</dd>
                <dt>{t('applications.language')}</dt>
                <dd>{a.locale}</dd>
                <dt>{t('applications.platform')}</dt>
                <dd>{a.platform ?? '—'}</dd>
                <dt>{t('applications.submitted')}</dt>
                <dd>{dateTime(a.submittedAt)}</dd>
                <dt>{t('applications.referrer')}</dt>
                <dd>
                  {a.referrer ? <Link to={`/members/${a.referrer.id}`}>{a.referrer.displayName}</Link> : '—'}
                  {a.referrer && a.vouchedAt && <span className="badge badge-active">{t('applications.vouched')}</span>}
                </dd>
                <dt>{t('applications.pledge')}</dt>
                <dd>{a.valuesPledge ? t('app.yes') : t('app.no')}</dd>
              </dl>
            </div>
            <div className="card">
              <h2>{t('applications.flags')}</h2>
              {a.flags.length === 0 ? (
                <p className="muted">{t('applications.noFlags')}</p>
              ) : (
                <ul className="plain-list">
                  {a.flags.map((f) => (
                    <li key={`${f.field}:${f.keyword}`}>
                      <span className="badge badge-flag">
                        {t('applications.flagged', { keyword: f.keyword, field: f.field })}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              {a.decidedAt && (
                <>
                  <h2>{t('applications.decision')}</h2>
                  <p>
                    {t('applications.decidedBy', { name: a.decidedBy?.displayName ?? '—', date: date(a.decidedAt) })}
                  </p>
                </>
              )}
              {a.decisionReason && <p className="quote">{a.decisionReason}</p>}
              {a.infoAnswer && (
                <>
                  <h3>{t('applications.infoAnswer')}</h3>
                  <p className="quote">{a.infoAnswer}</p>
                </>
              )}
            </div>
          </div>
          <div className="card">
            <h2>{t('applications.answers')}</h2>
            {a.answers.length === 0 ? (
              <p className="muted">{t('app.empty')}</p>
            ) : (
              <dl className="answers">
                {a.answers.map((answer, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: answers have no id and never reorder.
                  <div key={i}>
                    <dt>{answer.question}</dt>
                    <dd>{answer.answer || '—'}</dd>
                  </div>
                ))}
              </dl>
            )}
          </div>
          {(a.status === 'pending' || a.status === 'info_requested') && (
            <form className="card form" onSubmit={submit} aria-label={t('applications.vetting')}>
              <h2>{t('applications.vetting')}</h2>
              <div className="segmented" role="radiogroup">
                {(['approve', 'reject', 'request-info'] as const).map((kind) => (
                  <label key={kind} className={decision === kind ? 'segment current' : 'segment'}>
                    <input
                      type="radio"
                      name="decision"
                      value={kind}
                      checked={decision === kind}
                      onChange={() => setDecision(kind)}
                    />
                    {t(
                      kind === 'approve'
                        ? 'applications.approve'
                        : kind === 'reject'
                          ? 'applications.reject'
                          : 'applications.askInfo',
                    )}
                  </label>
                ))}
              </div>
              <label>
                {t(
                  decision === 'approve'
                    ? 'applications.approveNote'
                    : decision === 'reject'
                      ? 'applications.rejectReason'
                      : 'applications.askInfoMessage',
                )}
                <textarea
                  name="reason"
                  rows={3}
                  maxLength={1000}
                  required={decision !== 'approve'}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                />
              </label>
              {decision === 'reject' && (
                <label className="check">
                  <input
                    type="checkbox"
                    name="shareReason"
                    checked={shareReason}
                    onChange={(e) => setShareReason(e.target.checked)}
                  />
                  {t('applications.shareReason')}
                </label>
              )}
              <ErrorBanner error={decide.error} />
              <button type="submit" className={decision === 'reject' ? 'button-danger' : ''} disabled={decide.pending}>
                {t(
                  decision === 'approve'
                    ? 'applications.approve'
                    : decision === 'reject'
                      ? 'applications.reject'
                      : 'applications.askInfo',
                )}
              </button>
            </form>
          )}
          {a.status === 'approved' && member.data && (
            <div className="card">
              {member.data.membership.status === 'none' ? (
                <>
                  <h2>{t('members.recordPayment')}</h2>
                  <p>{t('applications.approvedPay')}</p>
                  {can(session, ['owner']) ? (
                    <PaymentForm
                      endpoint="POST /applications/:id/payment"
                      id={a.id}
                      onRecorded={(result) => {
                        setNotice(t('payment.recorded', { date: date(result.period.endsAt) }));
                        member.reload();
                      }}
                    />
                  ) : (
                    <p className="muted">{t('app.ownersOnly')}</p>
                  )}
                </>
              ) : (
                <p>
                  {t('applications.paid', { status: t(`status.${member.data.membership.status}`) })}{' '}
                  <MembershipBadge status={member.data.membership.status} />
                </p>
              )}
              <Link to={`/members/${member.data.member.id}`}>{t('applications.openMember')}</Link>
            </div>
          )}
        </>
      )}
    </section>
  );
}
