import type { LessonRsvp } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { nameOf } from './lesson-state.js';

/** One list of a lesson's sign-ups (going, waitlist in order, withdrawn), with a withdraw button when it still applies. */
export function RsvpTable({
  rows,
  heading,
  position = false,
  onWithdraw,
  pending = false,
}: {
  readonly rows: readonly LessonRsvp[];
  readonly heading: string;
  /** Show each row's place in the queue (the waitlist). */
  readonly position?: boolean;
  /** Offer to withdraw each member (an upcoming lesson). */
  readonly onWithdraw?: (memberId: string) => void;
  readonly pending?: boolean;
}) {
  const { t, dateTime } = useI18n();
  return (
    <div className="card table-card">
      <h2>
        {heading} <span className="muted">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{t('app.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {position && <th>#</th>}
              <th>{t('lessons.member')}</th>
              <th>{t('lessons.signedUpAt')}</th>
              {onWithdraw && <th />}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.memberId}>
                {position && <td>{t('lessons.position', { position: i + 1 })}</td>}
                <td>
                  {nameOf(r, t('lessons.deletedMember'))}
                  {r.handle && <span className="muted"> @{r.handle} </span>}
                  {r.attended !== null && (
                    <span className={r.attended ? 'badge badge-active' : 'badge badge-lapsed'}>
                      {t(r.attended ? 'lessons.attended' : 'lessons.absent')}
                    </span>
                  )}
                </td>
                <td>{dateTime(r.createdAt)}</td>
                {onWithdraw && (
                  <td>
                    <button
                      type="button"
                      className="button-link"
                      disabled={pending}
                      onClick={() => onWithdraw(r.memberId)}
                    >
                      {t('lessons.withdraw')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
