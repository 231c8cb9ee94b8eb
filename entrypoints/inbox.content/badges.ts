/**
 * The inline badges: one shadow-root host per row (and one in the header), rendered from the latest
 * per-thread states and re-rendered by ONE shared interval. Idempotent: a row holds at most one
 * host (marked with data-replyclock-badge); a host whose row left the page is unmounted.
 */
import { h, render } from 'preact';
import { ConversationBadge, BADGE_STYLES } from '@/components/ConversationBadge';
import type { Translate } from '@/components/i18n';
import type { ThreadBadgeState } from '@/core/messages';
import { OWN_NODE_ATTRIBUTE } from '@/core/inbox/selectors';
import { pageIsDark } from '@/core/inbox/page-theme';
import { badgeReadingAt } from '@/components/conversation-badge-state';
import { durationParts } from '@/components/display-format';
import { isUnderAMinute } from '@/components/state-words';

/** `rendered`: what the badge shows now (see renderSignature); '' before the first render. */
interface Mount { host: HTMLElement; anchor: Element; key: string | null; threadId: string | null; live: boolean; rendered: string }

const TICK_MS = 20_000;
/** Row badges kept aside for rows that replace theirs: more than a list shows at once. */
const MAX_DETACHED = 100;

/** A host left in the anchor by an earlier instance of the script (extension reloaded) goes first: one badge per row. */
function removeStrayHosts(anchor: Element): void {
  for (const stray of anchor.querySelectorAll(`:scope > [${OWN_NODE_ATTRIBUTE}]`)) stray.remove();
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
  private dark: boolean | null = null;
  /** pageIsDark needs a computed style, which forces a style recalc mid-burst: asked again only when the theme may have changed. */
  private darkKnown = false;

  constructor(private readonly doc: Document, private readonly t: Translate, private readonly locale: string, signal: AbortSignal) {
    const timer = setInterval(() => { this.darkKnown = false; this.renderAll(); }, TICK_MS);
    const themeWatch = this.watchTheme();
    signal.addEventListener('abort', () => {
      clearInterval(timer);
      themeWatch?.disconnect();
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
    this.refreshDark();
    this.renderAll();
  }

  private refreshDark(): void {
    if (this.darkKnown) return;
    this.dark = pageIsDark(this.doc, this.doc.defaultView ?? window);
    this.darkKnown = true;
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
    const observer = new Observer(() => {
      const before = this.dark;
      this.darkKnown = false;
      this.refreshDark();
      if (this.dark !== before) this.renderAll();
    });
    const options = { attributes: true, attributeFilter: ['class', 'style'] };
    observer.observe(this.doc.documentElement, options);
    if (this.doc.body) observer.observe(this.doc.body, options);
    return observer;
  }

  /** A row (or the header) shows the conversation `key`; mounts or updates its badge. */
  attach(anchor: Element, key: string | null, threadId: string | null = null, live = false): void {
    let mount = this.mounts.get(anchor) ?? this.adoptDetached(anchor, key, live);
    if (!mount || !mount.host.isConnected) {
      if (mount) this.unmount(anchor);
      removeStrayHosts(anchor);
      const host = this.doc.createElement('span');
      host.setAttribute(OWN_NODE_ATTRIBUTE, '');
      host.style.pointerEvents = 'none';
      const shadow = host.attachShadow({ mode: 'open' });
      const style = this.doc.createElement('style');
      style.textContent = BADGE_STYLES;
      shadow.append(style, this.doc.createElement('span'));
      anchor.append(host);
      mount = { host, anchor, key, threadId, live, rendered: '' };
      this.mounts.set(anchor, mount);
    }
    mount.key = key;
    mount.threadId = threadId;
    this.renderOne(mount, Date.now());
  }

  /** The badge this conversation's row had before the list replaced the row (see `detached`). Rows only, never the header's live badge. */
  private adoptDetached(anchor: Element, key: string | null, live: boolean): Mount | undefined {
    const previous = key && !live ? this.detached.get(key) : undefined;
    if (!previous || previous.host.isConnected) return undefined;
    this.detached.delete(key!);
    removeStrayHosts(anchor);
    previous.anchor = anchor;
    anchor.append(previous.host);
    this.mounts.set(anchor, previous);
    return previous;
  }

  /**
   * Takes down badges whose row left the page; a row badge is kept aside for the row that replaces
   * it (call before attaching a batch's rows). Cost: the number of mounted badges (the visible rows).
   */
  prune(): void {
    for (const [anchor, mount] of this.mounts) {
      if (anchor.isConnected && mount.host.isConnected) continue;
      if (!mount.key || mount.live || mount.host.isConnected) {
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

  private renderOne(mount: Mount, now: number): void {
    const target = mount.host.shadowRoot?.lastElementChild;
    if (!target) return;
    const state = this.stateOf(mount);
    // Every row read in a batch is attached again; most show what they showed a moment ago.
    // Same signature, same DOM: skipping the render spares the diff and its translations.
    const signature = state ? this.renderSignature(state, now, mount.live) : 'none';
    if (signature === mount.rendered) return;
    mount.rendered = signature;
    if (mount.host.hidden !== !state) mount.host.hidden = !state;
    render(state ? h(ConversationBadge, { state, now, t: this.t, locale: this.locale, dark: this.dark, live: mount.live }) : null, target);
  }

  /**
   * Everything ConversationBadge's output depends on: its reading at `now` as the durations show it
   * (a badge that says "12 min" is not rendered again for each second), the theme, live.
   */
  private renderSignature(state: ThreadBadgeState, now: number, live: boolean): string {
    const r = badgeReadingAt(state, now);
    const shown = (seconds: number) => durationParts(seconds).join(' ');
    const shownOrUnderAMinute = (seconds: number) => (isUnderAMinute(seconds) ? '<1' : shown(seconds));
    return `${r.word}|${r.closing}|${shownOrUnderAMinute(r.waitingSeconds)}|${shownOrUnderAMinute(r.lateInSeconds)}|${shown(r.windowLeftSeconds)}|${this.dark}|${live}`;
  }

  private renderAll(): void {
    this.prune();
    const now = Date.now();
    for (const mount of this.mounts.values()) this.renderOne(mount, now);
  }

  private unmount(anchor: Element): void {
    const mount = this.mounts.get(anchor);
    this.mounts.delete(anchor);
    if (mount) this.release(mount);
  }

  /** Empties a badge's Preact tree and takes its host off the page. */
  private release(mount: Mount): void {
    const target = mount.host.shadowRoot?.lastElementChild;
    if (target) render(null, target);
    mount.host.remove();
  }
}
