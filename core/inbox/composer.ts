/**
 * Inserting a template into the reply composer (a Lexical editor) the way a user's typing would:
 * focus, caret at the end, then the editing paths the editor listens to — `execCommand('insertText')`,
 * else a cancelable `beforeinput` (inputType insertText), else a paste. Never innerHTML: the editor
 * keeps its own state and would overwrite (or send) something else.
 */
import * as S from './selectors';
import { selectedThreadIdOf } from './inbox-url';
import { headerTitleOf } from './read';
import { firstMatch } from './read-list';
import type { ConversationRef } from './types';

export function findComposer(root: ParentNode): HTMLElement | null {
  return firstMatch(root, S.COMPOSER) as HTMLElement | null;
}

/**
 * Where a template goes: over everything in an empty composer (an empty paragraph, stray spaces),
 * else after the text, on a line of its own so it is never glued to what the user wrote.
 * Returns the text to type.
 */
function placeFor(composer: HTMLElement, text: string): string {
  const empty = (composer.textContent ?? '').trim() === '';
  const doc = composer.ownerDocument;
  const selection = doc.getSelection();
  if (selection) {
    const range = doc.createRange();
    range.selectNodeContents(composer);
    if (!empty) range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  return empty ? text : `\n${text}`;
}

const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const holds = (composer: HTMLElement, text: string, before: string) => (composer.textContent ?? '') !== before && (composer.textContent ?? '').replace(/\s+/g, ' ').includes(text.replace(/\s+/g, ' ').trim());

/**
 * Inserts `text` into the composer (in place of an empty one's leftovers, else on a new line after
 * its text); true when the composer then shows it.
 *
 * @example await insertIntoComposer(findComposer(document)!, 'Thanks, we ship to Oslo in 2–3 days.')
 */
export async function insertIntoComposer(composer: HTMLElement, text: string): Promise<boolean> {
  if (!text) return false;
  const doc = composer.ownerDocument;
  const before = composer.textContent ?? '';
  composer.focus();
  const typed = placeFor(composer, text);
  let accepted = false;
  try {
    accepted = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, typed);
  } catch {
    accepted = false;
  }
  if (accepted) {
    await settled();
    if (holds(composer, text, before)) return true;
  }
  const view = doc.defaultView;
  if (!view) return false;
  const beforeInput = new view.InputEvent('beforeinput', { inputType: 'insertText', data: typed, bubbles: true, cancelable: true, composed: true });
  composer.dispatchEvent(beforeInput);
  await settled();
  if (holds(composer, text, before)) return true;
  if (!beforeInput.defaultPrevented && typeof view.DataTransfer === 'function' && typeof view.ClipboardEvent === 'function') {
    const data = new view.DataTransfer();
    data.setData('text/plain', typed);
    composer.dispatchEvent(new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    await settled();
  }
  return holds(composer, text, before);
}

/** The conversation open in the page at `url`. */
export function openConversationRef(root: ParentNode, url: string): ConversationRef {
  return { threadId: selectedThreadIdOf(url), title: headerTitleOf(root).title };
}

/**
 * True when `open` is the conversation `writtenFor` names: whatever both know (thread id, title)
 * agrees, and they know at least one of them. The title is checked too because a click on the
 * Instagram surface may leave the URL's thread id behind.
 */
export function isSameConversation(writtenFor: ConversationRef, open: ConversationRef): boolean {
  const ids = writtenFor.threadId && open.threadId ? writtenFor.threadId === open.threadId : null;
  const titles = writtenFor.title && open.title ? writtenFor.title === open.title : null;
  return ids !== false && titles !== false && (ids === true || titles === true);
}

export type InsertResult = 'inserted' | 'failed' | 'other-conversation';

/**
 * Inserts a text written for one conversation into the composer, only while that conversation is
 * the one open: a template rendered for Anna must not land in Ben's reply box.
 */
export async function insertForConversation(root: ParentNode, url: string, text: string, writtenFor: ConversationRef): Promise<InsertResult> {
  if (!isSameConversation(writtenFor, openConversationRef(root, url))) return 'other-conversation';
  const composer = findComposer(root);
  return composer && (await insertIntoComposer(composer, text)) ? 'inserted' : 'failed';
}
