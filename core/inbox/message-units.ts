/**
 * The messages inside one placed row of the transcript. A row (a `data-message-id` element, or on
 * builds without ids the flex row that places a run) may hold several same-sender bubbles in a
 * column, each followed by lines about it ("Sent by …", an AI footer): each bubble is a message,
 * the lines are not. Stickers and attachments are bubbles without text; they count.
 */
import * as S from './selectors';
import type { ReadContext } from './read-list';

/** How deep below a row we look for the column that holds its bubbles. */
const MAX_DEPTH = 8;
const MEDIA = 'img, video, audio, a[href]';

const textOf = (el: Element) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The customer's avatar beside a run: an element showing only a named picture. */
export function isAvatarHolder(el: Element): boolean {
  const img = el.matches(S.AVATAR) ? el : el.querySelector(S.AVATAR);
  return !!img && !!img.getAttribute('alt')?.trim() && !textOf(el);
}

function isColumn(el: Element, ctx: ReadContext): boolean {
  return ctx.view.getComputedStyle(el).flexDirection.startsWith('column');
}

/**
 * The bubbles (and their label lines) of a row, in order: below the row, single wrappers and the
 * avatar beside the run are passed through; a column of two or more holds one unit per child;
 * anything else is one unit.
 */
export function unitsOf(row: Element, ctx: ReadContext): Element[] {
  let el = row;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (el.childElementCount > 1 && isColumn(el, ctx)) return [...el.children];
    const kids = [...el.children].filter((child) => !isAvatarHolder(child));
    if (kids.length !== 1) return [el];
    el = kids[0]!;
  }
  return [el];
}

/** What one unit of a row is: a message, a line about the message before it, or nothing. */
export type UnitKind =
  | { kind: 'message' }
  | { kind: 'sent-by'; author: string; automated: boolean }
  | { kind: 'ai-footer' }
  | { kind: 'nothing' };

export function unitKind(unit: Element): UnitKind {
  const text = textOf(unit);
  if (!text) return unit.querySelector(MEDIA) || unit.matches(MEDIA) ? { kind: 'message' } : { kind: 'nothing' };
  if (text.length <= 80) {
    for (const pattern of S.SENT_BY_PATTERNS) {
      const author = pattern.exec(text)?.[1]?.trim();
      if (author) return { kind: 'sent-by', author, automated: S.AUTOMATED_LABELS.some((p) => p.test(author)) };
    }
    if (S.AI_FOOTER_PATTERNS.some((p) => p.test(text))) return { kind: 'ai-footer' };
    if (S.MESSAGE_FOOTER_PATTERNS.some((p) => p.test(text))) return { kind: 'nothing' };
  }
  return { kind: 'message' };
}

export interface RowMessage { element: Element; author: string | null; automated: boolean }

/** The messages of a row with what the lines under each say of it. */
export function rowMessages(row: Element, ctx: ReadContext): RowMessage[] {
  const messages: RowMessage[] = [];
  for (const unit of unitsOf(row, ctx)) {
    const what = unitKind(unit);
    const last = messages[messages.length - 1];
    if (what.kind === 'message') messages.push({ element: unit, author: null, automated: false });
    else if (what.kind === 'sent-by' && last) Object.assign(last, what.automated ? { automated: true } : { author: what.author });
    else if (what.kind === 'ai-footer' && last) last.automated = true;
  }
  return messages;
}
