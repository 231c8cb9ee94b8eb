import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/core/settings';
import { useI18n } from '../i18n';
import { AwaySwitch } from './AwaySwitch';
import { PagePicker } from './PagePicker';
import { SettingsForm, type SettingsFormProps } from './SettingsForm';
import { draftOf, settingsOf, type DraftErrors, type SettingsDraft } from './settings-draft';

export interface SettingsSectionProps {
  pages: ReadonlyArray<{ pageId: string; pageName: string | null }>;
  timeZones: readonly string[];
  defaultTimeZone: string;
  now: number;
  load: (pageId: string | null) => Promise<{ settings: Settings; awayUntil: number | null }>;
  /** Resolves to null when saved, or the background's reason for refusing. */
  save: (pageId: string | null, settings: Settings) => Promise<string | null>;
  setAway: (pageId: string, away: boolean) => Promise<number | null>;
}

/** "Targets and time": pick a Page (or the default), edit its settings, switch Away. */
export function SettingsSection({ pages, timeZones, defaultTimeZone, now, load, save, setAway }: SettingsSectionProps) {
  const { t } = useI18n();
  const [pageId, setPageId] = useState<string | null>(null);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [awayUntil, setAwayUntil] = useState<number | null>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [status, setStatus] = useState<SettingsFormProps['status']>({ kind: 'idle' });

  useEffect(() => {
    setDraft(null);
    setErrors({});
    setStatus({ kind: 'idle' });
    load(pageId).then(
      (loaded) => { setDraft(draftOf(loaded.settings, defaultTimeZone)); setAwayUntil(loaded.awayUntil); },
      (error: unknown) => setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [pageId]);

  const submit = async () => {
    if (!draft) return;
    const checked = settingsOf(draft);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return setStatus({ kind: 'idle' });
    const refused = await save(pageId, checked.settings).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
    setStatus(refused === null ? { kind: 'saved' } : { kind: 'error', message: refused });
  };

  return (
    <section class="settings" aria-labelledby="settings-section-heading">
      <h2 id="settings-section-heading">{t('options_settings_heading')}</h2>
      <PagePicker pages={pages} pageId={pageId} onChange={setPageId} />
      <AwaySwitch pageChosen={pageId !== null} awayUntil={awayUntil} now={now} onSwitch={(away) => { if (pageId) void setAway(pageId, away).then(setAwayUntil); }} />
      {draft ? (
        <SettingsForm draft={draft} errors={errors} timeZones={timeZones} status={status} onChange={setDraft} onSubmit={() => void submit()} />
      ) : (
        <p role="status">{status.kind === 'error' ? t('options_save_failed', [status.message]) : t('popup_loading')}</p>
      )}
    </section>
  );
}
