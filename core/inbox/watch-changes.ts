/**
 * What DOM mutations touched since the last batch: rows, message bubbles, the conversation header.
 * Only the mutated nodes and the subtrees added are examined — never the whole page.
 */
import * as S from './selectors';
import { findThreadList, isRowElement, rowOf } from './read-list';
import { findTranscript } from './read-transcript';

const HEADER = S.DETAIL_HEADER.join(',');
/**
 * Our nodes are badge hosts whose content lives in a shadow root, which a document observer does
 * not see: a mutated element is ours only if it is a host itself — no walk up the page per record.
 */
const isOwnNode = (node: Node) => node.nodeType === 1 && (node as Element).hasAttribute(S.OWN_NODE_ATTRIBUTE);

/** A record of our own making: only badge hosts added or removed (badges are attached in slices, after the batch that read their rows). */
function isOwnRecord(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const { addedNodes, removedNodes } = record;
  if (!addedNodes.length && !removedNodes.length) return false;
  for (let i = 0; i < addedNodes.length; i++) if (!isOwnNode(addedNodes[i]!)) return false;
  for (let i = 0; i < removedNodes.length; i++) if (!isOwnNode(removedNodes[i]!)) return false;
  return true;
}

/** Where a mutated element sits: in the list (the list) and/or in the transcript last found. */
interface TargetPlace { inList: Element | null; inTranscript: boolean }

/** Collects what mutations touched; the watcher takes each kind once per batch. */
export class ChangedNodes {
  private readonly rows = new Set<Element>();
  private readonly messages = new Set<Element>();
  /** Subtrees added inside the transcript (on a build without ids, new messages are only these). */
  private transcriptAdded: Element[] = [];
  private header = false;
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

  /** The rows touched since the last take, in the order they were noted. */
  takeRows(): Element[] {
    const rows = [...this.rows];
    this.rows.clear();
    return rows;
  }
  /** The message bubbles touched since the last take. */
  takeMessages(): Element[] {
    const messages = [...this.messages];
    this.messages.clear();
    return messages;
  }
  /** Whether the conversation header changed since the last take. */
  takeHeader(): boolean {
    const header = this.header;
    this.header = false;
    return header;
  }

  get any(): boolean {
    return this.rows.size > 0 || this.messages.size > 0 || this.header || this.transcriptAdded.length > 0;
  }

  clear(): void {
    this.rows.clear();
    this.messages.clear();
    this.transcriptAdded = [];
    this.header = false;
  }

  /** The subtrees added inside the transcript since last asked. */
  takeTranscriptAdded(): Element[] {
    const added = this.transcriptAdded;
    this.transcriptAdded = [];
    return added;
  }

  note(records: readonly MutationRecord[]): void {
    const list = this.currentList();
    // Known before the records are placed, so that additions inside it are noticed (builds without ids).
    if (this.transcript === undefined) this.currentTranscript();
    // One incoming message yields many records on few targets (a bubble added, its text set, the
    // row's time and preview changed): each target's place on the page is worked out once per call.
    const places = new Map<Element, TargetPlace | null>();
    // A re-rendered row or bubble is often added several times in one call: its subtree is read once.
    const added = new Set<Node>();
    // How many of a target's element children this call has read. Once that is all of them, the
    // target's older records only added what it no longer holds (a row re-rendered twenty times in
    // one task): they are skipped without touching their nodes. Touching a node the content script
    // has not touched before costs a wrapper in its isolated world, the larger part of this loop.
    const childrenRead = new Map<Element, number>();
    // Newest first, so that the children a target holds now are met before the ones it replaced.
    for (let r = records.length - 1; r >= 0; r--) {
      const record = records[r]!;
      if (isOwnRecord(record)) continue;
      const node = record.target;
      const target = node.nodeType === 1 ? (node as Element) : node.parentElement;
      // A target that left the page took what it holds with it; whatever of it is shown again was
      // added somewhere on the page, which has a record of its own. (Most records of a burst.)
      if (!target || !target.isConnected) continue;
      let place = places.get(target);
      if (place === undefined) {
        place = this.noteTarget(target, list);
        places.set(target, place);
      }
      if (!place) continue; // our own node
      if (record.type !== 'childList') continue;
      let read = childrenRead.get(target) ?? 0;
      if (read > 0 && read >= target.childElementCount) continue;
      const nodes = record.addedNodes;
      for (let i = 0; i < nodes.length; i++) {
        const child = nodes[i]!;
        // Gone, moved on (its own record), or read from a newer record of this target.
        if (child.nodeType !== 1 || child.parentNode !== target || added.has(child)) continue;
        added.add(child);
        read++;
        if (!isOwnNode(child)) this.noteAdded(child as Element, place);
      }
      childrenRead.set(target, read);
    }
  }

  /** Notes the row or header a mutated element is in; null when the element is ours. */
  private noteTarget(target: Element, list: Element | null): TargetPlace | null {
    if (isOwnNode(target)) return null;
    const inList = list && list.contains(target) ? list : null;
    const row = inList ? rowOf(target, inList) : null;
    if (row) this.rows.add(row);
    // The transcript as last found (no lookup here): the header is beside it, never inside it or the list.
    const inTranscript = !inList && !!this.transcript && this.transcript.isConnected && this.transcript.contains(target);
    if (!this.header && !inList && !inTranscript && target.closest(HEADER)) this.header = true;
    return { inList, inTranscript };
  }

  /** Notes the rows, bubbles and header in an added subtree (still on the page). */
  private noteAdded(el: Element, { inList, inTranscript }: TargetPlace): void {
    const before = this.messages.size;
    if (el.hasAttribute(S.MESSAGE_ID_ATTRIBUTE)) this.messages.add(el);
    for (const m of el.querySelectorAll(S.MESSAGE)) this.messages.add(m);
    if (this.messages.size > before && this.transcript === null) this.transcript = undefined;
    if (inTranscript) {
      this.transcriptAdded.push(el);
      return; // bubbles: no list and no header inside the transcript
    }
    if (inList) {
      if (isRowElement(el)) this.rows.add(el);
      for (const r of el.querySelectorAll(S.THREAD_ROW)) if (isRowElement(r)) this.rows.add(r);
      return; // the header is never inside the list
    } else if (el.querySelector(S.THREAD_ROW)) {
      this.list = undefined; // a list may have (re)appeared: its rows are new content
      const found = this.currentList();
      if (found && el.contains(found)) for (const r of found.querySelectorAll(S.THREAD_ROW)) if (isRowElement(r)) this.rows.add(r);
    }
    if (!this.header && (el.matches(HEADER) || el.querySelector(HEADER))) this.header = true;
  }
}
