import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';

export interface WelcomeProps {
  /** Turns notifications on for every Page without settings of its own; rejects with a message. */
  onEnableNotifications: () => Promise<void>;
  onOpenSettings: () => void;
}

type NotificationsState = { kind: 'off' } | { kind: 'on' } | { kind: 'failed'; message: string };

/** The page opened once after install: what ReplyClock does and reads, that nothing leaves, notifications and Away. */
export function Welcome({ onEnableNotifications, onOpenSettings }: WelcomeProps) {
  const { t } = useI18n();
  const [notifications, setNotifications] = useState<NotificationsState>({ kind: 'off' });
  const enable = () =>
    onEnableNotifications().then(
      () => setNotifications({ kind: 'on' }),
      (error: unknown) => setNotifications({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );

  return (
    <main class="welcome">
      <h1>{t('welcome_title')}</h1>
      <section aria-labelledby="welcome-what">
        <h2 id="welcome-what">{t('welcome_what_heading')}</h2>
        <p>{t('welcome_what')}</p>
      </section>
      <section aria-labelledby="welcome-reads">
        <h2 id="welcome-reads">{t('welcome_reads_heading')}</h2>
        <p>{t('welcome_reads')}</p>
      </section>
      <section aria-labelledby="welcome-private">
        <h2 id="welcome-private">{t('welcome_private_heading')}</h2>
        <p>{t('welcome_private')}</p>
      </section>
      <section aria-labelledby="welcome-notifications">
        <h2 id="welcome-notifications">{t('options_notifications_heading')}</h2>
        <p>{t('welcome_notifications')}</p>
        {notifications.kind !== 'on' && <button type="button" onClick={() => void enable()}>{t('welcome_notifications_on')}</button>}
        <p role="status" class="status">{notifications.kind === 'on' && t('welcome_notifications_done')}</p>
        {notifications.kind === 'failed' && <p role="alert" class="field-error">{t('welcome_failed', [notifications.message])}</p>}
      </section>
      <section aria-labelledby="welcome-away">
        <h2 id="welcome-away">{t('options_away_heading')}</h2>
        <p>{t('welcome_away')}</p>
      </section>
      <button type="button" onClick={onOpenSettings}>{t('welcome_open_settings')}</button>
    </main>
  );
}
