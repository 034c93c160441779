import { useI18n } from '../i18n/i18n.js';
import type { Locale } from '../i18n/texts.js';

const CHOICES: readonly { locale: Locale; label: string }[] = [
  { locale: 'zh-CN', label: '中文' },
  { locale: 'en', label: 'EN' },
];

/** The zh-CN / en switch shown on every screen. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <fieldset className="language-switch" aria-label={t('app.language')}>
      {CHOICES.map((choice) => (
        <button
          key={choice.locale}
          type="button"
          lang={choice.locale}
          aria-pressed={locale === choice.locale}
          className={locale === choice.locale ? 'switch-on' : 'switch-off'}
          onClick={() => setLocale(choice.locale)}
        >
          {choice.label}
        </button>
      ))}
    </fieldset>
  );
}
