/**
 * The inline badges: one shadow-root host per row that has something to show (and one in the
 * header), rendered from the latest per-thread states and re-rendered by ONE shared interval.
 * Idempotent: a row holds at most one host (marked with data-replyclock-badge); a host whose row
 * left the page is unmounted. Rendering runs in time slices: a thousand rows attached or restated
 * at once render over several short tasks, in the order they were attached (the list's top first).
 */
import { BADGE_STYLES, renderConversationBadge } from '@/components/ConversationBadge';
import type { Translate } from '@/components/i18n';
import type { ThreadBadgeState } from '@/core/messages';
import { markAsOwnNode, ownChildrenOf } from '@/core/inbox/own-nodes';
import { pageIsDark } from '@/core/inbox/page-theme';
import { badgeReadingAt } from '@/components/conversation-badge-state';
import { durationParts } from '@/components/display-format';
import { isUnderAMinute } from '@/components/state-words';
import { TimeSlice, type SliceOptions } from '@/core/time-slices';

/**
 * `host`: null until the row has a state to show (most rows never do); `rendered`: what the badge
 * shows now (see renderSignature), 'none' when hidden, '' before the first render.
 */
interface Mount { host: HTMLElement | null; anchor: Element; key: string | null; threadId: string | null; live: boolean; rendered: string }

const TICK_MS = 20_000;
/** Row badges kept aside for rows that replace theirs: more than a list shows at once. */
const MAX_DETACHED = 100;

/** A host left in the anchor by an earlier instance of the script (extension reloaded) goes first: one badge per row. */
function removeStrayHosts(anchor: Element): void {
  for (const stray of ownChildrenOf(anchor)) stray.remove();
}

export class BadgeLayer {
  private readonly mounts = new Map<Element, Mount>();
  /**
   * Row badges cut off with their row, by conversation key, oldest first: a list re-renders a row by
   * replacing its elements (a new message moves a dozen rows), and the conversation's badge then
   * moves into the new row whole — shadow root, rendered tree and all — instead of being built and
   * rendered again. Bounded: a list shows a few dozen rows.
   */
  private readonly detached = new Map<string, Mount>();
  private byKey = new Map<string, ThreadBadgeState>();
  /** Every state held, by thread (`threadId`): what full and partial updates replace and merge into. */
  private byThread = new Map<string, ThreadBadgeState>();
  /** The page's theme when it tells (null: the system's prefers-color-scheme decides); set on each host. */
  private dark: boolean | null = null;
  /** Mounts waiting for their render, in the order they were attached or restated. */
  private readonly queue = new Set<Mount>();
  private draining = false;
  /** The slice of the task that is running now (see `render`); null between tasks. */
  private taskSlice: TimeSlice | null = null;

  constructor(private readonly doc: Document, private readonly t: Translate, private readonly locale: string, private readonly signal: AbortSignal, private readonly slices: SliceOptions = {}) {
    const timer = setInterval(() => { this.measureTheme(); this.renderAll(); }, TICK_MS);
    const themeWatch = this.watchTheme();
    this.measureThemeAfterFirstFrame();
    signal.addEventListener('abort', () => {
      clearInterval(timer);
      themeWatch?.disconnect();
      this.queue.clear();
      for (const anchor of [...this.mounts.keys()]) this.unmount(anchor);
      for (const mount of this.detached.values()) this.release(mount);
      this.detached.clear();
    }, { once: true });
  }

  /**
   * Every waiting conversation's state (`removed` null), or a partial update: the states of the
   * conversations one batch changed, and `removed`, those of them that have none now.
   */
  setStates(states: ThreadBadgeState[], removed: readonly string[] | null = null): void {
    if (removed === null) this.byThread = new Map();
    for (const threadId of removed ?? []) this.byThread.delete(threadId);
    for (const state of states) this.byThread.set(state.threadId, state);
    this.byKey = new Map([...this.byThread.values()].filter((s) => s.rowKey).map((s) => [s.rowKey!, s]));
    this.renderAll();
  }

