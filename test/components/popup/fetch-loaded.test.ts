import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as connector from '@/components/popup/popup-connector';
import { fetchLoaded } from '@/components/popup/PopupApp';
import { overview } from '../../support/component-fixtures';

vi.mock('@/components/popup/popup-connector', () => ({
  activeInbox: vi.fn(),
  fetchOverview: vi.fn(),
  fetchOpenConversation: vi.fn(),
}));

const mocked = vi.mocked(connector);
const LAST_PAGE = overview({ pageId: '999', pageName: 'The Page seen last' });

describe('fetchLoaded: what the popup shows for the active tab', () => {
  beforeEach(() => {
    vi.resetAllMocks();
    // The background's fallback for a tab without a Page: the Page seen last.
    mocked.fetchOverview.mockResolvedValue(LAST_PAGE);
    mocked.fetchOpenConversation.mockResolvedValue({ threadId: null, title: null, latestCustomerMessage: null, pageName: 'Nordlys Shop', agentName: null, composerFound: false });
  });

  it('an inbox whose URL names no Page: "Page not known" with the name the inbox shows, not another Page\'s figures', async () => {
    mocked.activeInbox.mockResolvedValue({ tabId: 4, pageId: null });
    const loaded = await fetchLoaded();
    expect(loaded.view).toEqual({ kind: 'unknown-page', pageName: 'Nordlys Shop' });
    expect(loaded.overview).toBeNull();
  });

  it('no name either when the inbox\'s content script does not answer', async () => {
    mocked.activeInbox.mockResolvedValue({ tabId: 4, pageId: null });
    mocked.fetchOpenConversation.mockRejectedValue(new Error('Could not establish connection'));
    expect((await fetchLoaded()).view).toEqual({ kind: 'unknown-page', pageName: null });
  });

  it('an inbox of a Page: that Page\'s overview', async () => {
    mocked.activeInbox.mockResolvedValue({ tabId: 4, pageId: '999' });
    expect((await fetchLoaded()).view).toEqual({ kind: 'overview', overview: LAST_PAGE });
  });
});
