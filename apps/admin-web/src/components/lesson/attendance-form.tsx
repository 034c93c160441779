import { type FormEvent, useState } from 'react';
import { call } from '../../api/client.js';
import type { LessonDetail } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorBanner } from '../error-banner.js';
import { useAction } from '../use-api.js';
import { nameOf } from './lesson-state.js';

/** Checkboxes for everyone going; ticked members attended, the others did not. */
export function AttendanceForm({
  detail,
  onDone,
}: {
  readonly detail: LessonDetail;
  readonly onDone: (text: string) => void;
}) {
  const { t } = useI18n();
  const started = new Date(detail.lesson.startsAt).getTime() <= Date.now();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(
    () => new Set(detail.going.filter((r) => r.attended === true).map((r) => r.memberId)),
  );
  const save = useAction(() =>
    call('PUT /lessons/:id/attendance', {
      params: { id: detail.lesson.id },
      body: {
        attendedMemberIds: [...ticked],
      },
    }),
  );
  return (
    <form
      className="card form"
      aria-label={t('lessons.attendance')}
      onSubmit={async (event: FormEvent) => {
        event.preventDefault();
        const result = await save.run();
        if (result) onDone(t('lessons.attendanceSaved', { attended: result.attended, absent: result.absent }));
      }}
    >
      <h2>{t('lessons.attendance')}</h2>
      {!started ? (
        <p className="muted">{t('lessons.attendanceLater')}</p>
      ) : (
        <>
          <p className="muted">{t('lessons.attendanceHelp')}</p>
          {detail.going.length === 0 && <p className="muted">{t('app.empty')}</p>}
          <div className="check-list">
            {detail.going.map((r) => (
              <label key={r.memberId} className="check">
                <input
                  type="checkbox"
                  name="attended"
                  value={r.memberId}
                  checked={ticked.has(r.memberId)}
                  onChange={() =>
                    setTicked((s) => {
                      const next = new Set(s);
                      if (!next.delete(r.memberId)) next.add(r.memberId);
                      return next;
                    })
                  }
                />
                {nameOf(r, t('lessons.deletedMember'))}
              </label>
            ))}
          </div>
          <ErrorBanner error={save.error} />
          <button type="submit" disabled={save.pending}>
            {t('lessons.saveAttendance')}
          </button>
        </>
      )}
    </form>
  );
}
