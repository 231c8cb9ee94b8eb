// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import * as connector from '@/components/popup/popup-connector';
import { PopupApp } from '@/components/popup/PopupApp';
import { overview, waitingThread } from '../../support/component-fixtures';
import { renderIn, settle } from '../../support/locale-render';

vi.mock('@/components/popup/popup-connector', () => ({
  activeInbox: vi.fn(),
  fetchOverview: vi.fn(),
  fetchOpenConversation: vi.fn(),
  fetchTemplates: vi.fn(),
  fetchOpenStanding: vi.fn(),
  onPageChanged: vi.fn(),
  openOptionsPage: vi.fn(),
  openReportPage: vi.fn(),
}));

const mocked = vi.mocked(connector);
const waitingHeading = (el: HTMLElement) => el.querySelector('#waiting-heading')?.textContent;

describe('PopupApp: the background says a Page changed', () => {
  let tellChanged: (pageId: string) => void;
  let el: HTMLElement;

  beforeEach(async () => {
    vi.resetAllMocks();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    mocked.activeInbox.mockResolvedValue({ tabId: 4, pageId: '111' });
    mocked.fetchOverview.mockResolvedValue(overview({ pageId: '111', waiting: [], waitingCount: 0 }));
    mocked.fetchOpenConversation.mockResolvedValue({ threadId: null, title: null, latestCustomerMessage: null, pageName: 'Nordlys Shop', agentName: null, composerFound: false });
    mocked.fetchTemplates.mockResolvedValue([]);
    mocked.fetchOpenStanding.mockResolvedValue(null);
    mocked.onPageChanged.mockImplementation((changed) => { tellChanged = changed; });
    el = renderIn('en', <PopupApp />);
    await settle();
    expect(waitingHeading(el)).toBe('Waiting (0)');
  });

  afterEach(() => {
    act(() => render(null, el));
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('shows a customer who wrote while it was open, without being reopened', async () => {
    mocked.fetchOverview.mockResolvedValue(overview({ pageId: '111', waiting: [waitingThread('a', 1, ['ok'], 'Sinta Dewi')] }));
    act(() => tellChanged('111'));
    await settle();
    expect(waitingHeading(el)).toBe('Waiting (1)');
    expect(el.textContent).toContain('Sinta Dewi');
  });

  it('asks again at most once a second during a burst, and not for another Page', async () => {
    const asked = () => mocked.fetchOverview.mock.calls.length;
    const before = asked();
    act(() => tellChanged('222'));
    await settle();
    expect(asked()).toBe(before);
    for (let i = 0; i < 5; i++) act(() => tellChanged('111'));
    await settle();
    expect(asked()).toBe(before + 1);
    await act(async () => { await vi.advanceTimersByTimeAsync(1_000); });
    await settle();
    expect(asked()).toBe(before + 2);
  });
});
