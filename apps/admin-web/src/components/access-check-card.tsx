import type { AccessCheck, Pricing } from '@snowball/admin-api/contract';
import { useState } from 'react';
import { call } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorBanner } from './error-banner.js';
import { useAction, useApi } from './use-api.js';

/**
 * The access check (权限校对) for owners: the last run's figures per server or workspace, the access someone gave
 * by hand, the changes that failed and why, a "Check now" button, and strict mode (saved with the pricing).
 */
export function AccessCheckCard({
  pricing,
  onSaved,
}: {
  readonly pricing: Pricing | null;
  readonly onSaved: () => void;
}) {
  const { t, dateTime } = useI18n();
  const check = useApi(() => call('GET /billing/access-check'), []);
  const runNow = useAction(() => call('POST /billing/access-check'));
  const saveStrict = useAction((strictAccess: boolean) =>
    call('PUT /billing/pricing', { body: { ...(pricing as Pricing), strictAccess } }),
  );
  const [queued, setQueued] = useState(false);
  const data: AccessCheck | null = check.data;
  const run = data?.lastRun ?? null;

  return (
    <div className="card table-card">
      <h2>{t('access.title')}</h2>
      <ErrorBanner error={check.error ?? runNow.error ?? saveStrict.error} onRetry={check.reload} />
      <p className="muted">{t('access.intro')}</p>
      {data && !data.available && <p className="banner banner-error">{t('access.unavailable')}</p>}
      {data && !run && <p className="muted">{t('access.never')}</p>}
      {run && (
        <>
          <p>{t('access.lastRun', { at: dateTime(run.finishedAt) })}</p>
          <table aria-label={t('access.title')}>
            <thead>
              <tr>
                <th>{t('access.workspace')}</th>
                <th>{t('access.listed')}</th>
                <th>{t('access.granted')}</th>
                <th>{t('access.revoked')}</th>
                <th>{t('access.reported')}</th>
                <th>{t('access.absent')}</th>
                <th>{t('access.failed')}</th>
              </tr>
            </thead>
            <tbody>
              {run.workspaces.map((w) => (
                <tr key={`${w.platform}:${w.workspaceId}`}>
                  <td>
                    {w.platform} <code>{w.workspaceId}</code>
                  </td>
                  <td>{w.listed}</td>
                  <td>{w.granted}</td>
                  <td>{w.revoked}</td>
                  <td>{w.reported}</td>
                  <td>{w.absent}</td>
                  <td>{w.failed}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {run.manualGrants.length > 0 && (
            <>
              <p>{t('access.manualGrants')}</p>
              <ul>
                {run.manualGrants.map((g) => (
                  <li key={`${g.platform}:${g.workspaceId}:${g.platformUserId}`}>
                    {g.platform} <code>{g.platformUserId}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          {run.failures.length > 0 && (
            <>
              <p>{t('access.failures')}</p>
              <ul>
                {run.failures.map((f) => (
                  <li key={`${f.platform}:${f.workspaceId}:${f.platformUserId}:${f.change}`}>
                    {t(`access.change.${f.change}`)} {f.platform} <code>{f.platformUserId}</code>:{' '}
                    {t(`access.reason.${f.reason}`)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {queued && (
        <p className="banner banner-ok" role="status">
          {t('access.queued')}
        </p>
      )}
      <p className="toolbar">
        <button
          type="button"
          disabled={runNow.pending || !data?.available}
          onClick={async () => {
            setQueued(false);
            if (await runNow.run()) setQueued(true);
          }}
        >
          {t('access.runNow')}
        </button>
        <button type="button" className="button-link" onClick={check.reload}>
          ↻
        </button>
      </p>
      <label>
        <input
          type="checkbox"
          checked={pricing?.strictAccess === true}
          disabled={!pricing || saveStrict.pending}
          onChange={async (e) => {
            if (await saveStrict.run(e.target.checked)) onSaved();
          }}
        />{' '}
        {t('access.strict')}
      </label>
    </div>
  );
}
