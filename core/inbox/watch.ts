/**
 * Watches the inbox and turns DOM changes into changes of what the reader sees: rows that changed
 * (new activity, a recycled row now showing another conversation), new messages of the open
 * conversation, a conversation opened, in-app navigation. Work is proportional to what changed:
 * only the added or changed subtrees are examined, batched once per animation frame (or after
 * 250 ms in a background tab, where frames do not run). Everything stops when `signal` aborts.
 */
import type { InboxSnapshot, ListRowSnapshot, OpenThreadSnapshot } from './types';
import * as S from './selectors';
import { sameInboxView, selectedThreadIdOf, threadTypeChannelOf } from './inbox-url';
import type { ReadContext } from './read-context';
import { isRowElement, orderedUniqueRows, readRow, type RowReading } from './read-list';
import { precedingDivider, readMessage, readTranscript } from './read-transcript';
import { ChangedNodes } from './watch-changes';
import { headerTitleOf, type RowElement } from './read';
import { rowKeyOf } from './thread-key';

export interface InboxChange {
  /** Rows that are new or changed since last reported, in display order, one per key. */
  rows: ListRowSnapshot[];
  /** The row elements read in this batch with their keys (for badges). */
  rowElements: RowElement[];
  /** The open conversation with only its messages not reported before; null when none changed. */
  open: OpenThreadSnapshot | null;
  /** A (different) conversation was opened in this batch. */
  opened: boolean;
  /** Bubbles dropped in this batch because their side could not be measured. */
  dropped: number;
}

export interface WatchOptions {
  document: Document;
  /** The page's window: getComputedStyle, location, frames. */
  view: Window;
  /** Reading context for this batch (now, time zone). */
  context: () => Omit<ReadContext, 'view'>;
  signal: AbortSignal;
  /**
   * What the first full read saw (rows and message ids are not reported again). `'later'`: the
   * watcher notes changes from now on and reads them once `begin` hands it the first read (a read
   * in time slices, during which the page may change).
   */
  initial: InboxSnapshot | null | 'later';
  onChange: (change: InboxChange) => void;
  /** The URL changed to another inbox view: the caller aborts and starts again. */
  onNavigate: (url: string) => void;
  /** A failure while reading a batch (reported, never thrown into the page). */
  onError?: (error: unknown) => void;
  /** Schedules a batch; default: next animation frame or 250 ms, whichever first. */
  schedule?: (flush: () => void) => void;
}

function frameOrTimeout(view: Window, flush: () => void): void {
  let done = false;
  const run = () => { if (!done) { done = true; flush(); } };
  view.requestAnimationFrame?.(run);
  view.setTimeout(run, 250);
}

const rowSignature = (r: ListRowSnapshot) => `${r.title}|${r.lastActivityAt}|${r.lastFromPage}|${r.unread}`;

/** The node of `nodes` that comes first in the document. */
function firstInDocument(nodes: readonly Node[]): Node {
  return nodes.reduce((first, n) => (first.compareDocumentPosition(n) & 2 ? n : first));
}

/** Whether a transcript shows no message ids (read by layout), looked up once per transcript element. */
const layoutTranscripts = new WeakMap<Element, boolean>();
function isReadByLayout(transcript: Element): boolean {
  let byLayout = layoutTranscripts.get(transcript);
  if (byLayout === undefined) {
    byLayout = !transcript.querySelector(S.MESSAGE);
    layoutTranscripts.set(transcript, byLayout);
  }
  return byLayout;
}

export interface InboxWatcher {
  /** Starts reading the changes noted so far and from now on, against the first read (`initial: 'later'`). */
  begin(initial: InboxSnapshot): void;
}

