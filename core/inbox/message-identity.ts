/**
 * Which message is which, and when it was written as far as the page tells (rules R13).
 *
 * Identity. Where the page shows Meta's `data-message-id` it is the message's id. Where it does not
 * (builds of 2026 without ids), a message is keyed by where it sits: its thread, the instant of the
 * date divider above it, its side, and its position among that side's messages after the divider —
 * `d|<thread>|<divider>|<side>|<n>`. Never by its text (no text is stored, nor a hash of it).
 * Where the page shows Meta's id, the same derived key rides along as the message's `alias`, so
 * the store knows a message read on one build when it is read on the other (store/message-merge.ts).
 * *Why this holds:* re-renders, rotated class names, reloads and older messages loading above do not
 * move a message relative to its divider, and a live message is appended after the last one.
 * *Limits, stated plainly:* a message with no divider above it (the top of a partly loaded history)
 * has no derived key: without Meta's id it is not read until its divider shows; a message that is
 * deleted ("unsent") shifts the positions of those after it in its divider's group; a conversation
 * read once with the URL's thread id and once without (title only) gets two keys; messages the
 * watcher reads one by one on a build with ids carry no alias (the next full read adds it).
 *
 * Times. A `data-utime` is exact. The first message after a divider lies within the divider's
 * minute; a later one between the last known instant before it and the next known instant after it
 * (the next divider's minute, the next exact message, or `latest`: the moment of reading).
 */
import { R13_DIVIDER_SPAN_MS, type Side } from '@/core/metrics';
import type { InstantQuality, MessageSnapshot } from './types';

/** A message as the transcript walk placed it, before identity and bounds are worked out. */
export interface PlacedMessage {
  element: Element;
  from: Side;
  author: string | null;
  automated: boolean;
  /** Meta's id (with `/<n>` for the n-th bubble under one id), or null on builds without ids. */
  metaId: string | null;
  /** A per-message `data-utime`, when the page shows one. */
  exact: number | null;
  /** The divider in force above the message (its instant), or null when none is above it. */
  divider: number | null;
  /** No other message between the divider and this one. */
  firstAfterDivider: boolean;
}

/** The derived key of a message (see above); null when nothing places it. */
export function derivedMessageKey(thread: string | null, divider: number | null, side: Side, position: number): string | null {
  return thread === null || divider === null ? null : `d|${thread}|${divider}|${side}|${position}`;
}

export interface IdentifiedMessage { message: MessageSnapshot; element: Element }

/**
 * Ids and time bounds for the messages of one transcript, in page order. `latest`: the latest
 * instant any of them can have (the moment of reading). Messages that nothing identifies are left
 * out and counted.
 */
export function identifyMessages(placed: readonly PlacedMessage[], thread: string | null, latest: number): { messages: IdentifiedMessage[]; unplaced: number } {
  const positions = new Map<string, number>();
  const keys = placed.map((p) => {
    const group = `${p.divider}|${p.from}`;
    const position = (positions.get(group) ?? 0) + 1;
    positions.set(group, position);
    return derivedMessageKey(thread, p.divider, p.from, position);
  });
  // Upper bounds, from the last message back: a message is no later than the one after it.
  const upper: number[] = new Array(placed.length);
  let next = latest;
  for (let i = placed.length - 1; i >= 0; i--) {
    const p = placed[i]!;
    const bound = p.exact ?? (p.firstAfterDivider && p.divider !== null ? Math.min(p.divider + R13_DIVIDER_SPAN_MS, next) : next);
    upper[i] = bound;
    next = bound;
  }
  const messages: IdentifiedMessage[] = [];
  let unplaced = 0;
  let known: number | null = null;
  let dividerSeen: number | null = null;
  placed.forEach((p, i) => {
    // The last known instant before this message: its divider, or an exact message after that divider.
    if (p.divider !== dividerSeen) { dividerSeen = p.divider; known = p.divider; }
    const id = p.metaId ?? keys[i];
    if (!id) { unplaced++; return; }
    const atMin = p.exact ?? known;
    const atMax = atMin === null ? null : Math.max(atMin, upper[i]!);
    const quality: InstantQuality | null = p.exact !== null ? 'utime' : atMin !== null ? 'divider' : null;
    if (p.exact !== null) known = p.exact;
    messages.push({
      element: p.element,
      message: { id, ...(p.metaId && keys[i] ? { alias: keys[i] } : {}), from: p.from, automated: p.automated, author: p.author, at: atMin, atMin, atMax, atQuality: quality },
    });
  });
  return { messages, unplaced };
}
