// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://business.facebook.com/latest/inbox/all?asset_id=111"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startInboxTab, type TabBadges } from '@/core/inbox-tab/inbox-tab';
import type { ThreadBadgeState } from '@/core/messages';

const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

function waiting(threadId: string): ThreadBadgeState {
  const requestAt = Date.UTC(2026, 10, 23, 9, 0);
  return { threadId, rowKey: `title:${threadId}`, title: null, channel: 'messenger', timeTargetSeconds: 900, requestAt, waitingSeconds: 60, lateAt: requestAt + 900_000, replyDeadline: requestAt + 86_400_000, states: [], standing: null };
}

/** Starts the tab on Page 111 with the background answering the first full set of states with `sinta`. */
async function startTab(): Promise<{ setStates: ReturnType<typeof vi.fn> }> {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (envelope: { type: string }) =>
    envelope.type === 'contentToBackground:threadStates' ? { ok: true, value: { states: [waiting('sinta')] } } : new Promise(() => {})) as never);
  const controller = new AbortController();
  controllers.push(controller);
  const badges = { attach: vi.fn(), prune: vi.fn(), setStates: vi.fn() } satisfies TabBadges;
  startInboxTab({ lifetime: { signal: controller.signal, ended: () => controller.signal.aborted }, badges, report: () => () => {} });
  await vi.waitFor(() => expect(badges.setStates).toHaveBeenCalled());
  return badges;
}

/** What the background pushes after another tab's batch. */
function backgroundPushes(pageId: string, states: ThreadBadgeState[], removed: string[]) {
  return fakeBrowser.runtime.onMessage.trigger({ type: 'backgroundToContent:threadStates', payload: { pageId, risk: 'none', states, partial: true, removed } }, { id: fakeBrowser.runtime.id });
}

describe('an inbox tab', () => {
  it('shows every state of its Page at start', async () => {
    const { setStates } = await startTab();
    expect(setStates).toHaveBeenCalledWith([waiting('sinta')], null);
  });

  it("merges the background's partial pushes for its Page and ignores another Page's", async () => {
    const { setStates } = await startTab();
    setStates.mockClear();
    await backgroundPushes('222', [waiting('lars')], []);
    expect(setStates).not.toHaveBeenCalled();
    await backgroundPushes('111', [waiting('lars')], ['sinta']);
    expect(setStates).toHaveBeenCalledWith([waiting('lars')], ['sinta']);
  });
});
