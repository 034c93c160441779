import { type FormEvent, useState } from 'react';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorBanner } from './error-banner.js';
import { useAction } from './use-api.js';

/**
 * Owners end a membership now (no grace): a required reason, then an explicit confirmation step (no browser
 * dialog, so the browser tests and screen readers see the same thing).
 */
export function EndMembershipForm({
  memberId,
  name,
  onEnded,
}: {
  readonly memberId: string;
  readonly name: string;
  readonly onEnded: (text: string) => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const end = useAction((text: string) =>
    call('POST /members/:id/end', { params: { id: memberId }, body: { reason: text } }),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirming) {
      setConfirming(true);
      return;
    }
    const result = await end.run(reason.trim());
    if (!result) return;
    setConfirming(false);
    setReason('');
    const failed = result.access.failures.map((f) => f.platform);
    onEnded(
      failed.length > 0
        ? t('members.endedFailures', { platforms: failed.join(', ') })
        : t('members.ended', { count: result.access.accounts }),
    );
  };
  return (
    <form className="card form" onSubmit={submit} aria-label={t('members.end')}>
      <h2>{t('members.end')}</h2>
      <p className="muted">{t('members.endHint')}</p>
      <label>
        {t('members.endReason')}
        <textarea
          name="endReason"
          rows={2}
          required
          maxLength={500}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setConfirming(false);
          }}
        />
      </label>
      {confirming && <p role="alert">{t('members.endConfirm', { name })}</p>}
      <ErrorBanner error={end.error} />
      <div className="toolbar">
        <button type="submit" className="button-danger" disabled={end.pending || !reason.trim()}>
          {confirming ? t('members.endYes') : t('members.end')}
        </button>
        {confirming && (
          <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
            {t('app.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
