/**
 * DOM → InboxSnapshot: which Page and channel, the list's rows, the open conversation, and health
 * (the hooks the reader looked for and did not find — names only, never page text).
 */
import { assignedAgentOf } from './assignment';
import type { InboxSnapshot, ListRowSnapshot, OpenThreadSnapshot, ReaderHealth } from './types';
import * as S from './selectors';
import { folderOf, inboxChannelOf, pageIdOf, selectedThreadIdOf, threadTypeChannelOf } from './inbox-url';
import { firstMatch } from './first-match';
import type { ReadContext } from './read-context';
import { readList, readListInSlices, type ListReading } from './read-list';
import type { TimeSlice } from '@/core/time-slices';
import { findDetailView, findTranscript, readTranscript } from './read-transcript';
import { searchAround, type Searchable } from './search-around';
import { rowKeyOf } from './thread-key';
import { SHOW_TEXT } from './node-filter';


/**
 * The customer's name in the open conversation's header (controls such as "Assign this
 * conversation" skipped); null while the header still shows the inbox's own name (first load).
 */
export function headerTitleOf(root: Searchable): { found: boolean; title: string | null } {
  const header = firstMatch(root, S.DETAIL_HEADER);
  if (!header) return { found: false, title: null };
  const walker = header.ownerDocument!.createTreeWalker(header, SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const value = text.textContent?.replace(/\s+/g, ' ').trim();
    if (value && !text.parentElement?.closest(S.HEADER_CONTROLS) && !text.parentElement?.closest(`[${S.OWN_NODE_ATTRIBUTE}]`)) return { found: true, title: S.HEADER_PLACEHOLDERS.includes(value) ? null : value };
  }
  return { found: true, title: null };
}

/**
 * BANNER's alternatives one by one: Chromium searches a 20,000-element page about twice as fast
 * with three one-attribute queries as with one selector list. Order does not matter (any banner
 * answers); BANNER is a plain list (no comma inside :is()/:not()), so a split on commas is exact.
 */
const BANNER_SELECTORS = S.BANNER.split(',').map((selector) => selector.trim());

/** True when a banner says the Page is scheduled to be away; null when none is recognised. */
export function awayBannerOf(root: Searchable): boolean | null {
  for (const selector of BANNER_SELECTORS) {
    for (const banner of root.querySelectorAll(selector)) {
      const text = banner.textContent ?? '';
      if (text.length < 400 && S.AWAY_BANNER_PATTERNS.some((p) => p.test(text))) return true;
    }
  }
  return null;
}

/** The open conversation, or null when none is open (no selected id, no header, no transcript). */
/** Text or a picture in the transcript beyond its date dividers: something a reader should have read. */
function transcriptShowsContent(transcript: Element): boolean {
  return !!transcript.querySelector('img, video') || /\p{L}{2,}[^\d]*\p{L}{2,}/u.test(transcript.textContent ?? '');
}

export interface OpenThreadReading { open: OpenThreadSnapshot | null; transcript: boolean | null; dropped: number; byLayout?: boolean }

export function readOpenThread(root: Searchable, url: string, ctx: ReadContext, problems: string[]): OpenThreadReading {
  const threadId = selectedThreadIdOf(url);
  const header = headerTitleOf(root);
  const detail = findDetailView(root);
  const transcript = findTranscript(root, detail);
  if (!threadId && !header.found && !detail && !transcript) return { open: null, transcript: null, dropped: 0 };
  if (!header.found) problems.push('detail-header');
  else if (!header.title) problems.push('detail-header-title');
  if (!transcript) {
    problems.push('transcript');
    return { open: { threadId, title: header.title, rowKey: header.title ? rowKeyOf(header.title) : null, channel: threadTypeChannelOf(url), messages: [] }, transcript: false, dropped: 0 };
  }
  const rowKey = header.title ? rowKeyOf(header.title) : null;
  const reading = readTranscript(transcript, ctx, { thread: threadId ?? rowKey });
  if (reading.dropped) problems.push('message-direction');
  // Bubbles shown and none read: the figures would leave this conversation out (the popup says so).
  if (!reading.messages.length && (reading.dropped || reading.unplaced || transcriptShowsContent(transcript))) problems.push('no-messages-read');
  return {
    open: { threadId, title: header.title, rowKey, channel: threadTypeChannelOf(url), messages: reading.messages.map((m) => m.message), assignedTo: assignedAgentOf(transcript) },
    transcript: true,
    dropped: reading.dropped,
    byLayout: reading.byLayout,
  };
}

