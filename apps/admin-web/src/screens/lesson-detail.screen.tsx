import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api/client.js';
import type { FanOut, Lesson, LessonDetail, LessonRsvp } from '../api/lesson-types.js';
import type { MemberLookup } from '../api/types.js';
import { ErrorBanner, Notice } from '../components/error-banner.js';
import { isoToLocal, localToIso, optionalNumber } from '../components/form-values.js';
import { useAction, useApi } from '../components/use-api.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router/router.js';

function nameOf(r: LessonRsvp, deleted: string): string {
  return r.displayName ?? deleted;
}

/** One lesson for staff: facts, RSVPs and waitlist, sign-ups on a member's behalf, edit, cancel, attendance, materials. */
export function LessonDetailScreen({ id }: { readonly id: string }) {
  const { t, dateTime, label } = useI18n();
  const detail = useApi(() => api.get<LessonDetail>(`/lessons/${id}`), [id]);
  const [notice, setNotice] = useState<string | null>(null);
  const d = detail.data;
  const done = (text: string) => {
    setNotice(text);
    detail.reload();
  };
  const withdraw = useAction((memberId: string) => api.delete(`/lessons/${id}/rsvps/${memberId}`));

  const rsvpTable = (
    rows: readonly LessonRsvp[],
    heading: string,
    options: { position?: boolean; withdraw?: boolean },
  ) => (
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
              {options.position && <th>#</th>}
              <th>{t('lessons.member')}</th>
              <th>{t('lessons.signedUpAt')}</th>
              {options.withdraw && <th />}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.memberId}>
                {options.position && <td>{t('lessons.position', { position: i + 1 })}</td>}
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
                {options.withdraw && (
                  <td>
                    <button
                      type="button"
                      className="button-link"
                      disabled={withdraw.pending}
                      onClick={async () => {
                        if (await withdraw.run(r.memberId)) detail.reload();
                      }}
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
            {isUpcoming(d.lesson) ? (
              <div>
                <SignUpForm lessonId={id} onDone={done} />
                <CancelLesson detail={d} onDone={done} />
              </div>
            ) : (
              d.lesson.status !== 'cancelled' && <AttendanceForm key={attendanceKey(d)} detail={d} onDone={done} />
            )}
          </div>
          {d.lesson.status !== 'cancelled' && !isUpcoming(d.lesson) && (
            <MaterialsForm key={d.lesson.id} lesson={d.lesson} onDone={done} />
          )}
          {rsvpTable(d.going, t('lessons.goingList'), { withdraw: isUpcoming(d.lesson) })}
          {rsvpTable(d.waitlist, t('lessons.waitlist'), { position: true, withdraw: isUpcoming(d.lesson) })}
          {d.cancelled.length > 0 && rsvpTable(d.cancelled, t('lessons.withdrawn'), {})}
          {isUpcoming(d.lesson) && (
            <EditLesson key={`${d.lesson.id}:${d.lesson.version}`} lesson={d.lesson} onDone={done} />
          )}
        </>
      )}
    </section>
  );
}

/** Changes when the list of people going or their recorded attendance does, so the checkboxes start fresh. */
function attendanceKey(d: LessonDetail): string {
  return d.going.map((r) => `${r.memberId}:${r.attended}`).join(',');
}

/** Scheduled and not started: RSVPs, edits and cancelling still apply; attendance and materials do not yet. */
function isUpcoming(lesson: Lesson): boolean {
  return lesson.status === 'scheduled' && new Date(lesson.startsAt).getTime() > Date.now();
}

