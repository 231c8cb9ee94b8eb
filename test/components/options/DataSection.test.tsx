// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '@/components/options/DataSection';
import type { ImportResult } from '@/core/messages';
import { act } from 'preact/test-utils';
import { buttonWith, click, LOCALES, renderIn, settle } from '../locale-render';

function setup(importResult: ImportResult = { ok: true, messages: 120, threads: 14 }, locale: (typeof LOCALES)[number] = 'en') {
  const handlers = { onExport: vi.fn(async () => {}), onImport: vi.fn(async () => importResult), onDeleteAll: vi.fn(async () => {}) };
  return { el: renderIn(locale, <DataSection {...handlers} />), ...handlers };
}

async function chooseFile(el: HTMLElement, text: string) {
  const input = el.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json', { type: 'application/json' })], configurable: true });
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
    expect(onImport).toHaveBeenCalledWith('{"format":"replyclock","version":1}');
    expect(el.querySelector('[role="status"]')?.textContent).toBe('Imported 120 messages in 14 conversations.');
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
