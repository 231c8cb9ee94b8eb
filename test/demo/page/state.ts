/**
 * The demo inbox's data: threads, their messages and system notes, and the view state
 * (folder, open thread, language). Mutations go through these functions and then call
 * `changed()`, which the renderer subscribes to.
 */
import type { DemoLanguage } from './i18n';

export type Folder = 'inbox' | 'done' | 'spam' | 'followup';
export type Automation = 'instant_reply' | 'away_message' | 'automation';
/**
 * Which of Meta's builds the transcript imitates: `ids` (data-message-id bubbles, data-utime on
 * groups, "Sent by" on every Page group) or `no-ids` (the 2026 raw pages: layout only, dividers
 * as the only times, automated greetings unlabelled). The list is the same in both.
 */
export type DemoBuild = 'ids' | 'no-ids';
export const DEMO_BUILDS: readonly DemoBuild[] = ['ids', 'no-ids'];

export interface DemoMessage {
  id: string; // rendered as data-message-id="mid.$<id>" (on the id-less build: not rendered)
  from: 'customer' | 'page';
  text: string; // empty = a sticker (a bubble with an id and no text)
  at: number; // epoch ms
  agent?: string; // person who sent a Page message ("Sent by <agent>")
  automated?: Automation;
}

export interface DemoNote { at: number; text: string }

export interface DemoThread {
  id: string; // 15 digits, the customer's id (selected_item_id)
  name: string;
  folder: Folder;
  unread: boolean;
  messages: DemoMessage[];
  notes: DemoNote[];
  fromAd: boolean; // the transcript opens with "<name> replied to an ad."
}

export interface DemoState {
  threads: DemoThread[];
  folder: Folder;
  openId: string | null;
  language: DemoLanguage;
  agent: string; // who "you" are when typing in the composer
  duplicateRows: boolean; // the virtualised list's quirk of rendering one row twice
  recreateRows: boolean; // the worst case: rows recycled by position and rebuilt when they change
  awayBanner: boolean;
  build: DemoBuild;
}

export const state: DemoState = {
  threads: [], folder: 'inbox', openId: null, language: 'en', agent: 'Fah Somchai',
  duplicateRows: true, recreateRows: false, awayBanner: false, build: 'ids',
};

type Listener = (what: { threadId?: string; full?: boolean }) => void;
const listeners: Listener[] = [];
export function onChange(listener: Listener): void {
  listeners.push(listener);
}
/** Tells the renderer something changed; `full` forces a rebuild (language, seed, classes). */
export function changed(what: { threadId?: string; full?: boolean } = {}): void {
  for (const l of listeners) l(what);
}

let messageCounter = 0;
export function nextMessageId(): string {
  messageCounter += 1;
  return `demo${messageCounter.toString(36)}x${Math.random().toString(36).slice(2, 10)}`;
}

let threadCounter = 0;
/** A fresh 15-digit Messenger thread id. */
export function nextThreadId(): string {
  threadCounter += 1;
  return String(100000000000000 + threadCounter * 7919);
}

export function threadByName(name: string): DemoThread | undefined {
  return state.threads.find((t) => t.name === name);
}

export function threadById(id: string): DemoThread | undefined {
  return state.threads.find((t) => t.id === id);
}

/** Last activity of a thread (the instant the list shows). */
export function lastActivity(t: DemoThread): number {
  return Math.max(0, ...t.messages.map((m) => m.at), ...t.notes.map((n) => n.at));
}

/** Threads of a folder, newest activity first — the list's order. */
export function threadsIn(folder: Folder): DemoThread[] {
  return state.threads.filter((t) => t.folder === folder).sort((a, b) => lastActivity(b) - lastActivity(a));
}

/** Adds a message in time order (backdated messages land where they belong). */
export function addMessage(t: DemoThread, m: DemoMessage): void {
  t.messages.push(m);
  t.messages.sort((a, b) => a.at - b.at);
}
