import { formatClockNear } from '../display-format';
import { useI18n } from '../i18n';

export interface AwaySwitchProps {
  /** Away is per Page: with the default selected there is nothing to switch. */
  pageChosen: boolean;
  awayUntil: number | null;
  now: number;
  onSwitch: (away: boolean) => void;
}

/** The manual Away switch: on until switched off, or 12 hours at most (R9); says until when. */
export function AwaySwitch({ pageChosen, awayUntil, now, onSwitch }: AwaySwitchProps) {
  const { t, locale } = useI18n();
  const away = awayUntil !== null && awayUntil > now;
  return (
    <fieldset class="away">
      <legend>{t('options_away_heading')}</legend>
      {pageChosen ? (
        <>
          <button type="button" role="switch" aria-checked={away} class={`switch ${away ? 'on' : 'off'}`} onClick={() => onSwitch(!away)}>
            {t('options_away_switch')} <span class="switch-state">{t(away ? 'options_on' : 'options_off')}</span>
          </button>
          <p class="help">{away ? t('options_away_until', [formatClockNear(awayUntil!, now, locale)]) : t('options_away_help')}</p>
        </>
      ) : (
        <p class="help">{t('options_away_choose_page')}</p>
      )}
    </fieldset>
  );
}
