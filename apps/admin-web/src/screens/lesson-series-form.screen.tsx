import { type FormEvent, useState } from 'react';
import { MONTH_WEEKS, WEEKDAYS } from '../api/choices.js';
import { call } from '../api/client.js';
import type { SeriesBody, Weekday } from '../api/types.js';
import { ErrorBanner, Notice } from '../components/error-banner.js';
import { optionalNumber } from '../components/form-values.js';
import { useAction } from '../components/use-api.js';
import { useI18n } from '../i18n/i18n.js';
import { Link } from '../router/router.js';

type Frequency = 'monthly' | 'weekly';

/** Toggles one value in a list (checkbox groups). */
function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Defines a recurring series with a rule builder (e.g. 2nd and 4th Thursday 20:00) and creates its lessons. */
export function LessonSeriesFormScreen() {
  const { t } = useI18n();
  const [frequency, setFrequency] = useState<Frequency>('monthly');
  const [weekdays, setWeekdays] = useState<Weekday[]>(['TH']);
  const [weeks, setWeeks] = useState<(typeof MONTH_WEEKS)[number][]>([2, 4]);
  const [form, setForm] = useState({
    title: '',
    description: '',
    interval: '1',
    time: '20:00',
    timezone: '',
    durationMinutes: '90',
    capacity: '',
    location: '',
    months: '12',
  });
  const [notice, setNotice] = useState<string | null>(null);
  const set = (name: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [name]: e.target.value }));
  const create = useAction((body: SeriesBody) => call('POST /lessons/series', { body }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const result = await create.run({
      title: form.title,
      description: form.description,
      frequency,
      interval: Number(form.interval),
      weekdays,
      ...(frequency === 'monthly' ? { weeks } : {}),
      time: form.time,
      ...(form.timezone.trim() ? { timezone: form.timezone.trim() } : {}),
      durationMinutes: Number(form.durationMinutes),
      capacity: optionalNumber(form.capacity),
      location: form.location,
      months: Number(form.months),
    });
    if (result) {
      setNotice(
        result.reused
          ? t('lessons.seriesReused', { count: result.created })
          : t('lessons.seriesCreated', { count: result.created, rule: result.rule, timezone: result.timezone }),
      );
    }
  };

  return (
    <section>
      <Link to="/lessons" className="back">
        {t('app.back')}
      </Link>
      <h1>{t('lessons.newSeries')}</h1>
      <Notice text={notice} />
      <form className="card form" onSubmit={submit} aria-label={t('lessons.newSeries')} noValidate>
        <label>
          {t('lessons.topic')}
          <input name="title" maxLength={200} value={form.title} onChange={set('title')} />
        </label>
        <label>
          {t('lessons.description')}
          <textarea
            name="description"
            rows={2}
            maxLength={4000}
            value={form.description}
            onChange={set('description')}
          />
        </label>
        <div className="form-row">
          <label>
            {t('lessons.frequency')}
            <select name="frequency" value={frequency} onChange={(e) => setFrequency(e.target.value as Frequency)}>
              <option value="monthly">{t('lessons.frequency.monthly')}</option>
              <option value="weekly">{t('lessons.frequency.weekly')}</option>
            </select>
          </label>
          <label>
            {t('lessons.interval')}
            <input name="interval" type="number" min={1} max={12} value={form.interval} onChange={set('interval')} />
          </label>
          <label>
            {t('lessons.time')}
            <input name="time" type="time" value={form.time} onChange={set('time')} />
          </label>
          <label>
            {t('lessons.timezone')}
            <input name="timezone" placeholder="Asia/Shanghai" value={form.timezone} onChange={set('timezone')} />
          </label>
        </div>
        {frequency === 'monthly' && (
          <fieldset className="checks">
            <legend>{t('lessons.weeks')}</legend>
            {MONTH_WEEKS.map((w) => (
              <label key={w} className="check">
                <input type="checkbox" checked={weeks.includes(w)} onChange={() => setWeeks((l) => toggle(l, w))} />
                {t(`lessons.week.${w}`)}
              </label>
            ))}
            <p className="muted">{t('lessons.weeksHelp')}</p>
          </fieldset>
        )}
        <fieldset className="checks">
          <legend>{t('lessons.weekdays')}</legend>
          {WEEKDAYS.map((d) => (
            <label key={d} className="check">
              <input type="checkbox" checked={weekdays.includes(d)} onChange={() => setWeekdays((l) => toggle(l, d))} />
              {t(`lessons.weekday.${d}`)}
            </label>
          ))}
        </fieldset>
        <div className="form-row">
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
          <label>
            {t('lessons.months')}
            <input name="months" type="number" min={1} max={24} value={form.months} onChange={set('months')} />
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