  /**
   * Measures the page's theme (a computed style) and sets it on every host. Measured when the page's
   * styles are current: in its first idle time, then on a theme switch and each tick; measured while
   * the page is still unstyled, it would force the page's whole first style pass into our task.
   */
  private measureTheme(): void {
    const dark = pageIsDark(this.doc, this.doc.defaultView ?? window);
    if (dark === this.dark) return;
    this.dark = dark;
    for (const mount of this.mounts.values()) if (mount.host) this.setTheme(mount.host);
  }

  /** In the page's first idle time: its styles are computed by then, and no frame is waiting on them. */
  private measureThemeAfterFirstFrame(): void {
    const view = this.doc.defaultView;
    const measure = () => { if (!this.signal.aborted) this.measureTheme(); };
    if (view?.requestIdleCallback) view.requestIdleCallback(measure, { timeout: 2000 });
    else if (view?.requestAnimationFrame) view.requestAnimationFrame(() => view.setTimeout(measure, 0));
    else setTimeout(measure, 0);
  }

  private setTheme(host: HTMLElement): void {
    if (this.dark === null) host.removeAttribute('data-theme');
    else host.setAttribute('data-theme', this.dark ? 'dark' : 'light');
  }

  /**
   * The theme switches through the class or style of <html> or <body> (Meta's dark-mode class, the
   * background colour): such a change is measured at once and the badges re-styled when the theme
   * turned, not at the next message. Attributes of two elements, no subtree: costs nothing while
   * messages arrive.
   */
  private watchTheme(): MutationObserver | null {
    const Observer = this.doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
    if (!Observer) return null;
    const observer = new Observer(() => this.measureTheme());
    const options = { attributes: true, attributeFilter: ['class', 'style'] };
    observer.observe(this.doc.documentElement, options);
    if (this.doc.body) observer.observe(this.doc.body, options);
    return observer;
  }

  /** A row (or the header) shows the conversation `key`; mounts or updates its badge. */
  attach(anchor: Element, key: string | null, threadId: string | null = null, live = false): void {
    let mount = this.mounts.get(anchor) ?? this.adoptDetached(anchor, key, live);
    if (!mount || (mount.host && !mount.host.isConnected)) {
      if (mount) this.unmount(anchor);
      removeStrayHosts(anchor);
      mount = { host: null, anchor, key, threadId, live, rendered: '' };
      this.mounts.set(anchor, mount);
    }
    mount.key = key;
    mount.threadId = threadId;
    this.render(mount);
  }

