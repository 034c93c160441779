import { useState } from 'react';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorBanner } from './error-banner.js';
import { useAction, useApi } from './use-api.js';

/**
 * A member's data rights on the member page (moderators and owners): send them their export by DM, and
 * erase their data after an explicit confirmation step (cancellable during the club's cooling-off).
 */
export function PrivacyPanel({
  memberId,
  name,
  onNotice,
}: {
  readonly memberId: string;
  readonly name: string;
  readonly onNotice: (text: string) => void;
}) {
  const { t, dateTime } = useI18n();
  const state = useApi(() => call('GET /members/:id/privacy', { params: { id: memberId } }), [memberId]);
  const [confirming, setConfirming] = useState(false);
  const sendExport = useAction(() => call('POST /members/:id/privacy/export', { params: { id: memberId } }));
  const erase = useAction(() => call('POST /members/:id/privacy/erase', { params: { id: memberId } }));
  const cancel = useAction(() => call('POST /members/:id/privacy/erase/cancel', { params: { id: memberId } }));
  const pending = state.data?.erasure?.status === 'pending' ? state.data.erasure : null;

  const onExport = async () => {
    const result = await sendExport.run();
    if (!result) return;
    onNotice(
      result.delivered > 0 ? t('privacy.exportSent', { date: dateTime(result.expiresAt) }) : t('privacy.exportFailed'),
    );
  };
  const onErase = async () => {
    if (!confirming) {
      setConfirming(true);
      return;
    }
    const result = await erase.run();
    setConfirming(false);
    if (!result) return;
    onNotice(result.status === 'done' ? t('privacy.erased') : t('privacy.pending', { date: dateTime(result.dueAt) }));
    state.reload();
  };
  const onCancel = async () => {
    if ((await cancel.run()) !== undefined) {
      onNotice(t('privacy.cancelled'));
      state.reload();
    }
  };

  return (
    <section className="card" aria-label={t('privacy.title')}>
      <h2>{t('privacy.title')}</h2>
      <p className="muted">{t('privacy.hint')}</p>
      <ErrorBanner error={state.error ?? sendExport.error ?? erase.error ?? cancel.error} />
      {pending && <p role="status">{t('privacy.pending', { date: dateTime(pending.dueAt) })}</p>}
      {confirming && <p role="alert">{t('privacy.eraseConfirm', { name, hours: state.data?.coolingOffHours ?? 0 })}</p>}
      <div className="toolbar">
        <button type="button" onClick={onExport} disabled={sendExport.pending}>
          {t('privacy.export')}
        </button>
        {pending ? (
          <button type="button" className="button-secondary" onClick={onCancel} disabled={cancel.pending}>
            {t('privacy.cancelErase')}
          </button>
        ) : (
          <button type="button" className="button-danger" onClick={onErase} disabled={erase.pending || !state.data}>
            {confirming ? t('privacy.eraseYes') : t('privacy.erase')}
          </button>
        )}
        {confirming && (
          <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
            {t('app.cancel')}
          </button>
        )}
      </div>
    </section>
  );
}
