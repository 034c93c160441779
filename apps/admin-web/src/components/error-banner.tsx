import type { ApiError } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';

/** An API error as a person reads it: the catalogue message, field messages, and the request id for 5xx. */
export function ErrorBanner({ error, onRetry }: { readonly error: ApiError | null; readonly onRetry?: () => void }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <div className="banner banner-error" role="alert">
      <p>{error.message}</p>
      {error.fields.length > 0 && (
        <ul>
          {error.fields.map((f) => (
            <li key={f.field}>{f.message}</li>
          ))}
        </ul>
      )}
      {error.requestId && error.status >= 500 && <p className="muted">{t('app.requestId', { id: error.requestId })}</p>}
      {onRetry && (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

/** A short success message. */
export function Notice({ text }: { readonly text: string | null }) {
  if (!text) return null;
  return (
    <div className="banner banner-ok" role="status">
      {text}
    </div>
  );
}
