// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '@/components/options/DataSection';
import { MAX_BACKUP_BYTES } from '@/core/file-transfer';
import type { ImportResult } from '@/core/messages';
import { act } from 'preact/test-utils';
import { buttonWith, click, LOCALES, renderIn, settle } from '../../support/locale-render';

function setup(importResult: ImportResult = { ok: true, messages: 120, threads: 14 }, locale: (typeof LOCALES)[number] = 'en', exportBytes = 28 * 1024 * 1024) {
  const handlers = { onExport: vi.fn(async () => ({ bytes: exportBytes })), onImport: vi.fn(async (_file: File) => importResult), onDeleteAll: vi.fn(async () => {}) };
  return { el: renderIn(locale, <DataSection {...handlers} />), ...handlers };
}

async function chooseFile(el: HTMLElement, file: string | File) {
  const input = el.querySelector<HTMLInputElement>('input[type="file"]')!;
  const chosen = typeof file === 'string' ? new File([file], 'backup.json', { type: 'application/json' }) : file;
  Object.defineProperty(input, 'files', { value: [chosen], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
  await settle();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('DataSection', () => {
  it('exports as JSON or CSV', async () => {
    const { el, onExport } = setup();
    click(buttonWith(el, 'Export everything (JSON)'));
    click(buttonWith(el, 'Export requests (CSV)'));
    await settle();
    expect(onExport.mock.calls).toEqual([['json'], ['csv']]);
    expect(el.querySelector('[role="status"]')?.textContent).toBe('Export downloaded.');
  });

  it('imports the chosen file and says what came in', async () => {
    const { el, onImport } = setup();
    await chooseFile(el, '{"format":"replyclock","version":1}');
    expect(await onImport.mock.calls[0]![0].text()).toBe('{"format":"replyclock","version":1}');
    expect(el.querySelector('[role="status"]')?.textContent).toBe('Imported 120 messages in 14 conversations.');
  });

  it('refuses a file larger than an import reads before reading it', async () => {
    const { el, onImport } = setup();
    const text = vi.fn(async () => '');
    const huge = Object.assign(new File(['{}'], 'huge.json'), { text });
    Object.defineProperty(huge, 'size', { value: MAX_BACKUP_BYTES + 1 });
    await chooseFile(el, huge);
    expect(text).not.toHaveBeenCalled();
    expect(onImport).not.toHaveBeenCalled();
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('Import failed, nothing was changed: This file is larger than 128 MB and was not imported.');
  });

  it('warns when an export comes near the size an import reads', async () => {
    const { el } = setup(undefined, 'en', 100 * 1024 * 1024);
    click(buttonWith(el, 'Export everything (JSON)'));
    await settle();
    expect(el.querySelector('[role="status"]')?.textContent).toBe('Export downloaded, but it is 100 MB and an import reads at most 128 MB: a slightly larger backup could not be imported.');
  });

  it.each([['en', 'names of customers and agents'], ['de', 'Namen von Kunden und Mitarbeitenden'], ['it', 'nomi di clienti e operatori'], ['da', 'navne på kunder og medarbejdere'], ['nb', 'navnene på kunder og medarbeidere']] as const)('says in %s that exports hold customer and agent names', (locale, names) => {
    const { el } = setup(undefined, locale);
    expect(el.querySelector('.help')?.textContent).toContain(names);
  });

  it('shows the background error clearly when the import is refused', async () => {
    const { el } = setup({ ok: false, error: 'This file is not a ReplyClock backup.' });
    await chooseFile(el, 'not json');
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('Import failed, nothing was changed: This file is not a ReplyClock backup.');
  });

  it('deletes everything only after the confirmation step', async () => {
    const { el, onDeleteAll } = setup();
    click(buttonWith(el, 'Delete all data…'));
    expect(el.textContent).toContain('This cannot be undone');
    click(buttonWith(el, 'Cancel'));
    expect(onDeleteAll).not.toHaveBeenCalled();
    click(buttonWith(el, 'Delete all data…'));
    click(buttonWith(el, 'Yes, delete everything'));
    await settle();
    expect(onDeleteAll).toHaveBeenCalledOnce();
    expect(el.querySelector('[role="status"]')?.textContent).toBe('All data deleted.');
  });

  it('the confirmation takes the focus on Cancel; closing it, by Cancel, Escape or deleting, gives it back to the button', async () => {
    const { el } = setup();
    const deleteAll = () => buttonWith(el, 'Delete all data…');
    click(deleteAll());
    expect(document.activeElement).toBe(buttonWith(el, 'Cancel'));
    click(buttonWith(el, 'Cancel'));
    expect(document.activeElement).toBe(deleteAll());
    click(deleteAll());
    act(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    });
    expect(el.textContent).not.toContain('This cannot be undone');
    expect(document.activeElement).toBe(deleteAll());
    click(deleteAll());
    click(buttonWith(el, 'Yes, delete everything'));
    await settle();
    expect(document.activeElement).toBe(deleteAll());
  });

  it.each(LOCALES)('every state in %s', async (locale) => {
    const { el } = setup({ ok: false, error: 'x' }, locale);
    await chooseFile(el, '{}');
    click(el.querySelector('.delete-all button')!);
    expect(el.querySelector('[role="alert"]')?.textContent).toMatch(/: x$/);
    expect(el.querySelectorAll('.delete-all button')).toHaveLength(2);
  });
});
