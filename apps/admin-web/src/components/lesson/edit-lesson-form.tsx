import { type FormEvent, useState } from 'react';
import { call } from '../../api/client.js';
import type { Lesson, PatchBody } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorBanner } from '../error-banner.js';
import { isoToLocal, localToIso, optionalNumber } from '../form-values.js';
import { useAction } from '../use-api.js';

/** Edits this occurrence only; the API tells members signed up about a new time, length, place or title. */
export function EditLessonForm({
  lesson,
  onDone,
}: {
  readonly lesson: Lesson;
  readonly onDone: (text: string) => void;
}) {
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
    const patch: { -readonly [K in keyof PatchBody]: PatchBody[K] } = {};
    if (form.title !== initial.title) patch.title = form.title;
    if (form.speakerName !== initial.speakerName) patch.speakerName = form.speakerName || null;
    if (form.startsAt !== initial.startsAt) patch.startsAt = localToIso(form.startsAt);
    if (form.durationMinutes !== initial.durationMinutes) patch.durationMinutes = Number(form.durationMinutes);
    if (form.capacity !== initial.capacity) patch.capacity = optionalNumber(form.capacity);
    if (form.location !== initial.location) patch.location = form.location;
    return call('PATCH /lessons/:id', { params: { id: lesson.id }, body: patch });
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
