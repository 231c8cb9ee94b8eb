import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';

export interface AwayToggleProps {
  /** Until when the Page in the active tab is Away, or null. */
  awayUntil: number | null;
  now: number;
  /** Rejects with the reason when the switch could not be stored. */
  onSwitch: (away: boolean) => Promise<void>;
}

/** Away for the Page in the active tab, switched where the user is (BadgeStatus says until when). */
export function AwayToggle({ awayUntil, now, onSwitch }: AwayToggleProps) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<string | null>(null);
  const away = awayUntil !== null && awayUntil > now;
  const toggle = () => {
    setFailure(null);
    onSwitch(!away).catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  };
  return (
    <div class="away-toggle">
      <button type="button" role="switch" aria-checked={away} class={`switch ${away ? 'on' : 'off'}`} onClick={toggle}>
        {t('options_away_switch')} <span class="switch-state">{t(away ? 'options_on' : 'options_off')}</span>
      </button>
      {failure !== null && <p class="field-error" role="alert">{t('options_save_failed', [failure])}</p>}
    </div>
  );
}
