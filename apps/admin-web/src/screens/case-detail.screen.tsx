import { useState } from 'react';
import { call } from '../api/client.js';
import { ErrorBanner, Notice } from '../components/error-banner.js';
import { useAction, useApi } from '../components/use-api.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router/router.js';
import { can, useSession } from '../session/session.js';
import { clipText } from './cases.screen.js';

type CaseDecision = 'uphold' | 'dismiss' | 'escalate';
type AppealDecision = 'grant' | 'deny';

/** One case: the evidence, the rules it names, the member's history, and the decision (or the appeal's). */
export function CaseDetailScreen({ id }: { readonly id: string }) {
  const { t, label, dateTime, locale } = useI18n();
  const session = useSession();
  const owner = can(session, ['owner']);
  const detail = useApi(() => call('GET /cases/:id', { params: { id } }), [id]);
  const [notes, setNotes] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const told = (delivery: string) =>
    delivery === 'sent' || delivery === 'already_sent'
      ? t('cases.told')
      : delivery === 'retry' || delivery === 'failed'
        ? t('cases.toldLater')
        : t('cases.notTold');
  const decide = useAction((decision: CaseDecision) =>
    call('POST /cases/:id/decision', { params: { id }, body: { decision, ...(notes ? { notes } : {}) } }),
  );
  const decideAppeal = useAction((decision: AppealDecision) =>
    call('POST /cases/:id/appeal-decision', { params: { id }, body: { decision, ...(notes ? { notes } : {}) } }),
  );
  const onDecide = async (decision: CaseDecision) => {
    const done = await decide.run(decision);
    if (done) {
      setNotes('');
      setNotice(
        [
          told(done.delivery),
          ...(done.timeoutUntil ? [t('cases.timeoutQueued', { date: dateTime(done.timeoutUntil) })] : []),
          ...(done.reporterDelivery !== 'none' ? [t('cases.reporterTold')] : []),
        ].join(' '),
      );
      detail.reload();
    }
  };
  const onAppeal = async (decision: AppealDecision) => {
    const done = await decideAppeal.run(decision);
    if (done) {
      setNotes('');
      setNotice(told(done.delivery));
      detail.reload();
    }
  };
  const data = detail.data;
  const c = data?.case;
  const pending = decide.pending || decideAppeal.pending;
  return (
    <section>
      <Link to="/cases" className="back">
        {t('cases.back')}
      </Link>
      <ErrorBanner error={detail.error} onRetry={detail.reload} />
      <Notice text={notice} />
      {data && c && (
        <>
          <h1>
            {label('caseKind', c.kind)} · {c.member?.displayName ?? t('cases.notMember')}
          </h1>
          <p className="muted">
            <span className={`badge badge-case-${c.status}`}>{label('caseStatus', c.status)}</span>{' '}
            {dateTime(c.createdAt)}
            {c.platform && ` · ${c.platform}${c.channelId ? ` #${c.channelId}` : ''}`}
          </p>
          {c.actionFailures.map((kind) => (
            <p key={kind} className="banner banner-error" role="alert">
              <span className="badge">{t('cases.needsAttention')}</span> {t(`cases.actionFailed.${kind}`)}
            </p>
          ))}
          <div className="grid-2">
            <section className="card" aria-label={t('cases.evidence')}>
              <h2>{t('cases.evidence')}</h2>
              {c.context.length > 0 && (
                <section aria-label={t('cases.context')}>
                  <h3>{t('cases.context')}</h3>
                  <ul className="plain-list context">
                    {c.context.map((m) => (
                      <li key={`${m.at}-${m.authorId}-${m.text}`}>
                        <span className="muted">
                          {dateTime(m.at)} ·{' '}
                          {m.authorId && m.authorId === c.authorId
                            ? t('cases.theAuthor')
                            : t('cases.contextAuthor', { id: m.authorId || '?' })}
                        </span>{' '}
                        {m.text}
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              {c.excerpt ? (
                <p className="quote">{c.excerpt}</p>
              ) : (
                <p className="muted">{c.evidencePurged ? t('cases.purged') : t('cases.noExcerpt')}</p>
              )}
              {c.reason && (
                <>
                  <h3>{c.kind === 'report' ? t('cases.reportReason') : t('cases.reason')}</h3>
                  <p>{c.reason}</p>
                </>
              )}
              {c.reporter && <p className="muted">{t('cases.reporter', { name: c.reporter.displayName })}</p>}
              {data.ruleTexts.length > 0 && (
                <>
                  <h3>{t('cases.rules')}</h3>
                  <ul className="plain-list">
                    {data.ruleTexts.map((r) => (
                      <li key={r.rule}>
                        <strong>{r.title[locale]}</strong> — {r.why[locale]}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
            <section className="card" aria-label={t('cases.history')}>
              <h2>{t('cases.history')}</h2>
              {c.member && (
                <p>
                  {t('cases.strikes', { count: data.activeStrikes })} ·{' '}
                  <Link to={`/members/${c.member.id}`}>{t('cases.memberPage')}</Link>
                </p>
              )}
              {data.history.length === 0 ? (
                <p className="muted">{t('cases.noHistory')}</p>
              ) : (
                <ul className="plain-list">
                  {data.history.map((h) => (
                    <li key={h.id}>
                      <Link to={`/cases/${h.id}`}>
                        {dateTime(h.createdAt)} · {label('caseKind', h.kind)} · {label('caseStatus', h.status)}
                      </Link>
                      {h.excerpt && <p className="quote">{clipText(h.excerpt, 120)}</p>}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
          {c.appeal && (
            <section className="card" aria-label={t('cases.appeal')}>
              <h2>{t('cases.appeal')}</h2>
              <p className="muted">{t('cases.appealText', { date: dateTime(c.appealedAt) })}</p>
              <p className="quote">{c.appeal}</p>
              {c.appealOutcome && (
                <p>
                  <span className="badge">
                    {c.appealOutcome === 'granted' ? t('cases.appealGranted') : t('cases.appealDenied')}
                  </span>
                </p>
              )}
            </section>
          )}
          <section className="card form" aria-label={t('cases.decide')}>
            <h2>{t('cases.decide')}</h2>
            {c.decidedAt && (
              <p className="muted">
                {t('cases.decidedBy', {
                  name: c.decidedBy?.displayName ?? t('cases.bot'),
                  date: dateTime(c.decidedAt),
                })}
              </p>
            )}
            {c.notes && <p className="quote">{c.notes}</p>}
            {c.status === 'escalated' && !owner && <p className="muted">{t('cases.ownersDecide')}</p>}
            {(c.status === 'open' ||
              c.status === 'upheld' ||
              c.status === 'appealed' ||
              (c.status === 'escalated' && owner)) && (
              <label>
                {t('cases.notes')}
                <textarea
                  name="notes"
                  rows={2}
                  maxLength={2000}
                  value={notes}
                  onChange={(e) => setNotes(e.target.value)}
                />
              </label>
            )}
            <div className="toolbar">
              {(c.status === 'open' || (c.status === 'escalated' && owner)) && (
                <>
                  <button type="button" className="button-danger" disabled={pending} onClick={() => onDecide('uphold')}>
                    {t('cases.uphold')}
                  </button>
                  <button type="button" disabled={pending} onClick={() => onDecide('dismiss')}>
                    {t('cases.dismiss')}
                  </button>
                </>
              )}
              {c.status === 'open' && (
                <button
                  type="button"
                  className="button-secondary"
                  disabled={pending}
                  onClick={() => onDecide('escalate')}
                >
                  {t('cases.escalate')}
                </button>
              )}
              {c.status === 'upheld' && (
                <button
                  type="button"
                  className="button-secondary"
                  disabled={pending}
                  onClick={() => onDecide('dismiss')}
                >
                  {t('cases.takeBack')}
                </button>
              )}
              {c.status === 'appealed' && (
                <>
                  <button type="button" disabled={pending} onClick={() => onAppeal('grant')}>
                    {t('cases.grant')}
                  </button>
                  <button type="button" className="button-danger" disabled={pending} onClick={() => onAppeal('deny')}>
                    {t('cases.deny')}
                  </button>
                </>
              )}
            </div>
            <ErrorBanner error={decide.error ?? decideAppeal.error} />
          </section>
        </>
      )}
    </section>
  );
}
