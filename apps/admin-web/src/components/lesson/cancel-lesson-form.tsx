import { type FormEvent, useState } from 'react';
import { call } from '../../api/client.js';
import type { LessonDetail } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorBanner } from '../error-banner.js';
import { useAction } from '../use-api.js';

/** Cancel with an explicit confirmation step (no browser dialog), and an optional reason sent to members. */
export function CancelLessonForm({
  detail,
  onDone,
}: {
  readonly detail: LessonDetail;
  readonly onDone: (text: string) => void;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useAction(() =>
    call('POST /lessons/:id/cancel', {
      params: { id: detail.lesson.id },
      body: reason.trim() ? { reason: reason.trim() } : {},
    }),
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
        if (result) onDone(t('lessons.cancelled', { count: result.notified?.sent ?? 0 }));
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
