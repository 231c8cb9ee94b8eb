/**
 * What DOM mutations touched since the last batch: rows, message bubbles, the conversation header.
 * Only the mutated nodes and the subtrees added are examined — never the whole page.
 */
import * as S from './selectors';
import { findThreadList, isRowElement, rowOf } from './read-list';
import { findTranscript } from './read-transcript';

const HEADER = S.DETAIL_HEADER.join(',');
const isOwn = (node: Node) => (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(`[${S.OWN_NODE_ATTRIBUTE}]`) != null;

export class ChangedNodes {
  readonly rows = new Set<Element>();
  readonly messages = new Set<Element>();
  header = false;
  // undefined: look again; null: looked and not found (looked for again only when rows or messages are added).
  private list: Element | null | undefined = undefined;
  private transcript: Element | null | undefined = undefined;

  constructor(private readonly document: Document) {}

  /** The list and transcript are looked up once, and again only when they left the page (a document-wide query is the costly part). */
  currentList(): Element | null {
    if (this.list === undefined || (this.list && !this.list.isConnected)) this.list = findThreadList(this.document);
    return this.list;
  }
  currentTranscript(): Element | null {
    if (this.transcript === undefined || (this.transcript && !this.transcript.isConnected)) this.transcript = findTranscript(this.document);
    return this.transcript;
  }
  forgetTranscript(): void {
    this.transcript = undefined;
  }

  get any(): boolean {
    return this.rows.size > 0 || this.messages.size > 0 || this.header;
  }

  clear(): void {
    this.rows.clear();
    this.messages.clear();
    this.header = false;
  }

  note(records: readonly MutationRecord[]): void {
    const list = this.currentList();
    for (const record of records) {
      if (isOwn(record.target)) continue;
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      if (!target) continue;
      const inList = list && list.contains(target) ? list : null;
      const row = inList ? rowOf(target, inList) : null;
      if (row) this.rows.add(row);
      if (!this.header && target.closest(HEADER)) this.header = true;
      if (record.type === 'childList') for (const node of record.addedNodes) if (!isOwn(node)) this.noteAdded(node, inList);
    }
  }

  private noteAdded(node: Node, inList: Element | null): void {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const before = this.messages.size;
    if (el.hasAttribute(S.MESSAGE_ID_ATTRIBUTE)) this.messages.add(el);
    for (const m of el.querySelectorAll(S.MESSAGE)) this.messages.add(m);
    if (this.messages.size > before && this.transcript === null) this.transcript = undefined;
    if (inList) {
      if (isRowElement(el)) this.rows.add(el);
      for (const r of el.querySelectorAll(S.THREAD_ROW)) if (isRowElement(r)) this.rows.add(r);
    } else if (el.querySelector(S.THREAD_ROW)) {
      this.list = undefined; // a list may have (re)appeared: its rows are new content
      const found = this.currentList();
      if (found && el.contains(found)) for (const r of found.querySelectorAll(S.THREAD_ROW)) if (isRowElement(r)) this.rows.add(r);
    }
    if (el.matches(HEADER) || el.querySelector(HEADER)) this.header = true;
  }
}
