import { api } from '../api/client.js';
import type { LessonSummary } from '../api/lesson-types.js';
import type { Page } from '../api/types.js';
import { ErrorBanner } from '../components/error-banner.js';
import { Pager } from '../components/pager.js';
import { useApi } from '../components/use-api.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, navigate, pathWith, useLocation } from '../router/router.js';

const TABS = ['upcoming', 'past'] as const;
type When = (typeof TABS)[number];
const LIMIT = 25;

/** Lessons and guest talks, upcoming or recent, a page at a time, with RSVPs, waitlist and seats left. */
export function LessonsScreen() {
  const { t, dateTime, label } = useI18n();
  const { query } = useLocation();
  const when: When = query.get('when') === 'past' ? 'past' : 'upcoming';
  const offset = Number(query.get('offset') ?? 0) || 0;
  const lessons = useApi(
    () => api.get<Page<LessonSummary>>('/lessons', { when, limit: LIMIT, offset }),
    [when, offset],
  );
  return (
    <section>
      <h1>{t('lessons.title')}</h1>
      <div className="toolbar">
        <Link to="/lessons/new-series" className="button-like">
          {t('lessons.newSeries')}
        </Link>
        <Link to="/lessons/new" className="button-like">
          {t('lessons.newLesson')}
        </Link>
      </div>
      <div className="tabs" role="tablist">
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={tab === when}
            className={tab === when ? 'tab current' : 'tab'}
            onClick={() => navigate(pathWith('/lessons', { when: tab === 'upcoming' ? null : tab }))}
          >
            {t(tab === 'upcoming' ? 'lessons.upcoming' : 'lessons.past')}
          </button>
        ))}
      </div>
      <ErrorBanner error={lessons.error} onRetry={lessons.reload} />
      {lessons.data && (
        <div className="card table-card">
          {lessons.data.items.length === 0 ? (
            <p className="muted">{t('lessons.none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t('lessons.when')}</th>
                  <th>{t('lessons.lesson')}</th>
                  <th>{t('lessons.speaker')}</th>
                  <th>{t('lessons.rsvps')}</th>
                  <th>{t('lessons.status')}</th>
                </tr>
              </thead>
              <tbody>
                {lessons.data.items.map((l) => (
                  <tr key={l.id}>
                    <td className="nowrap">
                      {dateTime(l.startsAt)}
                      <div className="muted">{t('lessons.minutes', { count: l.durationMinutes })}</div>
                    </td>
                    <td>
                      <Link to={`/lessons/${l.id}`}>
                        <strong>{l.title}</strong>
                      </Link>
                      <div>
                        <span className="badge">{label('lessons.kind', l.kind)}</span>
                        {l.seriesId && <span className="badge">{t('lessons.series')}</span>}
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
                    <td>
                      <span className={`badge badge-lesson-${l.status}`}>{label('lessons.status', l.status)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager
            offset={offset}
            limit={LIMIT}
            total={lessons.data.total}
            onChange={(next) =>
              navigate(pathWith('/lessons', { when: when === 'upcoming' ? null : when, offset: next }))
            }
          />
        </div>
      )}
    </section>
  );
}
