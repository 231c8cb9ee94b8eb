import { describe, expect, it } from 'vitest';
import { suggestionsFor } from '@/components/popup/suggestions';
import type { OpenConversation } from '@/core/messages';
import { STARTER_TEMPLATES } from '@/core/templates';

const open = (overrides: Partial<OpenConversation> = {}): OpenConversation => ({
  threadId: '123456789012345',
  title: 'Kari Nordmann',
  latestCustomerMessage: 'Hei! Når kommer pakken min? Sporingen sier ingenting',
  pageName: 'Nordlys Shop',
  agentName: 'Ola',
  composerFound: true,
  ...overrides,
});

describe('suggestionsFor', () => {
  it('ranks for the message language and topic, and fills the names in', () => {
    const state = suggestionsFor(open(), STARTER_TEMPLATES, null);
    expect(state.kind).toBe('ready');
    if (state.kind !== 'ready') return;
    expect(state.suggestions).toHaveLength(3);
    expect(state.suggestions[0]).toMatchObject({ templateId: 'starter-shipping-nb', title: 'Frakt' });
    expect(state.suggestions[0]!.text).toMatch(/^Hei Kari, vi sender/);
    expect(state.composerFound).toBe(true);
  });

  it('drops unknown names and uses the overview Page name when the inbox shows none', () => {
    const goodbye = STARTER_TEMPLATES.filter((t) => t.id === 'starter-goodbye-en').map((t) => ({ ...t, body: `${t.body}\n{page_name}` }));
    const state = suggestionsFor(open({ title: null, agentName: null, pageName: null, latestCustomerMessage: null }), goodbye, 'Corner Shop');
    expect(state).toMatchObject({ kind: 'ready', suggestions: [{ text: 'Is there anything else I can help you with?\nCorner Shop' }] });
  });

  it('no conversation open: nothing to suggest', () => {
    expect(suggestionsFor(open({ threadId: null, title: null }), STARTER_TEMPLATES, null)).toEqual({ kind: 'no-conversation' });
  });
});

describe('suggestionsFor: starters not yet edited', () => {
  it('marks an unedited starter, and not one the user has edited', () => {
    const shipping = STARTER_TEMPLATES.find((t) => t.id === 'starter-shipping-nb')!;
    const state = suggestionsFor(open(), [shipping, { ...shipping, id: 'mine', title: 'Levering' }], null);
    expect(state).toMatchObject({ kind: 'ready', suggestions: [{ templateId: 'starter-shipping-nb', uneditedStarter: true }, { templateId: 'mine', uneditedStarter: false }] });
  });
});
