import type { LessonDetail } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';

/** The facts card of a lesson: kind, time, speaker, place, head counts and links. */
export function LessonFacts({ detail: d }: { readonly detail: LessonDetail }) {
  const { t, dateTime, label } = useI18n();
  return (
    <div className="card">
      <h2>{t('lessons.details')}</h2>
      <dl className="facts">
        <dt>{t('lessons.kindLabel')}</dt>
        <dd>
          {label('lessons.kind', d.lesson.kind)}
          {d.lesson.seriesId && <span className="badge">{t('lessons.series')}</span>}
        </dd>
        <dt>{t('lessons.when')}</dt>
        <dd>
          {dateTime(d.lesson.startsAt)} · {t('lessons.minutes', { count: d.lesson.durationMinutes })}
        </dd>
        <dt>{t('lessons.speaker')}</dt>
        <dd>{d.lesson.speakerName ?? '—'}</dd>
        {d.lesson.speakerBio && (
          <>
            <dt>{t('lessons.speakerBio')}</dt>
            <dd>{d.lesson.speakerBio}</dd>
          </>
        )}
        <dt>{t('lessons.location')}</dt>
        <dd>{d.lesson.location || '—'}</dd>
        <dt>{t('lessons.rsvps')}</dt>
        <dd>
          {t('lessons.going', { count: d.going.length })} ·{' '}
          {d.seatsLeft === null ? t('lessons.unlimited') : t('lessons.seatsLeft', { count: d.seatsLeft })}
          {d.waitlist.length > 0 && ` · ${t('lessons.waitlisted', { count: d.waitlist.length })}`}
        </dd>
        <dt>{t('lessons.materials')}</dt>
        <dd>{d.lesson.materialsUrl ?? '—'}</dd>
        <dt>{t('lessons.replay')}</dt>
        <dd>{d.lesson.replayUrl ?? '—'}</dd>
      </dl>
      {d.lesson.description && <p className="quote">{d.lesson.description}</p>}
    </div>
  );
}
