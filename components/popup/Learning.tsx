import type { Coverage } from '@/core/messages';
import { pluralKey, useI18n } from '../i18n';

/** Instead of a verdict while too little is read (R14): what was read, and how many to open. */
export function Learning({ coverage }: { coverage: Coverage }) {
  const { t, locale } = useI18n();
  return (
    <section class="learning" aria-labelledby="learning-heading">
      <h2 id="learning-heading">{t('popup_learning_heading')}</h2>
      <p>
        {t(pluralKey('popup_learning_read', coverage.readConversations, locale), [coverage.readConversations])}
        {coverage.openForVerdict > 0 && ` ${t(pluralKey('popup_learning_open', coverage.openForVerdict, locale), [coverage.openForVerdict])}`}
      </p>
    </section>
  );
}
