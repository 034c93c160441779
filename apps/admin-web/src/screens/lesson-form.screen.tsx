import { type FormEvent, useState } from 'react';
import { call } from '../api/client.js';
import type { LessonKind, ScheduleBody } from '../api/types.js';
import { ErrorBanner } from '../components/error-banner.js';
import { localToIso, optionalNumber } from '../components/form-values.js';
import { useAction } from '../components/use-api.js';
import { useI18n } from '../i18n/i18n.js';
import { Link, navigate } from '../router/router.js';

/** Schedules a one-off lesson or a guest talk (speaker name, bio, topic), then opens it. */
export function LessonFormScreen() {
  const { t } = useI18n();
  const [kind, setKind] = useState<LessonKind>('guest_talk');
  const [form, setForm] = useState({
    title: '',
    speakerName: '',
    speakerBio: '',
    description: '',
    startsAt: '',
    durationMinutes: '90',
    capacity: '',
    location: '',
  });
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [name]: e.target.value }));
  const create = useAction((body: ScheduleBody) => call('POST /lessons', { body }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await create.run({
      kind,
      title: form.title,
      description: form.description,
      startsAt: localToIso(form.startsAt),
      durationMinutes: Number(form.durationMinutes),
      capacity: optionalNumber(form.capacity),
      location: form.location,
      ...(form.speakerName ? { speakerName: form.speakerName } : {}),
      ...(form.speakerBio ? { speakerBio: form.speakerBio } : {}),
    });
    if (created) navigate(`/lessons/${created.id}`);
  };

  return (
    <section>
      <Link to="/lessons" className="back">
        {t('app.back')}
      </Link>
      <h1>{t('lessons.newLesson')}</h1>
      <form className="card form" onSubmit={submit} aria-label={t('lessons.newLesson')} noValidate>
        <div className="segmented" role="radiogroup" aria-label={t('lessons.kindLabel')}>
          {(['guest_talk', 'lesson'] as const).map((k) => (
            <label key={k} className={kind === k ? 'segment current' : 'segment'}>
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t(`lessons.kind.${k}`)}
            </label>
          ))}
        </div>
        <label>
          {t('lessons.topic')}
          <input name="title" maxLength={200} value={form.title} onChange={set('title')} />
        </label>
        <div className="form-row">
          <label>
            {t('lessons.speakerName')}
            <input name="speakerName" maxLength={100} value={form.speakerName} onChange={set('speakerName')} />
          </label>
          <label className="grow">
            {t('lessons.speakerBio')}
            <input name="speakerBio" maxLength={2000} value={form.speakerBio} onChange={set('speakerBio')} />
          </label>
        </div>
        {kind === 'guest_talk' && <p className="muted">{t('lessons.speakerRequired')}</p>}
        <label>
          {t('lessons.description')}
          <textarea
            name="description"
            rows={3}
            maxLength={4000}
            value={form.description}
            onChange={set('description')}
          />
        </label>
        <div className="form-row">
          <label>
            {t('lessons.startsAt')}
            <input name="startsAt" type="datetime-local" value={form.startsAt} onChange={set('startsAt')} />
          </label>
          <label>
            {t('lessons.duration')}
            <input
              name="durationMinutes"
              type="number"
              min={15}
              max={720}
              value={form.durationMinutes}
              onChange={set('durationMinutes')}
            />
          </label>
          <label>
            {t('lessons.capacity')}
            <input name="capacity" type="number" min={1} value={form.capacity} onChange={set('capacity')} />
          </label>
        </div>
        <label>
          {t('lessons.location')}
          <input name="location" maxLength={500} value={form.location} onChange={set('location')} />
        </label>
        <ErrorBanner error={create.error} />
        <button type="submit" disabled={create.pending}>
          {t('lessons.create')}
        </button>
      </form>
    </section>
  );
}
