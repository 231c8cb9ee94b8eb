import { WEEKDAYS, type Weekday } from '@/core/metrics';
import { useI18n } from '../i18n';
import type { DraftErrors, SettingsDraft, Span } from './settings-draft';

export interface OpeningHoursEditorProps {
  draft: SettingsDraft;
  errors: DraftErrors;
  timeZones: readonly string[];
  onChange: (draft: SettingsDraft) => void;
}

/** 2026-11-23 is a Monday: the weekday names come from Intl in the user's language. */
const MONDAY = Date.UTC(2026, 10, 23, 12);
const weekdayName = (index: number, locale: string) => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(MONDAY + index * 86_400_000);

/** Opening hours per weekday as [start, end) spans in a time zone; outside them the Page counts as Away (R9). */
export function OpeningHoursEditor({ draft, errors, timeZones, onChange }: OpeningHoursEditorProps) {
  const { t, locale } = useI18n();
  const setDay = (day: Weekday, spans: Span[]) => onChange({ ...draft, days: { ...draft.days, [day]: spans } });
  return (
    <fieldset class="opening-hours">
      <legend>{t('options_hours_heading')}</legend>
      <label class="inline">
        <input type="checkbox" checked={draft.hoursEnabled} onChange={(e) => onChange({ ...draft, hoursEnabled: e.currentTarget.checked })} />
        {t('options_hours_enabled')}
      </label>
      <p class="help">{t('options_hours_help')}</p>
      {draft.hoursEnabled && (
        <>
          <label>
            {t('options_hours_time_zone')}
            <select value={draft.timeZone} aria-invalid={Boolean(errors.timeZone)} onChange={(e) => onChange({ ...draft, timeZone: e.currentTarget.value })}>
              {timeZones.map((zone) => <option key={zone} value={zone}>{zone.replaceAll('_', ' ')}</option>)}
            </select>
          </label>
          {errors.timeZone && <p class="field-error" role="alert">{t(errors.timeZone)}</p>}
          <table class="weekdays">
            <tbody>
              {WEEKDAYS.map((day, d) => {
                const name = weekdayName(d, locale);
                const spans = draft.days[day];
                return (
                  <tr key={day}>
                    <th scope="row">{name}</th>
                    <td>
                      {spans.length === 0 && <span class="closed">{t('options_hours_closed')}</span>}
                      {spans.map(([start, end], i) => {
                        const error = errors[`span-${day}-${i}`];
                        const set = (span: Span) => setDay(day, spans.map((s, j) => (j === i ? span : s)));
                        return (
                          <div key={i} class="span">
                            <input type="time" value={start} aria-label={t('options_hours_from', [name])} aria-invalid={Boolean(error)} onChange={(e) => set([e.currentTarget.value, end])} />
                            {' – '}
                            <input type="time" value={end} aria-label={t('options_hours_to', [name])} aria-invalid={Boolean(error)} onChange={(e) => set([start, e.currentTarget.value])} />
                            <button type="button" onClick={() => setDay(day, spans.filter((_, j) => j !== i))} aria-label={t('options_hours_remove', [name])}>✕</button>
                            {error && <span class="field-error" role="alert">{t(error)}</span>}
                          </div>
                        );
                      })}
                      <button type="button" onClick={() => setDay(day, [...spans, ['09:00', '17:00']])} aria-label={t('options_hours_add', [name])}>+</button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </fieldset>
  );
}
