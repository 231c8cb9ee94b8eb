// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TemplatesSection } from '@/components/options/TemplatesSection';
import type { Template } from '@/core/templates';
import { act } from 'preact/test-utils';
import { buttonWith, click, fieldLabelled, LOCALES, renderIn, settle, typeInto } from '../../support/locale-render';

const tpl = (id: string, title: string, order: number): Template => ({ id, title, body: `Hi {first_name}, about ${title}.`, language: 'en', keywords: [], usage: order, order });
const TEMPLATES = [tpl('a', 'Shipping', 0), tpl('b', 'Returns', 1), tpl('c', 'Hours', 2)];

function setup(onSave = vi.fn(async (list: Template[]) => list)) {
  const el = renderIn('en', <TemplatesSection templates={TEMPLATES} onSave={onSave} newId={() => 'new-1'} />);
  const titles = () => [...el.querySelectorAll('.template-title')].map((t) => t.textContent);
  return { el, onSave, titles };
}

const byLabel = (el: HTMLElement, label: string) => el.querySelector<HTMLButtonElement>(`[aria-label="${label}"]`)!;
/** Escape pressed where the focus is, as a keyboard user would. */
function pressEscape(): void {
  act(() => {
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('TemplatesSection', () => {
  it('creates a template: problems first, then a live preview, then saved at the end of the list', async () => {
    const { el, onSave, titles } = setup();
    click(buttonWith(el, 'New template'));
    click(buttonWith(el, 'Save template'));
    expect(el.querySelector('.errors')?.textContent).toBe('Give the template a title.Write the text of the reply.');
    expect(onSave).not.toHaveBeenCalled();

    typeInto(fieldLabelled(el, 'Title'), 'Thanks');
    typeInto(fieldLabelled(el, 'Keywords'), 'thanks, Great ,');
    typeInto(fieldLabelled(el, 'Text'), 'Thank you {first_name}! – {agent_name}, {page_name}');
    expect(el.querySelector('.preview-text')?.textContent).toBe('Thank you Emma! – Sam, Corner Shop');
    expect(fieldLabelled(el, 'Keywords').value).toBe('thanks, Great ,');

    click(buttonWith(el, 'Save template'));
    await settle();
    expect(onSave).toHaveBeenCalledOnce();
    const saved = onSave.mock.calls[0]![0];
    expect(saved.at(-1)).toMatchObject({ id: 'new-1', title: 'Thanks', keywords: ['thanks', 'great'], order: 3, language: 'en' });
    expect(titles()).toEqual(['Shipping', 'Returns', 'Hours', 'Thanks']);
    expect(el.querySelector('.template-editor')).toBeNull();
    expect(el.querySelector('.status')?.textContent).toBe('Saved.');
  });

  it('flags a misspelt variable instead of saving it', () => {
    const { el, onSave } = setup();
    click(buttonWith(el, 'New template'));
    typeInto(fieldLabelled(el, 'Title'), 'X');
    typeInto(fieldLabelled(el, 'Text'), 'Hi {firstname}');
    click(buttonWith(el, 'Save template'));
    expect(el.querySelector('.errors')?.textContent).toContain('a variable ReplyClock does not know');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('edits a template in place', async () => {
    const { el, onSave, titles } = setup();
    click(el.querySelector('[aria-label="Edit “Returns”"]')!);
    expect(fieldLabelled(el, 'Title').value).toBe('Returns');
    expect(document.activeElement).toBe(fieldLabelled(el, 'Title'));
    typeInto(fieldLabelled(el, 'Title'), 'Returns and refunds');
    typeInto(fieldLabelled(el, 'Language'), 'de', 'change');
    click(buttonWith(el, 'Save template'));
    await settle();
    expect(onSave.mock.calls[0]![0][1]).toMatchObject({ id: 'b', title: 'Returns and refunds', language: 'de', order: 1 });
    expect(titles()).toEqual(['Shipping', 'Returns and refunds', 'Hours']);
  });

  it('reorders with the up and down buttons; the ends are disabled', async () => {
    const { el, titles } = setup();
    expect(el.querySelector<HTMLButtonElement>('[aria-label="Move “Shipping” up"]')!.disabled).toBe(true);
    expect(el.querySelector<HTMLButtonElement>('[aria-label="Move “Hours” down"]')!.disabled).toBe(true);
    click(el.querySelector('[aria-label="Move “Hours” up"]')!);
    await settle();
    expect(titles()).toEqual(['Shipping', 'Hours', 'Returns']);
    click(el.querySelector('[aria-label="Move “Shipping” down"]')!);
    await settle();
    expect(titles()).toEqual(['Hours', 'Shipping', 'Returns']);
  });

  it('deletes only after confirmation', async () => {
    const { el, onSave, titles } = setup();
    click(el.querySelector('[aria-label="Delete “Returns”"]')!);
    expect(el.textContent).toContain('Delete “Returns”?');
    click(buttonWith(el, 'Keep it'));
    expect(onSave).not.toHaveBeenCalled();
    click(el.querySelector('[aria-label="Delete “Returns”"]')!);
    click(buttonWith(el, 'Yes, delete'));
    await settle();
    expect(titles()).toEqual(['Shipping', 'Hours']);
  });

  it('says why when the background refuses, and keeps the list', async () => {
    const { el, titles } = setup(vi.fn(async () => { throw new Error('Storage is full'); }));
    click(el.querySelector('[aria-label="Move “Hours” up"]')!);
    await settle();
    expect(el.querySelector('.status')?.textContent).toBe('Not saved: Storage is full');
    expect(titles()).toEqual(['Shipping', 'Returns', 'Hours']);
  });

  it.each(LOCALES)('renders the list and the editor in %s', (locale) => {
    const el = renderIn(locale, <TemplatesSection templates={TEMPLATES} onSave={async (l) => l} newId={() => 'n'} />);
    click(el.querySelectorAll('.template-actions button')[2]!); // edit the first
    click(el.querySelectorAll('.template-actions button')[3]!); // ask to delete it
    expect(el.querySelector('.preview-text')?.textContent).toMatch(/^Hi \p{L}+, about Shipping\.$/u);
  });
});

describe('TemplatesSection keyboard: focus never falls to <body>, Escape closes', () => {
  it('the delete confirmation takes the focus on "Keep it", and gives it back to Delete on Keep it or Escape', () => {
    const { el, onSave } = setup();
    click(byLabel(el, 'Delete “Returns”'));
    expect(document.activeElement).toBe(buttonWith(el, 'Keep it'));
    click(buttonWith(el, 'Keep it'));
    expect(document.activeElement).toBe(byLabel(el, 'Delete “Returns”'));
    click(byLabel(el, 'Delete “Returns”'));
    pressEscape();
    expect(el.textContent).not.toContain('Delete “Returns”?');
    expect(document.activeElement).toBe(byLabel(el, 'Delete “Returns”'));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('after a delete the next template takes the focus; after the last one, the empty list says so with the focus', async () => {
    const { el, titles } = setup();
    click(byLabel(el, 'Delete “Returns”'));
    click(buttonWith(el, 'Yes, delete'));
    await settle();
    expect(titles()).toEqual(['Shipping', 'Hours']);
    expect(document.activeElement).toBe(byLabel(el, 'Edit “Hours”'));
    for (const title of ['Hours', 'Shipping']) {
      click(byLabel(el, `Delete “${title}”`));
      click(buttonWith(el, 'Yes, delete'));
      await settle();
    }
    expect(document.activeElement).toBe(el.querySelector('.empty'));
  });

  it('a template moved to the top keeps the focus on its other move button', async () => {
    const { el, titles } = setup();
    byLabel(el, 'Move “Returns” up').focus();
    click(byLabel(el, 'Move “Returns” up'));
    await settle();
    expect(titles()).toEqual(['Returns', 'Shipping', 'Hours']);
    expect(document.activeElement).toBe(byLabel(el, 'Move “Returns” down'));
    click(byLabel(el, 'Move “Shipping” up'));
    await settle();
    expect(document.activeElement).toBe(byLabel(el, 'Move “Shipping” down'));
  });

  it('cancelling the editor (button or Escape) gives the focus back to what opened it', async () => {
    const { el } = setup();
    click(byLabel(el, 'Edit “Returns”'));
    click(buttonWith(el, 'Cancel'));
    expect(el.querySelector('.template-editor')).toBeNull();
    expect(document.activeElement).toBe(byLabel(el, 'Edit “Returns”'));
    click(buttonWith(el, 'New template'));
    expect(document.activeElement).toBe(fieldLabelled(el, 'Title'));
    pressEscape();
    expect(el.querySelector('.template-editor')).toBeNull();
    expect(document.activeElement).toBe(buttonWith(el, 'New template'));
    click(buttonWith(el, 'New template'));
    typeInto(fieldLabelled(el, 'Title'), 'Thanks');
    typeInto(fieldLabelled(el, 'Text'), 'Thank you!');
    click(buttonWith(el, 'Save template'));
    await settle();
    expect(document.activeElement).toBe(byLabel(el, 'Edit “Thanks”'));
  });

  it('lists the editor\'s errors in a live region around a list, each tied to its field', () => {
    const { el } = setup();
    click(buttonWith(el, 'New template'));
    click(buttonWith(el, 'Save template'));
    const alert = el.querySelector('[role="alert"]')!;
    expect(alert.tagName).not.toBe('UL');
    expect(alert.querySelectorAll('ul > li')).toHaveLength(2);
    const described = (field: Element) => (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
    const title = fieldLabelled(el, 'Title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(described(title)).toContain('Give the template a title.');
    const body = fieldLabelled(el, 'Text');
    expect(body.getAttribute('aria-invalid')).toBe('true');
    expect(described(body)).toContain('Write the text of the reply.');
  });
});

describe('TemplatesSection starters: on request, in the languages picked, marked until edited', () => {
  const saver = () => vi.fn(async (list: Template[]) => list);

  it('offers the browser\'s language first and only ticks it; adds its six starters, each marked "edit before use"', async () => {
    const onSave = saver();
    const el = renderIn('de', <TemplatesSection templates={[]} onSave={onSave} newId={() => 'n'} />);
    const languages = [...el.querySelectorAll<HTMLLabelElement>('.starters label')];
    expect(languages.map((l) => l.textContent)).toEqual(['Deutsch', 'Englisch', 'Italienisch', 'Dänisch', 'Norwegisch (Bokmål)']);
    expect(languages.map((l) => l.querySelector('input')!.checked)).toEqual([true, false, false, false, false]);
    click(buttonWith(el, 'Startvorlagen hinzufügen'));
    await settle();
    expect(onSave.mock.calls[0]![0].map((t) => t.language)).toEqual(Array(6).fill('de'));
    expect(el.querySelectorAll('.template-row')).toHaveLength(6);
    expect(el.querySelectorAll('.edit-before-use')).toHaveLength(6);
    expect(el.querySelector('.edit-before-use')!.textContent).toBe('vor Verwendung bearbeiten');
    expect(el.querySelector('.starters [role="status"]')!.textContent).toBe('Startvorlagen hinzugefügt: 6. Bearbeite sie vor der Verwendung.');
  });

  it('an edited starter loses the mark', async () => {
    const el = renderIn('en', <TemplatesSection templates={[]} onSave={saver()} newId={() => 'n'} />);
    click(buttonWith(el, 'Add starter templates'));
    await settle();
    click(el.querySelector('[aria-label="Edit “Shipping”"]')!);
    typeInto(fieldLabelled(el, 'Text'), 'Hi {first_name}, we ship the same day.');
    click(buttonWith(el, 'Save template'));
    await settle();
    const shipping = [...el.querySelectorAll('.template-row')].find((row) => row.textContent?.includes('Shipping'))!;
    expect(shipping.querySelector('.edit-before-use')).toBeNull();
    expect(el.querySelectorAll('.edit-before-use')).toHaveLength(5);
  });
});

describe('TemplatesSection language filter and bulk delete', () => {
  const german = (id: string, title: string, order: number): Template => ({ ...tpl(id, title, order), language: 'de' });
  const MIXED = [tpl('a', 'Shipping', 0), german('b', 'Versand', 1), tpl('c', 'Hours', 2), german('d', 'Rückgabe', 3)];

  it('shows one language, then deletes all those shown after one confirmation; the focus goes to the filter', async () => {
    const onSave = vi.fn(async (list: Template[]) => list);
    const el = renderIn('en', <TemplatesSection templates={MIXED} onSave={onSave} newId={() => 'n'} />);
    const filter = fieldLabelled(el, 'Show');
    typeInto(filter, 'de', 'change');
    expect([...el.querySelectorAll('.template-title')].map((t) => t.textContent)).toEqual(['Versand', 'Rückgabe']);
    click(buttonWith(el, 'Delete the templates shown (2)'));
    expect(el.textContent).toContain('Delete these templates (2)? This cannot be undone.');
    expect(document.activeElement?.textContent).toBe('Cancel');
    click(buttonWith(el, 'Delete them'));
    await settle();
    expect(onSave.mock.calls[0]![0].map((t) => t.id)).toEqual(['a', 'c']);
    expect([...el.querySelectorAll('.template-title')].map((t) => t.textContent)).toEqual(['Shipping', 'Hours']);
    expect(document.activeElement).toBe(fieldLabelled(el, 'Show'));
  });

  it('Escape on the bulk confirmation deletes nothing and gives the focus back to its button', () => {
    const onSave = vi.fn(async (list: Template[]) => list);
    const el = renderIn('en', <TemplatesSection templates={MIXED} onSave={onSave} newId={() => 'n'} />);
    click(buttonWith(el, 'Delete the templates shown (4)'));
    pressEscape();
    expect(onSave).not.toHaveBeenCalled();
    expect(document.activeElement?.textContent).toBe('Delete the templates shown (4)');
  });
});
