import { useI18n } from '../i18n/i18n.js';
import type { TextKey } from '../i18n/texts.js';

/** A screen whose use cases are still being built: says what will be here. */
export function ComingSoon({ title, description }: { readonly title: TextKey; readonly description: TextKey }) {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t(title)}</h1>
      <div className="card coming-soon">
        <span className="badge badge-soon">{t('app.comingSoon')}</span>
        <p>{t(description)}</p>
        <p className="muted">{t('soon.body')}</p>
      </div>
    </section>
  );
}
