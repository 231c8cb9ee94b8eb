// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgentsSection } from '@/components/options/AgentsSection';
import { buttonWith, click, fieldLabelled, renderIn, settle, typeInto } from '../../support/locale-render';

afterEach(() => { document.body.innerHTML = ''; });

describe('AgentsSection', () => {
  it('renames one agent and merges two names into one', async () => {
    const load = vi.fn(async () => [{ shown: 'Fah S.', name: 'Fah S.' }, { shown: 'Fah Somchai', name: 'Fah Somchai' }, { shown: 'jonas', name: 'jonas' }]);
    const save = vi.fn(async () => true);
    const el = renderIn('en', <AgentsSection pages={[{ pageId: '111', pageName: 'Shop' }]} load={load} save={save} />);
    await settle();
    expect(load).toHaveBeenCalledWith('111');
    typeInto(fieldLabelled(el, 'Name for “Fah S.”'), 'Fah Somchai');
    typeInto(fieldLabelled(el, 'Name for “jonas”'), 'Jonas Lind');
    click(buttonWith(el, 'Save names'));
    await settle();
    expect(save).toHaveBeenCalledWith('111', { 'Fah S.': 'Fah Somchai', 'Fah Somchai': 'Fah Somchai', jonas: 'Jonas Lind' });
    expect(el.querySelector('[role="status"]')?.textContent).toBe('Names saved.');
  });

  it('says so when the names were refused or could not be saved', async () => {
    const save = vi.fn(async () => false);
    const el = renderIn('en', <AgentsSection pages={[{ pageId: '111', pageName: null }]} load={async () => [{ shown: 'A', name: 'A' }]} save={save} />);
    await settle();
    click(buttonWith(el, 'Save names'));
    await settle();
    expect(el.querySelector('[role="status"]')?.textContent).toBe('The names were not saved: a name can be at most 200 characters.');
  });
});
