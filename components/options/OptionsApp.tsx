import { useEffect, useState } from 'preact/hooks';
import type { Template } from '@/core/templates';
import { AgentsSection } from '@/components/options/AgentsSection';
import { DataSection } from '@/components/options/DataSection';
import { reportUrl } from '@/core/report-url';
import { Options } from '@/components/options/Options';
import { SettingsSection } from '@/components/options/SettingsSection';
import { TemplatesSection } from '@/components/options/TemplatesSection';
import { useI18n } from '@/components/i18n';
import { localTimeZone, supportedTimeZones } from '@/core/time-zone';
import * as connector from './options-connector';

const TIME_ZONES = supportedTimeZones();
const BROWSER_ZONE = localTimeZone();

/** Loads templates and Pages, then hands each section its data and the background calls. */
export function OptionsApp() {
  const { t } = useI18n();
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [pages, setPages] = useState<Array<{ pageId: string; pageName: string | null }>>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Remounting the sections after an import or a delete shows what is stored now.
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    setTemplates(null);
    Promise.all([connector.fetchTemplates(), connector.fetchPages()]).then(
      ([loaded, knownPages]) => { setTemplates(loaded); setPages(knownPages); },
      (error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)),
    );
  }, [generation]);

  return (
    <Options>
      {loadError && <p class="field-error" role="alert">{t('popup_error', [loadError])}</p>}
      <p><a href={reportUrl(null)} target="_blank" rel="noopener">{t('options_report_link')}</a></p>
      <SettingsSection
        key={`settings-${generation}`}
        pages={pages}
        timeZones={TIME_ZONES}
        defaultTimeZone={BROWSER_ZONE}
        now={Date.now()}
        load={connector.fetchSettings}
        save={connector.saveSettings}
        setAway={connector.setAway}
      />
      {/* Settings come first: a new user's first question is the targets, not thirty templates. */}
      {templates ? <TemplatesSection key={generation} templates={templates} onSave={connector.saveTemplates} newId={() => crypto.randomUUID()} /> : <p role="status">{t('popup_loading')}</p>}
      <AgentsSection key={`agents-${generation}`} pages={pages} load={connector.fetchAgentNames} save={connector.saveAgentNames} />
      <DataSection
        onExport={connector.downloadExport}
        onImport={async (file) => {
          const result = await connector.importBackup(file);
          if (result.ok) setGeneration((g) => g + 1);
          return result;
        }}
        onDeleteAll={async () => {
          await connector.deleteAll();
          setGeneration((g) => g + 1);
        }}
      />
    </Options>
  );
}
