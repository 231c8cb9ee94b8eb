import { useI18n } from '../i18n';

/** The inbox ReplyClock runs on; the link opens it in a new tab. */
export const INBOX_HOME = 'https://business.facebook.com/latest/inbox/all';

/** Shown when the active tab is not a Business Suite inbox. */
export function NotInbox() {
  const { t } = useI18n();
  return (
    <section class="not-inbox">
      <h2>{t('popup_not_inbox_heading')}</h2>
      <p>{t('popup_not_inbox_body')}</p>
      <a href={INBOX_HOME} target="_blank" rel="noreferrer">{t('popup_open_inbox')}</a>
    </section>
  );
}
