import { LanguageSwitch } from '../components/language-switch.js';
import { useI18n } from '../i18n/i18n.js';
import type { TextKey } from '../i18n/texts.js';

const KNOWN_ERRORS = new Set(['auth.login_link_invalid', 'auth.login_link_expired', 'request.rate_limited']);

/** Shown without a session: how to get a login link, and why the last one did not work. */
export function SignInScreen({
  loginError,
  expired,
}: {
  readonly loginError: string | null;
  readonly expired: boolean;
}) {
  const { t } = useI18n();
  const errorKey: TextKey | null = loginError
    ? KNOWN_ERRORS.has(loginError)
      ? (`signIn.error.${loginError}` as TextKey)
      : 'signIn.error.other'
    : null;
  return (
    <div className="sign-in">
      <div className="card sign-in-card">
        <div className="sign-in-top">
          <span className="brand-mark" aria-hidden="true">
            ❄
          </span>
          <LanguageSwitch />
        </div>
        <h1>{t('signIn.title')}</h1>
        {errorKey && (
          <div className="banner banner-error" role="alert">
            {t(errorKey)}
          </div>
        )}
        {!errorKey && expired && (
          <div className="banner banner-error" role="alert">
            {t('signIn.expired')}
          </div>
        )}
        <p>{t('signIn.how')}</p>
      </div>
    </div>
  );
}