/** Staff (coaches too) find a current member by name through the staff lookup and sign them up. */
function SignUpForm({ lessonId, onDone }: { readonly lessonId: string; readonly onDone: (text: string) => void }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const found = useApi(
    () =>
      query
        ? api.get<MemberLookup[]>('/members/lookup', { search: query, withAccess: 'true', limit: 8 })
        : Promise.resolve(null),
    [query],
  );
  const signUp = useAction((memberId: string) =>
    api.post<{ status: 'going' | 'waitlist' }>(`/lessons/${lessonId}/rsvps`, { memberId }),
  );
  return (
    <div className="card form">
      <h2>{t('lessons.signUp')}</h2>
      <label>
        {t('lessons.signUpSearch')}
        <input type="search" name="memberSearch" value={search} onChange={(e) => setSearch(e.target.value)} />
      </label>
      <ErrorBanner error={found.error ?? signUp.error} />
      {found.data && (
        <ul className="plain-list">
          {found.data.length === 0 && <li className="muted">{t('app.empty')}</li>}
          {found.data.map((m) => (
            <li key={m.id}>
              {m.displayName} <span className="muted">@{m.handle}</span>{' '}
              <button
                type="button"
                className="small"
                disabled={signUp.pending}
                onClick={async () => {
                  const result = await signUp.run(m.id);
                  if (result) {
                    setSearch('');
                    onDone(t('lessons.signedUp', { name: m.displayName, status: t(`lessons.rsvp.${result.status}`) }));
                  }
                }}
              >
                {t('lessons.signUpButton')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Cancel with an explicit confirmation step (no browser dialog), and an optional reason sent to members. */
function CancelLesson({ detail, onDone }: { readonly detail: LessonDetail; readonly onDone: (text: string) => void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useAction(() =>
    api.post<{ notified: FanOut }>(
      `/lessons/${detail.lesson.id}/cancel`,
      reason.trim() ? { reason: reason.trim() } : {},
    ),
  );
  if (!confirming) {
    return (
      <div className="card">
        <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
          {t('lessons.cancel')}
        </button>
      </div>
    );
  }
  return (
    <form
      className="card form"
      aria-label={t('lessons.cancel')}
      onSubmit={async (event: FormEvent) => {
        event.preventDefault();
        const result = await cancel.run();
        if (result) onDone(t('lessons.cancelled', { count: result.notified.sent }));
      }}
    >
      <p role="alert">
        {t('lessons.cancelConfirm', {
          title: detail.lesson.title,
          count: detail.going.length + detail.waitlist.length,
        })}
      </p>
      <label>
        {t('lessons.cancelReason')}
        <textarea name="reason" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <ErrorBanner error={cancel.error} />
      <div className="toolbar">
        <button type="submit" className="button-danger" disabled={cancel.pending}>
          {t('lessons.cancelYes')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
          {t('lessons.cancelNo')}
        </button>
      </div>
    </form>
  );
}

/** Checkboxes for everyone going; ticked members attended, the others did not. */
function AttendanceForm({
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
    api.put<{ attended: number; absent: number }>(`/lessons/${detail.lesson.id}/attendance`, {
      attendedMemberIds: [...ticked],
    }),
  );
  return (
    <form
      className="card form"
      aria-label={t('lessons.attendance')}
      onSubmit={async (event: FormEvent) => {
        event.preventDefault();
        const result = await save.run();
        if (result) onDone(t('lessons.attendanceSaved', result));
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

/** Materials and replay links, sent to attendees by the core. */
function MaterialsForm({ lesson, onDone }: { readonly lesson: Lesson; readonly onDone: (text: string) => void }) {
  const { t } = useI18n();
  const [materialsUrl, setMaterialsUrl] = useState(lesson.materialsUrl ?? '');
  const [replayUrl, setReplayUrl] = useState(lesson.replayUrl ?? '');
  const post = useAction(() =>
    api.post<{ notified: FanOut }>(`/lessons/${lesson.id}/materials`, {
      materialsUrl: materialsUrl.trim() || null,
      replayUrl: replayUrl.trim() || null,
    }),
  );
  return (
    <form
      className="card form"
      aria-label={t('lessons.materialsForm')}
      onSubmit={async (event: FormEvent) => {
        event.preventDefault();
        const result = await post.run();
        if (result) onDone(t('lessons.materialsSent', { count: result.notified.sent }));
      }}
    >
      <h2>{t('lessons.materialsForm')}</h2>
      <p className="muted">{t('lessons.materialsHelp')}</p>
      <div className="form-row">
        <label className="grow">
          {t('lessons.materialsUrl')}
          <input
            name="materialsUrl"
            type="url"
            value={materialsUrl}
            onChange={(e) => setMaterialsUrl(e.target.value)}
          />
        </label>
        <label className="grow">
          {t('lessons.replayUrl')}
          <input name="replayUrl" type="url" value={replayUrl} onChange={(e) => setReplayUrl(e.target.value)} />
        </label>
      </div>
      <ErrorBanner error={post.error} />
      <button type="submit" disabled={post.pending}>
        {t('lessons.sendMaterials')}
      </button>
    </form>
  );
}

/** Edits this occurrence only; the API tells members signed up about a new time, length, place or title. */
function EditLesson({ lesson, onDone }: { readonly lesson: Lesson; readonly onDone: (text: string) => void }) {
  const { t } = useI18n();
  const initial = {
    title: lesson.title,
    speakerName: lesson.speakerName ?? '',
    startsAt: isoToLocal(lesson.startsAt),
    durationMinutes: String(lesson.durationMinutes),
    capacity: lesson.capacity === null ? '' : String(lesson.capacity),
    location: lesson.location,
  };
  const [form, setForm] = useState(initial);
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [name]: e.target.value }));
  const save = useAction(() => {
    // Only what changed is sent, so an untouched time is never rewritten (and nobody is told for nothing).
    const patch: Record<string, unknown> = {};
    if (form.title !== initial.title) patch.title = form.title;
    if (form.speakerName !== initial.speakerName) patch.speakerName = form.speakerName || null;
    if (form.startsAt !== initial.startsAt) patch.startsAt = localToIso(form.startsAt);
    if (form.durationMinutes !== initial.durationMinutes) patch.durationMinutes = Number(form.durationMinutes);
    if (form.capacity !== initial.capacity) patch.capacity = optionalNumber(form.capacity);
    if (form.location !== initial.location) patch.location = form.location;
    return api.patch<{ notified: FanOut | null }>(`/lessons/${lesson.id}`, patch);
  });
  return (
    <form
      className="card form"
      aria-label={t('lessons.edit')}
      noValidate
      onSubmit={async (event: FormEvent) => {
        event.preventDefault();
        const result = await save.run();
        if (result) onDone(t('lessons.updated', { count: result.notified?.sent ?? 0 }));
      }}
    >
      <h2>{t('lessons.edit')}</h2>
      <p className="muted">{t('lessons.editHelp')}</p>
      <div className="form-row">
        <label className="grow">
          {t('lessons.topic')}
          <input name="title" maxLength={200} value={form.title} onChange={set('title')} />
        </label>
        <label>
          {t('lessons.speakerName')}
          <input name="speakerName" maxLength={100} value={form.speakerName} onChange={set('speakerName')} />
        </label>
      </div>
      <div className="form-row">
        <label>
          {t('lessons.startsAt')}
          <input name="startsAt" type="datetime-local" value={form.startsAt} onChange={set('startsAt')} />
        </label>
        <label>
          {t('lessons.duration')}
          <input name="durationMinutes" type="number" value={form.durationMinutes} onChange={set('durationMinutes')} />
        </label>
        <label>
          {t('lessons.capacity')}
          <input name="capacity" type="number" value={form.capacity} onChange={set('capacity')} />
        </label>
      </div>
      <label>
        {t('lessons.location')}
        <input name="location" maxLength={500} value={form.location} onChange={set('location')} />
      </label>
      <ErrorBanner error={save.error} />
      <button type="submit" disabled={save.pending}>
        {t('app.save')}
      </button>
    </form>
  );
}