  /** The host of a badge about to show for the first time: a shadow root of its own, the page's styles kept out. */
  private createHost(mount: Mount): HTMLElement {
    const host = this.doc.createElement('span');
    markAsOwnNode(host);
    host.style.pointerEvents = 'none';
    this.setTheme(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = BADGE_STYLES;
    shadow.append(style, this.doc.createElement('span'));
    mount.anchor.append(host);
    mount.host = host;
    return host;
  }

  /** The badge this conversation's row had before the list replaced the row (see `detached`). Rows only, never the header's live badge. */
  private adoptDetached(anchor: Element, key: string | null, live: boolean): Mount | undefined {
    const previous = key && !live ? this.detached.get(key) : undefined;
    if (!previous?.host || previous.host.isConnected) return undefined;
    this.detached.delete(key!);
    removeStrayHosts(anchor);
    previous.anchor = anchor;
    anchor.append(previous.host);
    this.setTheme(previous.host);
    this.mounts.set(anchor, previous);
    return previous;
  }

  /**
   * Takes down badges whose row left the page; a row badge is kept aside for the row that replaces
   * it (call before attaching a batch's rows). Cost: the number of mounted badges (the visible rows).
   */
  prune(): void {
    for (const [anchor, mount] of this.mounts) {
      if (anchor.isConnected && (!mount.host || mount.host.isConnected)) continue;
      if (!mount.key || mount.live || !mount.host || mount.host.isConnected) {
        this.unmount(anchor);
        continue;
      }
      this.mounts.delete(anchor);
      mount.host.remove();
      this.setAside(mount.key, mount);
    }
  }

  private setAside(key: string, mount: Mount): void {
    const older = this.detached.get(key);
    if (older) this.release(older);
    this.detached.delete(key);
    this.detached.set(key, mount);
    if (this.detached.size <= MAX_DETACHED) return;
    const [oldestKey, oldest] = this.detached.entries().next().value!;
    this.detached.delete(oldestKey);
    this.release(oldest);
  }

  private stateOf(mount: Mount): ThreadBadgeState | null {
    return (mount.threadId ? this.byThread.get(mount.threadId) : undefined) ?? (mount.key ? this.byKey.get(mount.key) : undefined) ?? null;
  }

  /**
   * Renders at once while the running task's slice lasts, else in a later task: a thousand badges
   * attached or restated in one task render over several. Order is kept: nothing jumps the queue.
   */
  private render(mount: Mount): void {
    if (!this.queue.size && !this.currentTaskSlice().spent) {
      this.renderOne(mount, Date.now());
      return;
    }
    this.queue.add(mount);
    if (!this.draining) void this.drain();
  }

  /** The slice of the running task, started at its first render and ended with its microtasks. */
  private currentTaskSlice(): TimeSlice {
    if (!this.taskSlice) {
      this.taskSlice = new TimeSlice(this.slices);
      queueMicrotask(() => { this.taskSlice = null; });
    }
    return this.taskSlice;
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      const slice = new TimeSlice(this.slices);
      await slice.fresh();
      for (const mount of this.queue) {
        if (this.signal.aborted) return;
        if (slice.spent) await slice.next();
        this.queue.delete(mount);
        // A mount unmounted or replaced meanwhile is not drawn again.
        if (this.mounts.get(mount.anchor) === mount) this.renderOne(mount, Date.now());
      }
    } finally {
      this.draining = false;
    }
  }

  private renderOne(mount: Mount, now: number): void {
    const state = this.stateOf(mount);
    // Every row read in a batch is attached again; most show what they showed a moment ago.
    // Same signature, same DOM: skipping the render spares its translations and DOM writes.
    const signature = state ? this.renderSignature(state, now, mount.live) : 'none';
    if (signature === mount.rendered) return;
    mount.rendered = signature;
    if (!state && !mount.host) return;
    const host = mount.host ?? this.createHost(mount);
    const target = host.shadowRoot?.lastElementChild;
    if (!target) return;
    // Emptied as well as hidden: the shadow root's `:host { display: block }` outranks the page's [hidden] rule.
    host.hidden = !state;
    renderConversationBadge(target, state && { state, now, t: this.t, locale: this.locale, live: mount.live });
  }

  /**
   * Everything the badge's output depends on: its reading at `now` as the durations show it
   * (a badge that says "12 min" is not rendered again for each second), its standing, live.
   */
  private renderSignature(state: ThreadBadgeState, now: number, live: boolean): string {
    const r = badgeReadingAt(state, now);
    const shown = (seconds: number) => durationParts(seconds).join(' ');
    const shownOrUnderAMinute = (seconds: number) => (isUnderAMinute(seconds) ? '<1' : shown(seconds));
    return `${r.word}|${r.closing}|${shownOrUnderAMinute(r.waitingSeconds)}|${shownOrUnderAMinute(r.lateInSeconds)}|${shown(r.windowLeftSeconds)}|${state.standing}|${live}`;
  }

  private renderAll(): void {
    this.prune();
    for (const mount of this.mounts.values()) this.render(mount);
  }

  private unmount(anchor: Element): void {
    const mount = this.mounts.get(anchor);
    this.mounts.delete(anchor);
    if (mount) this.release(mount);
  }

  /** Takes a badge's host off the page. */
  private release(mount: Mount): void {
    this.queue.delete(mount);
    mount.host?.remove();
  }
}
