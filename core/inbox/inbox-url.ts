/**
 * Page detection: pure functions over a URL. The match patterns of the Business Suite inbox are the
 * only pages ReplyClock runs on and the only hosts it is allowed to touch (manifest host permissions
 * and content-script matches).
 */
import type { Folder } from '@/core/metrics';
import { CHANNEL_PATHS, URL_PARAMS } from './selectors';

export const INBOX_MATCHES = [
  'https://business.facebook.com/latest/inbox/*',
  'https://www.facebook.com/latest/inbox/*',
];

const INBOX_HOSTS = new Set(['business.facebook.com', 'www.facebook.com']);
const INBOX_PATH = /^\/latest\/inbox\/([a-z_]+)\/?$/;

/** The last string parsed and its URL: every batch asks the same page URL several questions. Read only. */
let lastParsed: { href: string; url: URL | null } | null = null;

function parse(url: string | URL): URL | null {
  if (typeof url !== 'string') return url;
  if (lastParsed?.href === url) return lastParsed.url;
  let parsed: URL | null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  lastParsed = { href: url, url: parsed };
  return parsed;
}

/** The channel a conversation inbox URL shows, or null when it is not a conversation inbox (e.g. comments at /latest/inbox/facebook). */
export function inboxChannelOf(url: string | URL): 'messenger' | 'instagram' | 'whatsapp' | 'all' | null {
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || !INBOX_HOSTS.has(u.hostname)) return null;
  const segment = INBOX_PATH.exec(u.pathname)?.[1];
  return segment ? (CHANNEL_PATHS[segment] ?? null) : null;
}

/** True on a conversation inbox page (Messenger, Instagram Direct, WhatsApp or All). */
export function isConversationInbox(url: string | URL): boolean {
  return inboxChannelOf(url) !== null;
}

/** Page and thread ids are digits (a Page's `asset_id`, a conversation's `selected_item_id`). */
export function isNumericId(value: string): boolean {
  return /^\d+$/.test(value);
}

/** The Page id: `asset_id`, else `mailbox_id`. */
export function pageIdOf(url: string | URL): string | null {
  const u = parse(url);
  for (const name of URL_PARAMS.page) {
    const value = u?.searchParams.get(name);
    if (value && isNumericId(value)) return value;
  }
  return null;
}

/** The open conversation: `selected_item_id` (digits only; ~15 for Messenger, ~39 for Instagram). */
export function selectedThreadIdOf(url: string | URL): string | null {
  const value = parse(url)?.searchParams.get(URL_PARAMS.thread);
  return value && isNumericId(value) ? value : null;
}

/** The open conversation's channel from `thread_type` (FB_MESSAGE, IG_MESSAGE, WA_MESSAGE…), when present. */
export function threadTypeChannelOf(url: string | URL): 'messenger' | 'instagram' | 'whatsapp' | null {
  const value = parse(url)?.searchParams.get(URL_PARAMS.threadType)?.toUpperCase() ?? '';
  if (value.startsWith('FB')) return 'messenger';
  if (value.startsWith('IG')) return 'instagram';
  if (value.startsWith('WA') || value.includes('WHATSAPP')) return 'whatsapp';
  return null;
}

const FOLDERS: Record<string, Folder> = { inbox: 'inbox', main: 'inbox', done: 'done', archived: 'done', spam: 'spam', follow_up: 'followup', followup: 'followup' };

/** The folder, when the URL names one (no public evidence that it does; null otherwise). */
export function folderOf(url: string | URL): Folder | null {
  const u = parse(url);
  for (const name of URL_PARAMS.folder) {
    const value = u?.searchParams.get(name)?.toLowerCase();
    if (value && FOLDERS[value]) return FOLDERS[value]!;
  }
  return null;
}

/**
 * The Messenger inbox with one conversation open, as Business Suite's own links open it.
 *
 * @example conversationUrl('111', '100000000000001') // https://business.facebook.com/latest/inbox/messenger?asset_id=111&selected_item_id=100000000000001&thread_type=FB_MESSAGE
 */
export function conversationUrl(pageId: string, threadId: string): string {
  const url = new URL('https://business.facebook.com/latest/inbox/messenger');
  url.searchParams.set(URL_PARAMS.page[0], pageId);
  url.searchParams.set(URL_PARAMS.thread, threadId);
  url.searchParams.set(URL_PARAMS.threadType, 'FB_MESSAGE');
  return url.href;
}

/** Same page, same conversation: noise parameters (nav_ref, bpn_id, …) do not make a navigation. */
export function sameInboxView(a: string | URL, b: string | URL): boolean {
  return inboxChannelOf(a) === inboxChannelOf(b) && pageIdOf(a) === pageIdOf(b) && selectedThreadIdOf(a) === selectedThreadIdOf(b) && folderOf(a) === folderOf(b);
}

/** The Page of a conversation inbox tab's URL; null for any other URL (or none). */
export function inboxPageIdOf(url: string | undefined): string | null {
  return url && isConversationInbox(url) ? pageIdOf(url) : null;
}
