/**
 * One run of the content script on one inbox view: read, send, watch, badge, report health.
 * In-app navigation aborts the run and starts a new one, like a page load.
 */
import type { ObservationBatch } from '@/core/messages';
import { readInbox, readInboxAndRowsInSlices, type RowElement } from '@/core/inbox/read';
import { TimeSlice } from '@/core/time-slices';
import type { ReadContext } from '@/core/inbox/read-context';
import { watchInbox, type InboxChange } from '@/core/inbox/watch';
import { localTimeZone } from '@/core/time-zone';
import { folderOf, inboxChannelOf, pageIdOf, sameInboxView, selectedThreadIdOf } from '@/core/inbox/inbox-url';
import { findThreadList } from '@/core/inbox/read-list';
import { findTranscript } from '@/core/inbox/read-transcript';
import { pageNameOf } from '@/core/inbox/page-scope';
import { findDetailHeader } from '@/core/inbox/page-parts';
import { toObservationBatch, type FirstSeen } from '@/core/observations/outbox';
import type { InboxSnapshot, ReaderHealth } from '@/core/inbox/types';

/** Where a session puts its badges: the badge layer (components/badges) in the content script. */
export interface RowBadges {
  attach(anchor: Element, key: string | null, threadId?: string | null, live?: boolean): void;
  /** Takes down the badges whose row left the page (before a batch's rows are attached). */
  prune(): void;
}

export interface SessionDeps {
  firstSeen: FirstSeen;
  send: (batch: ObservationBatch) => void;
  reportHealth: (health: ReaderHealth) => void;
  badges: RowBadges;
  onNavigate: () => void;
  /** Reports a failure inside the run without throwing into the page. */
  onError: (error: unknown) => void;
}

/** How long the list or transcript may be missing on an inbox page before health says so. */
const GRACE_MS = 5000;
const HEALTH_CHECK_MS = 15_000;
/** How long a view whose Page name was not found waits before looking for it again. */
const PAGE_NAME_RETRY_MS = 30_000;

export function readContext(): Omit<ReadContext, 'view'> {
  const now = Date.now();
  return { now, timeZone: localTimeZone(now), locale: document.documentElement.getAttribute('lang') };
}

export function startSession(signal: AbortSignal, deps: SessionDeps): void {
  const url = location.href;
  const pageId = pageIdOf(url);
  const channel = inboxChannelOf(url) ?? 'unknown';
  let last: InboxSnapshot | null = null;
  let awayBanner: boolean | null = null;

  // The Page's name: a search of the whole document, so once per view rather than per batch.
  let pageName: string | null = null;
  let pageNameSought = -Infinity;
  const nameOfPage = (now: number): string | null => {
    if (pageName === null && now - pageNameSought >= PAGE_NAME_RETRY_MS) {
      pageName = pageNameOf(document, pageId);
      pageNameSought = now;
    }
    return pageName;
  };
  const send = (rows: InboxSnapshot['threads'], open: InboxSnapshot['open']) => {
    if (!pageId || (!rows.length && !open)) return;
    const now = Date.now();
    deps.send(toObservationBatch({ pageId, channel, folder: folderOf(url), rows, open, awayBanner, pageName: nameOfPage(now) }, now, deps.firstSeen));
  };

  // Watching from before the first read: what changes while it reads in slices is read after it.
  const watcher = watchInbox({
    document,
    view: window,
    context: readContext,
    signal,
    initial: 'later',
    onNavigate: () => deps.onNavigate(),
    onError: deps.onError,
    onChange: (change: InboxChange) => {
      try {
        deps.badges.prune(); // first: a row the list replaced hands its badge to the new row
        for (const { element, key } of change.rowElements) deps.badges.attach(element, key);
        if (change.opened || change.open) attachHeaderBadge(deps.badges, change.open?.rowKey ?? null);
        send(change.rows, change.open);
      } catch (error) {
        deps.onError(error);
      }
    },
  });

  // Each step in a task of its own: the script's start, the time zone (ICU's data loads on first use),
  // the rows in slices, the first batch, the badges (which slice their own rendering).
  const firstRead = async () => {
    const slice = new TimeSlice();
    /** A new task for the next step; false when the session ended meanwhile. */
    const nextStep = async () => { await slice.fresh(); return !signal.aborted; };
    if (!(await nextStep())) return;
    const ctx = { ...readContext(), view: window };
    if (!(await nextStep())) return;
    const start = await readInboxAndRowsInSlices(document, url, ctx, slice);
    if (signal.aborted) return;
    // Another conversation opened while the rows were read: the header read last is its, the URL's id
    // is not. A new session reads it (in the same task as the header: the two agree or it starts over).
    if (!sameInboxView(location.href, url)) {
      deps.onNavigate();
      return;
    }
    last = start.snapshot;
    awayBanner = last.awayBanner ?? null;
    if (!(await nextStep())) return;
    send(last.threads, last.open);
    if (!(await nextStep())) return;
    attachInitialBadges(deps.badges, start.rowElements, last);
    watcher.begin(last);
  };
  firstRead().catch(deps.onError);

  // Health: after a grace period, and then every HEALTH_CHECK_MS, whenever what is missing changes.
  let reported = '';
  const checkHealth = (full: boolean) => {
    if (signal.aborted) return;
    try {
      if (full) last = readInbox(document, url, { ...readContext(), view: window });
      if (!last) return; // the first read is not done yet
      const health: ReaderHealth = full ? last.health : quickHealth(url, last.health);
      awayBanner = last.awayBanner ?? awayBanner;
      const signature = JSON.stringify([health.list, health.transcript, [...health.problems].sort()]);
      if (signature !== reported) {
        reported = signature;
        deps.reportHealth(health);
      }
    } catch (error) {
      deps.onError(error);
    }
  };
  const grace = setTimeout(() => checkHealth(true), GRACE_MS);
  const interval = setInterval(() => checkHealth(false), HEALTH_CHECK_MS);
  signal.addEventListener('abort', () => {
    clearTimeout(grace);
    clearInterval(interval);
  }, { once: true });
}

/** A cheap re-check of the two containers (no rows or messages read). */
function quickHealth(url: string, previous: ReaderHealth): ReaderHealth {
  const list = findThreadList(document) !== null;
  const transcript = selectedThreadIdOf(url) ? findTranscript(document) !== null : previous.transcript;
  const problems = previous.problems.filter((p) => p !== 'thread-list' && p !== 'transcript');
  if (!list) problems.push('thread-list');
  if (transcript === false) problems.push('transcript');
  return { ...previous, list, transcript, problems };
}

/** Every rendered row gets a badge (a row rendered twice too), from the start's one read; the watcher keeps them current. */
function attachInitialBadges(badges: RowBadges, rowElements: readonly RowElement[], snapshot: InboxSnapshot): void {
  for (const { element, key } of rowElements) badges.attach(element, key);
  attachHeaderBadge(badges, snapshot.open?.rowKey ?? null);
}

function attachHeaderBadge(badges: RowBadges, rowKey: string | null): void {
  const header = findDetailHeader(document);
  if (header) badges.attach(header, rowKey, selectedThreadIdOf(location.href), true);
}
