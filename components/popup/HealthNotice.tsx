import type { ReaderHealth } from '@/core/inbox/types';
import { useI18n } from '../i18n';

export type CopyState = 'idle' | 'copied' | 'failed';

/** True when the reader says the inbox cannot be read as it should (the figures may be stale). */
export function isUnhealthy(health: ReaderHealth | null): boolean {
  return health !== null && (!health.list || health.transcript === false || health.problems.length > 0);
}

/** The reader's problem code (core/inbox/read.ts) for an open conversation whose messages it could not read. */
const NO_MESSAGES_READ = 'no-messages-read';

/** Says plainly that the inbox cannot be read, and offers the diagnostics (no message text) to copy. */
export function HealthNotice({ health, copy, onCopyDiagnostics }: { health: ReaderHealth; copy: CopyState; onCopyDiagnostics: () => void }) {
  const { t } = useI18n();
  return (
    <section class="health" role="alert" aria-labelledby="health-heading">
      <h2 id="health-heading">{t('popup_health_heading')}</h2>
      <p>{t(health.problems.includes(NO_MESSAGES_READ) ? 'popup_health_no_messages' : 'popup_health_body')}</p>
      <button type="button" onClick={onCopyDiagnostics}>{t('popup_health_copy')}</button>
      <span role="status">{copy === 'copied' ? t('popup_health_copied') : copy === 'failed' ? t('popup_health_copy_failed') : ''}</span>
    </section>
  );
}
