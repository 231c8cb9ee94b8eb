import { formatDuration } from '../display-format';
import { useI18n } from '../i18n';
import { OpeningHoursEditor } from './OpeningHoursEditor';
import type { DraftErrors, DraftField, SettingsDraft } from './settings-draft';

export interface SettingsFormProps {
  draft: SettingsDraft;
  errors: DraftErrors;
  timeZones: readonly string[];
  /** Nothing yet, changes not saved, the saved note, or the background's reason for refusing. */
  status: { kind: 'idle' } | { kind: 'unsaved' } | { kind: 'saved' } | { kind: 'error'; message: string };
  onChange: (draft: SettingsDraft) => void;
  onSubmit: () => void;
}

/** 15 minutes is Meta's current rule; 5 minutes the older one some Pages still see. */
const TIME_TARGETS = [900, 300];

/** Targets, window, risk lead, opening hours and notifications for the chosen Page (or the default). */
export function SettingsForm({ draft, errors, timeZones, status, onChange, onSubmit }: SettingsFormProps) {
  const { t, locale } = useI18n();
  const field = (name: DraftField, label: string, unit: string, input: preact.JSX.Element) => (
    <div class="field">
      <label for={`field-${name}`}>{label}</label>
      {input} <span class="unit">{unit}</span>
      {errors[name] && <p class="field-error" id={`error-${name}`} role="alert">{t(errors[name]!)}</p>}
    </div>
  );
  const text = (name: 'ratePercent' | 'windowDays' | 'riskLeadMinutes') => (
    <input id={`field-${name}`} inputMode="decimal" size={5} value={draft[name]} aria-invalid={Boolean(errors[name])} aria-describedby={errors[name] ? `error-${name}` : undefined} onInput={(e) => onChange({ ...draft, [name]: e.currentTarget.value })} />
  );
  const times = TIME_TARGETS.includes(draft.timeTargetSeconds) ? TIME_TARGETS : [...TIME_TARGETS, draft.timeTargetSeconds];
  return (
    <form class="settings-form" onSubmit={(e) => { e.preventDefault(); onSubmit(); }} aria-label={t('options_settings_heading')} novalidate>
      <fieldset>
        <legend>{t('options_targets_heading')}</legend>
        {field('ratePercent', t('options_rate_target'), '%', text('ratePercent'))}
        <div class="field">
          <label for="field-time">{t('options_time_target')}</label>
          <select id="field-time" value={String(draft.timeTargetSeconds)} onChange={(e) => onChange({ ...draft, timeTargetSeconds: Number(e.currentTarget.value) })}>
            {times.map((s) => <option key={s} value={String(s)}>{t(s === 300 ? 'options_time_target_legacy' : 'options_time_target_option', [formatDuration(s, locale)])}</option>)}
          </select>
        </div>
        {field('windowDays', t('options_window_days'), t('options_unit_days'), text('windowDays'))}
        {field('riskLeadMinutes', t('options_risk_lead'), t('options_unit_minutes'), text('riskLeadMinutes'))}
        <p class="help">{t('options_risk_lead_help')}</p>
      </fieldset>
      <OpeningHoursEditor draft={draft} errors={errors} timeZones={timeZones} onChange={onChange} />
      <fieldset>
        <legend>{t('options_notifications_heading')}</legend>
        <label class="inline">
          <input type="checkbox" checked={draft.notifications} onChange={(e) => onChange({ ...draft, notifications: e.currentTarget.checked })} />
          {t('options_notifications')}
        </label>
      </fieldset>
      {Object.keys(errors).length > 0 && <p class="field-error" role="alert">{t('options_fix_errors')}</p>}
      <button type="submit">{t('options_settings_save')}</button>
      <p class={`status ${status.kind}`} role="status">
        {status.kind === 'unsaved' && t('options_settings_unsaved')}
        {status.kind === 'saved' && t('options_saved')}
        {status.kind === 'error' && t('options_save_failed', [status.message])}
      </p>
    </form>
  );
}
