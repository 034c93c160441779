import { PagedTable } from '../components/paged-table.js';
import { Tabs } from '../components/tabs.js';
import { useServerPage } from '../components/use-server-page.js';
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
  const { list: lessons, offset } = useServerPage('GET /lessons', { when }, LIMIT);
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
      <Tabs
        tabs={TABS}
        current={when}
        label={(tab) => t(tab === 'upcoming' ? 'lessons.upcoming' : 'lessons.past')}
        onSelect={(tab) => navigate(pathWith('/lessons', { when: tab === 'upcoming' ? null : tab }))}
      />
      <PagedTable
        list={lessons}
        offset={offset}
        limit={LIMIT}
        onPage={(next) => navigate(pathWith('/lessons', { when: when === 'upcoming' ? null : when, offset: next }))}
        headers={[
          t('lessons.when'),
          t('lessons.lesson'),
          t('lessons.speaker'),
          t('lessons.rsvps'),
          t('lessons.status'),
        ]}
        empty={t('lessons.none')}
        row={(l) => (
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
              {l.waitlisted > 0 && <div className="muted">{t('lessons.waitlisted', { count: l.waitlisted })}</div>}
              <div className="muted">
                {l.seatsLeft === null ? t('lessons.unlimited') : t('lessons.seatsLeft', { count: l.seatsLeft })}
              </div>
            </td>
            <td>
              <span className={`badge badge-lesson-${l.status}`}>{label('lessons.status', l.status)}</span>
            </td>
          </tr>
        )}
      />
    </section>
  );
}