/** A row element on the page and the conversation it shows. */
export interface RowElement { element: Element; key: string }

/**
 * The open conversation with its latest message timed by its list row (rules R13: the row's last
 * activity is that message's exact instant) when the row agrees on the side and the time lies
 * within the bounds the transcript gives; otherwise unchanged.
 */
export function withRowTime(open: OpenThreadSnapshot | null, rows: readonly ListRowSnapshot[]): OpenThreadSnapshot | null {
  const latest = open?.messages.at(-1);
  const row = open?.rowKey ? rows.find((r) => r.key === open.rowKey) : undefined;
  const at = row?.lastActivityAt ?? null;
  if (!open || !latest || !row || at === null || latest.atMin === null || latest.atMax === null) return open;
  if (row.lastFromPage !== null && row.lastFromPage !== (latest.from === 'page')) return open;
  if (at < latest.atMin || at > latest.atMax || latest.atMin === latest.atMax) return open;
  return { ...open, messages: [...open.messages.slice(0, -1), { ...latest, at, atMin: at, atMax: at, atQuality: 'utime' }] };
}

/**
 * Reads what the inbox page shows.
 *
 * @example readInbox(document, location.href, { now: Date.now(), timeZone: localTimeZone(), view: window })
 */
export function readInbox(root: ParentNode, url: string, ctx: ReadContext): InboxSnapshot {
  return readInboxAndRows(root, url, ctx).snapshot;
}

/** `readInbox`, and every rendered row element with its conversation's key, from the same one read of the rows. */
export function readInboxAndRows(root: ParentNode, url: string, ctx: ReadContext): InboxReading {
  return readAroundList(root, url, ctx, readList(root, ctx));
}

/**
 * `readInboxAndRows` in time slices (the first read of a large inbox): the rows in slices, then the
 * rest (the open conversation's transcript, the costlier part) in a task of its own.
 */
export async function readInboxAndRowsInSlices(root: ParentNode, url: string, ctx: ReadContext, slice: TimeSlice): Promise<InboxReading> {
  const list = await readListInSlices(root, ctx, slice);
  await slice.fresh();
  return readAroundList(root, url, ctx, list);
}

export interface InboxReading { snapshot: InboxSnapshot; rowElements: RowElement[] }

/** The snapshot from the list's rows and what lies around the list: the open conversation, banners, health. */
function readAroundList(root: ParentNode, url: string, ctx: ReadContext, list: ListReading): InboxReading {
  const problems: string[] = [];
  const listChannel = inboxChannelOf(url);
  if (!list.found) problems.push('thread-list');
  else if (list.untitled) problems.push('thread-title');
  if (list.found && list.rows.some((r) => r.row.lastActivityAt === null)) problems.push('row-time');
  // The header, the open conversation and the banners are looked for around the list, not through its rows.
  const around = list.hooked ? searchAround(root, list.hooked) : root;
  const open = readOpenThread(around, url, ctx, problems);
  const pageId = pageIdOf(url);
  if (!pageId) problems.push('url-asset-id');
  if (!listChannel) problems.push('url-channel');
  const health: ReaderHealth = { list: list.found, transcript: open.transcript, problems, ...(open.dropped ? { droppedMessages: open.dropped } : {}), ...(open.byLayout ? { messagesBy: 'layout' as const } : {}) };
  const snapshot: InboxSnapshot = {
    page: { id: pageId },
    channel: listChannel === null ? 'unknown' : listChannel,
    folder: folderOf(url),
    threads: list.rows.map((r) => r.row),
    open: withRowTime(open.open, list.rows.map((r) => r.row)),
    awayBanner: awayBannerOf(around),
    health,
  };
  return { snapshot, rowElements: list.rendered.map((r) => ({ element: r.element, key: r.row.key })) };
}