export function watchInbox(options: WatchOptions): InboxWatcher {
  const { document, view, signal } = options;
  const schedule = options.schedule ?? ((flush: () => void) => frameOrTimeout(view, flush));
  const knownRows = new Map<string, string>();
  const knownMessages = new Set<string>();
  let openTitle: string | null = null;
  // The URL's selected_item_id names the conversation the session started on. A different one
  // opened without a URL change (seen on the Instagram surface) keeps only its title's row key.
  // (The first title seen is the URL's conversation's, also when the header renders after the start.)
  let firstTitle: string | null = null;
  let url = view.location.href;
  let pending = false;
  let begun = false;
  const changed = new ChangedNodes(document);

  function begin(initial: InboxSnapshot | null): void {
    for (const row of initial?.threads ?? []) knownRows.set(row.key, rowSignature(row));
    for (const m of initial?.open?.messages ?? []) knownMessages.add(m.id);
    openTitle = firstTitle = initial?.open?.title ?? null;
    begun = true;
    if (!pending && changed.any && !signal.aborted) {
      pending = true;
      schedule(flush);
    }
  }

  const Observer = (view as Window & { MutationObserver?: typeof MutationObserver }).MutationObserver ?? MutationObserver;
  const observer = new Observer((records: MutationRecord[]) => {
    try {
      changed.note(records);
      if (begun && !pending && changed.any) {
        pending = true;
        schedule(flush);
      }
    } catch (error) {
      options.onError?.(error);
    }
  });

  function readRows(ctx: ReadContext): RowReading[] {
    const rowsContainer = changed.currentList();
    const readings: RowReading[] = [];
    for (const el of changed.takeRows()) {
      if (!el.isConnected || !rowsContainer || !isRowElement(el)) continue;
      const reading = readRow(el, rowsContainer, ctx);
      if (reading) readings.push(reading);
    }
    return orderedUniqueRows(readings);
  }

  function readOpen(ctx: ReadContext, opened: boolean): { open: OpenThreadSnapshot | null; dropped: number } {
    if (opened) changed.forgetTranscript();
    const transcript = changed.currentTranscript();
    const bubbles = changed.takeMessages().filter((m) => m.isConnected);
    const added = changed.takeTranscriptAdded();
    const layoutAdded = !opened && !bubbles.length && transcript ? added.filter((n) => n.isConnected && transcript.contains(n)) : [];
    if (!transcript || (!opened && !bubbles.length && !layoutAdded.length)) return { open: null, dropped: 0 };
    const href = view.location.href;
    const threadId = openTitle === firstTitle ? selectedThreadIdOf(href) : null;
    const thread = threadId ?? (openTitle ? rowKeyOf(openTitle) : null);
    let dropped = 0;
    const full = (from?: Node) => {
      const reading = readTranscript(transcript, ctx, from ? { thread, from, byLayout: true } : { thread });
      dropped = reading.dropped;
      return reading.messages;
    };
    // A build without ids: the messages from the divider above the first added node on (a live message: its divider's run).
    const readings = opened
      ? full()
      : layoutAdded.length
        ? (isReadByLayout(transcript) ? full(firstInDocument(layoutAdded)) : [])
        : bubbles.flatMap((b) => {
          const id = b.getAttribute(S.MESSAGE_ID_ATTRIBUTE);
          if (!id || knownMessages.has(id) || !transcript.contains(b)) return [];
          const r = readMessage(b, transcript, () => precedingDivider(b, transcript, ctx), ctx);
          if (!r) dropped++;
          return r ?? [];
        });
    const fresh = readings.map((r) => r.message).filter((m) => !knownMessages.has(m.id));
    for (const m of fresh) knownMessages.add(m.id);
    if (!fresh.length && !opened) return { open: null, dropped };
    return { open: { threadId, title: openTitle, rowKey: openTitle ? rowKeyOf(openTitle) : null, channel: threadTypeChannelOf(href), messages: fresh }, dropped };
  }

  function flush(): void {
    pending = false;
    if (signal.aborted) return;
    try {
      readBatch();
    } catch (error) {
      changed.clear();
      options.onError?.(error);
    }
  }

  function readBatch(): void {
    if (checkNavigation()) return;
    const ctx: ReadContext = { ...options.context(), view };
    let opened = false;
    if (changed.takeHeader()) {
      const title = headerTitleOf(document).title;
      if (title !== openTitle) { openTitle = title; opened = title !== null; firstTitle ??= title; }
    }
    const readings = readRows(ctx);
    const rows = readings.map((r) => r.row).filter((r) => knownRows.get(r.key) !== rowSignature(r));
    for (const r of rows) knownRows.set(r.key, rowSignature(r));
    const { open, dropped } = readOpen(ctx, opened);
    if (!rows.length && !open && !readings.length && !dropped) return;
    options.onChange({ rows, rowElements: readings.map((r) => ({ element: r.element, key: r.row.key })), open, opened, dropped });
    // What onChange just did to the page (badge hosts attached to the rows read) is not the page's
    // change: no page script ran since the batch began (this is one synchronous task), so every
    // record queued now is ours. Dropped here, they cost nothing and do not re-read those rows.
    observer.takeRecords();
  }

  function checkNavigation(): boolean {
    const href = view.location.href;
    if (href === url) return false;
    const moved = !sameInboxView(href, url);
    url = href;
    if (moved) options.onNavigate(href);
    return moved;
  }

  // Not `style`: a virtualised list moves every row below a new message (a style change per row per
  // message, a sixth of all records in a burst) and a moved row shows nothing new; its position is
  // read with its content when that changes.
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: [S.UTIME_ATTRIBUTE, 'class', S.SURFACE_ATTRIBUTE] });
  const poll = view.setInterval(() => { if (!signal.aborted) checkNavigation(); }, 500);
  const onPop = () => checkNavigation();
  view.addEventListener('popstate', onPop);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    view.clearInterval(poll);
    view.removeEventListener('popstate', onPop);
  }, { once: true });
  if (options.initial !== 'later') begin(options.initial);
  return { begin };
}
