import { useState } from 'preact/hooks';
import { TEMPLATE_LANGUAGES, templateLanguageOfLocale, type TemplateLanguage } from '@/core/templates';
import { useI18n } from '../i18n';
import { languageName } from './language-name';

export interface StarterTemplatesProps {
  /** Adds the starters of these languages that the list lacks; answers how many it added. */
  onAdd: (languages: TemplateLanguage[]) => Promise<number>;
}

/** The languages to offer, the browser's own first (and the only one ticked at first). */
export function starterLanguageChoices(locale: string): { languages: TemplateLanguage[]; ticked: TemplateLanguage[] } {
  const own = templateLanguageOfLocale(locale);
  return own ? { languages: [own, ...TEMPLATE_LANGUAGES.filter((l) => l !== own)], ticked: [own] } : { languages: [...TEMPLATE_LANGUAGES], ticked: [] };
}

/** Adds ready-made replies on request, only in the languages the user ticks. */
export function StarterTemplates({ onAdd }: StarterTemplatesProps) {
  const { t, locale } = useI18n();
  const [{ languages, ticked: initial }] = useState(() => starterLanguageChoices(locale));
  const [ticked, setTicked] = useState<TemplateLanguage[]>(initial);
  const [note, setNote] = useState('');
  const toggle = (language: TemplateLanguage, on: boolean) =>
    setTicked((now) => (on ? languages.filter((l) => l === language || now.includes(l)) : now.filter((l) => l !== language)));
  const add = async () => {
    if (ticked.length === 0) return setNote(t('options_starters_pick_language'));
    const added = await onAdd(ticked);
    setNote(added > 0 ? t('options_starters_added', [added]) : t('options_starters_none_new'));
  };

  return (
    <fieldset class="starters">
      <legend>{t('options_starters_heading')}</legend>
      <p class="help" id="starters-help">{t('options_starters_help')}</p>
      <fieldset class="starter-languages">
        <legend>{t('options_starters_languages')}</legend>
        {languages.map((language) => (
          <label class="inline" key={language}>
            <input type="checkbox" checked={ticked.includes(language)} onChange={(e) => toggle(language, e.currentTarget.checked)} />
            {languageName(language, locale)}
          </label>
        ))}
      </fieldset>
      <button type="button" aria-describedby="starters-help" onClick={() => void add()}>{t('options_starters_add')}</button>
      <p class="status" role="status">{note}</p>
    </fieldset>
  );
}
