/** Settings, templates and Away for the options page and the popup. */
import type { ReplyOf, RequestOf } from '@/core/messages';
import { StoreWriteError } from '@/core/store/write-error';
import { loadSettings, saveSettings } from '@/core/settings';
import { setManualAway } from '@/core/store/away';
import { incrementTemplateUsage, listTemplates, replaceTemplates } from '@/core/store/templates';
import { isTemplateList } from '@/core/templates';
import { localeText } from './locale-text';
import { cachedPageIds, pageFigures } from './page-figures';
import { publishPage } from './publish';

export async function getSettings({ pageId }: RequestOf<'uiToBackground:settings'>): Promise<ReplyOf<'uiToBackground:settings'>> {
  return loadSettings(pageId);
}

/** Saves valid settings and applies them to the live figures at once; invalid ones are refused with the reason. */
export async function putSettings({ pageId, settings }: RequestOf<'uiToBackground:saveSettings'>, now: number): Promise<ReplyOf<'uiToBackground:saveSettings'>> {
  const saved = await saveSettings(pageId, settings);
  if (!saved.ok) return { ok: false, error: localeText(saved.error) };
  // The default applies to every Page without its own settings.
  const affected = pageId === null ? cachedPageIds() : [pageId];
  for (const id of affected) {
    const figures = await pageFigures(id);
    figures.applySettings(await loadSettings(id));
    await publishPage(id, now);
  }
  return { ok: true };
}

export async function switchAway({ pageId, away }: RequestOf<'uiToBackground:setAway'>, now: number): Promise<ReplyOf<'uiToBackground:setAway'>> {
  const awayUntil = await setManualAway(pageId, away, now).catch((error: unknown) => {
    throw new Error(localeText(StoreWriteError.from(error).messageKey));
  });
  await (await pageFigures(pageId)).reloadAway();
  await publishPage(pageId, now);
  return { awayUntil };
}

/** The user's templates; the starters come only when the user adds them in the options page. */
export async function getTemplates(): Promise<ReplyOf<'uiToBackground:templates'>> {
  return listTemplates();
}

/** Saves the whole list; a malformed list (or two templates with one id) is refused with a message and nothing changes. */
export async function putTemplates({ templates }: RequestOf<'optionsToBackground:saveTemplates'>): Promise<ReplyOf<'optionsToBackground:saveTemplates'>> {
  if (!isTemplateList(templates)) throw new Error(localeText('templates_error_invalid'));
  try {
    return await replaceTemplates(templates);
  } catch (error) {
    throw new Error(localeText(StoreWriteError.from(error).messageKey));
  }
}

export async function templateUsed({ templateId }: RequestOf<'popupToBackground:templateUsed'>): Promise<null> {
  await incrementTemplateUsage(templateId);
  return null;
}
