/** The user's reply templates. */
import type { Template } from '@/core/templates';
import { openStore } from './connection';
import { writeAllOrNothing } from './write-error';

export async function listTemplates(): Promise<Template[]> {
  const templates = await (await openStore()).getAll('templates');
  return templates.sort((a, b) => a.order - b.order);
}

/** Replaces the whole list (the options page edits it as one). */
export async function replaceTemplates(templates: readonly Template[]): Promise<Template[]> {
  const db = await openStore();
  const tx = db.transaction('templates', 'readwrite');
  // All or nothing: a put that fails must not leave the list cleared.
  await writeAllOrNothing(tx, async () => {
    await tx.objectStore('templates').clear();
    for (const template of templates) await tx.objectStore('templates').put(template);
  });
  return listTemplates();
}

export async function incrementTemplateUsage(templateId: string): Promise<void> {
  const db = await openStore();
  const tx = db.transaction('templates', 'readwrite');
  const template = await tx.store.get(templateId);
  if (template) await tx.store.put({ ...template, usage: template.usage + 1 });
  await tx.done;
}

