import { useState } from 'react';
import { call } from '../api/client.js';
import { ErrorBanner, Notice } from '../components/error-banner.js';
import { AttendanceForm } from '../components/lesson/attendance-form.js';
import { CancelLessonForm } from '../components/lesson/cancel-lesson-form.js';
import { EditLessonForm } from '../components/lesson/edit-lesson-form.js';
import { LessonFacts } from '../components/lesson/lesson-facts.js';
import { attendanceKey, isUpcoming } from '../components/lesson/lesson-state.js';
import { MaterialsForm } from '../components/lesson/materials-form.js';
import { RsvpTable } from '../components/lesson/rsvp-table.js';
import { SignUpForm } from '../components/lesson/sign-up-form.js';
import { useAction, useApi } from '../components/use-api.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router/router.js';

/** One lesson for staff: facts, RSVPs and waitlist, sign-ups on a member's behalf, edit, cancel, attendance, materials. */
export function LessonDetailScreen({ id }: { readonly id: string }) {
  const { t, label } = useI18n();
  const detail = useApi(() => call('GET /lessons/:id', { params: { id } }), [id]);
  const [notice, setNotice] = useState<string | null>(null);
  const d = detail.data;
  const done = (text: string) => {
    setNotice(text);
    detail.reload();
  };
  const withdraw = useAction((memberId: string) =>
    call('DELETE /lessons/:id/rsvps/:memberId', { params: { id, memberId } }),
  );
  const onWithdraw = async (memberId: string) => {
    if (await withdraw.run(memberId)) detail.reload();
  };

  return (
    <section>
      <Link to="/lessons" className="back">
        {t('app.back')}
      </Link>
      <ErrorBanner error={detail.error} onRetry={detail.reload} />
      {d && (
        <>
          <h1>
            {d.lesson.title}{' '}
            <span className={`badge badge-lesson-${d.lesson.status}`}>{label('lessons.status', d.lesson.status)}</span>
          </h1>
          <Notice text={notice} />
          <ErrorBanner error={withdraw.error} />
          <div className="grid-2">
            <LessonFacts detail={d} />
            {isUpcoming(d.lesson) ? (
              <div>
                <SignUpForm lessonId={id} onDone={done} />
                <CancelLessonForm detail={d} onDone={done} />
              </div>
            ) : (
              d.lesson.status !== 'cancelled' && <AttendanceForm key={attendanceKey(d)} detail={d} onDone={done} />
            )}
          </div>
          {d.lesson.status !== 'cancelled' && !isUpcoming(d.lesson) && (
            <MaterialsForm key={d.lesson.id} lesson={d.lesson} onDone={done} />
          )}
          <RsvpTable
            rows={d.going}
            heading={t('lessons.goingList')}
            pending={withdraw.pending}
            {...(isUpcoming(d.lesson) ? { onWithdraw } : {})}
          />
          <RsvpTable
            rows={d.waitlist}
            heading={t('lessons.waitlist')}
            position
            pending={withdraw.pending}
            {...(isUpcoming(d.lesson) ? { onWithdraw } : {})}
          />
          {d.cancelled.length > 0 && <RsvpTable rows={d.cancelled} heading={t('lessons.withdrawn')} />}
          {isUpcoming(d.lesson) && (
            <EditLessonForm key={`${d.lesson.id}:${d.lesson.version}`} lesson={d.lesson} onDone={done} />
          )}
        </>
      )}
    </section>
  );
}
