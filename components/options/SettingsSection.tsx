import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '@/core/settings';
import { useI18n } from '../i18n';
import { AwaySwitch } from './AwaySwitch';
import { closeOnEscape } from './keyboard';
import { PagePicker, pageLabel } from './PagePicker';
import { SettingsForm, type SettingsFormProps } from './SettingsForm';
import { draftOf, sameDraft, settingsOf, type DraftErrors, type SettingsDraft } from './settings-draft';

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
  // What is stored: the form warns while it differs (targets apply only once saved).
  const [stored, setStored] = useState<SettingsDraft | null>(null);
  const [awayUntil, setAwayUntil] = useState<number | null>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [status, setStatus] = useState<SettingsFormProps['status']>({ kind: 'idle' });
  // The Page picked while the form held changes not saved: switching waits for the user's answer.
  const [switchTo, setSwitchTo] = useState<{ pageId: string | null } | null>(null);
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => { if (switchTo) stay.current?.focus(); }, [switchTo]);

  useEffect(() => {
    setDraft(null);
    setStored(null);
    setErrors({});
    setStatus({ kind: 'idle' });
    load(pageId).then(
      (loaded) => { const loadedDraft = draftOf(loaded.settings, defaultTimeZone); setDraft(loadedDraft); setStored(loadedDraft); setAwayUntil(loaded.awayUntil); },
      (error: unknown) => setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [pageId]);

  /** Whether the draft was saved. */
  const submit = async (): Promise<boolean> => {
    if (!draft) return false;
    const checked = settingsOf(draft);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) { setStatus({ kind: 'idle' }); return false; }
    const refused = await save(pageId, checked.settings).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
    if (refused === null) setStored(draft);
    setStatus(refused === null ? { kind: 'saved' } : { kind: 'error', message: refused });
    return refused === null;
  };

  const unsaved = draft !== null && stored !== null && !sameDraft(draft, stored);
  const pick = (next: string | null) => {
    if (next === pageId) return setSwitchTo(null);
    if (unsaved) return setSwitchTo({ pageId: next });
    setPageId(next);
  };
  const switchNow = () => { if (switchTo) setPageId(switchTo.pageId); setSwitchTo(null); };
  const keepEditing = () => { setSwitchTo(null); document.getElementById('page-picker')?.focus(); };
  const switchName = (id: string | null) => (id === null ? t('options_page_default') : pageLabel(t, pages.find((p) => p.pageId === id) ?? { pageId: id, pageName: null }));
  useEffect(() => {
    if (!unsaved) return;
    // Leaving the page (or closing the tab) with changes not saved asks first.
    const warn = (event: BeforeUnloadEvent) => { event.preventDefault(); event.returnValue = ''; };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  return (
    <section class="settings" aria-labelledby="settings-section-heading">
      <h2 id="settings-section-heading">{t('options_settings_heading')}</h2>
      <PagePicker pages={pages} pageId={pageId} onChange={pick} />
      {switchTo && (
        // biome-ignore lint/a11y/useSemanticElements: an inline confirmation under the picker, as the template list's
        <div class="switch-confirm" role="group" aria-label={t('options_switch_unsaved', [switchName(switchTo.pageId)])} onKeyDown={closeOnEscape(keepEditing)}>
          <p>{t('options_switch_unsaved', [switchName(switchTo.pageId)])}</p>
          <button type="button" onClick={() => void submit().then((saved) => { if (saved) switchNow(); else setSwitchTo(null); })}>{t('options_switch_save')}</button>
          <button type="button" class="danger" onClick={switchNow}>{t('options_switch_discard')}</button>
          <button type="button" ref={stay} onClick={keepEditing}>{t('options_switch_stay')}</button>
        </div>
      )}
      <AwaySwitch pageChosen={pageId !== null} awayUntil={awayUntil} now={now} onSwitch={(away) => { if (pageId) void setAway(pageId, away).then(setAwayUntil); }} />
      {draft ? (
        <SettingsForm draft={draft} errors={errors} timeZones={timeZones} status={unsaved && status.kind !== 'error' ? { kind: 'unsaved' } : status} onChange={setDraft} onSubmit={() => void submit()} />
      ) : (
        <p role="status">{status.kind === 'error' ? t('options_save_failed', [status.message]) : t('popup_loading')}</p>
      )}
    </section>
  );
}
