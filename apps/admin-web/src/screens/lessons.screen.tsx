import { api } from '../api/client.js';
import type { UpcomingLesson } from '../api/types.js';
import { ErrorBanner } from '../components/error-banner.js';
import { useApi } from '../components/use-api.js';
import { useI18n } from '../i18n/i18n.js';

/** Upcoming lessons and guest talks with RSVPs, waitlist and seats left. */
export function LessonsScreen() {
  const { t, dateTime, label } = useI18n();
  const lessons = useApi(() => api.get<UpcomingLesson[]>('/lessons'), []);
  return (
    <section>
      <h1>{t('lessons.title')}</h1>
      <p className="muted">{t('lessons.manageInChat')}</p>
      <ErrorBanner error={lessons.error} onRetry={lessons.reload} />
      {lessons.data && (
        <div className="card table-card">
          {lessons.data.length === 0 ? (
            <p className="muted">{t('lessons.none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t('lessons.when')}</th>
                  <th>{t('lessons.lesson')}</th>
                  <th>{t('lessons.speaker')}</th>
                  <th>{t('lessons.rsvps')}</th>
                </tr>
              </thead>
              <tbody>
                {lessons.data.map((l) => (
                  <tr key={l.id}>
                    <td className="nowrap">
                      {dateTime(l.startsAt)}
                      <div className="muted">{t('lessons.minutes', { count: l.durationMinutes })}</div>
                    </td>
                    <td>
                      <strong>{l.title}</strong>
                      <div>
                        <span className="badge">{label('lessons.kind', l.kind)}</span>
                        {l.location && <span className="muted">{l.location}</span>}
                      </div>
                    </td>
                    <td>{l.speakerName ?? '—'}</td>
                    <td>
                      <div>{t('lessons.going', { count: l.going })}</div>
                      {l.waitlisted > 0 && (
                        <div className="muted">{t('lessons.waitlisted', { count: l.waitlisted })}</div>
                      )}
                      <div className="muted">
                        {l.seatsLeft === null ? t('lessons.unlimited') : t('lessons.seatsLeft', { count: l.seatsLeft })}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
