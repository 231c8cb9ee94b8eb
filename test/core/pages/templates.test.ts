import { beforeEach, describe, expect, it } from 'vitest';
import { getTemplates, putTemplates } from '@/core/pages/options';
import { starterTemplatesToAdd } from '@/core/templates';
import { inboxUrl, startBackground } from '../../support/background-harness';

beforeEach(async () => { await startBackground([{ id: 1, url: inboxUrl('111'), active: true }]); });

describe('templates on first run', () => {
  it('a new install starts with no templates: starters come only on request', async () => {
    expect(await getTemplates()).toEqual([]);
  });

  it('keeps the starters the user added, and no others', async () => {
    await putTemplates({ templates: starterTemplatesToAdd(['da'], []) });
    expect((await getTemplates()).map((t) => t.language)).toEqual(Array(6).fill('da'));
  });
});
