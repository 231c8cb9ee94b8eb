import { describe, expect, it } from 'vitest';
import { conversationUrl, folderOf, inboxChannelOf, isConversationInbox, pageIdOf, sameInboxView, selectedThreadIdOf, threadTypeChannelOf } from '@/core/inbox/inbox-url';

const BASE = 'https://business.facebook.com/latest/inbox';
describe('page detection', () => {
  it.each([
    [`${BASE}/messenger?asset_id=111&mailbox_id=111&selected_item_id=100000000000001&thread_type=FB_MESSAGE`, 'messenger', '111', '100000000000001'],
    [`${BASE}/instagram_direct?asset_id=111&selected_item_id=340282366841710300949128138226312345678&thread_type=IG_MESSAGE`, 'instagram', '111', '340282366841710300949128138226312345678'],
    [`${BASE}/all?asset_id=222&business_id=9&nav_ref=x&bpn_id=1`, 'all', '222', null],
    [`${BASE}/whatsapp?mailbox_id=333`, 'whatsapp', '333', null],
    ['https://www.facebook.com/latest/inbox/messenger?asset_id=444', 'messenger', '444', null],
    [`${BASE}/facebook?asset_id=111`, null, '111', null],
    [`${BASE}/instagram?asset_id=111`, null, '111', null],
    ['https://business.facebook.com/latest/home?asset_id=111', null, '111', null],
    ['https://evil.example/latest/inbox/messenger?asset_id=1', null, '1', null],
    ['not a url', null, null, null],
  ])('%s', (url, channel, page, thread) => {
    expect(inboxChannelOf(url)).toBe(channel);
    expect(isConversationInbox(url)).toBe(channel !== null);
    expect(pageIdOf(url)).toBe(page);
    expect(selectedThreadIdOf(url)).toBe(thread);
  });

  it('reads thread_type and an explicit folder; ignores noise parameters when comparing views', () => {
    expect(threadTypeChannelOf(`${BASE}/all?thread_type=IG_MESSAGE`)).toBe('instagram');
    expect(threadTypeChannelOf(`${BASE}/all?thread_type=FB_MESSAGE`)).toBe('messenger');
    expect(folderOf(`${BASE}/messenger?folder=spam`)).toBe('spam');
    expect(folderOf(`${BASE}/messenger`)).toBeNull();
    expect(sameInboxView(`${BASE}/messenger?asset_id=1&nav_ref=a`, `${BASE}/messenger?asset_id=1&bpn_id=2`)).toBe(true);
    expect(sameInboxView(`${BASE}/messenger?asset_id=1`, `${BASE}/messenger?asset_id=1&selected_item_id=5`)).toBe(false);
  });
});

describe('conversation links', () => {
  it('opens the conversation the reader then reads back: the same Page, thread and channel', () => {
    const url = conversationUrl('111', '100000000000001');
    expect([inboxChannelOf(url), pageIdOf(url), selectedThreadIdOf(url), threadTypeChannelOf(url)]).toEqual(['messenger', '111', '100000000000001', 'messenger']);
  });
});
