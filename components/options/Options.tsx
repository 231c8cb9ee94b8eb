import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n';

/** The options page's frame: title and the three sections (targets and time, templates, data). */
export function Options({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <main class="options">
      <h1>{t('options_heading')}</h1>
      <p class="help">{t('options_privacy')}</p>
      {children}
    </main>
  );
}
