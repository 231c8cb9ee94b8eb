/**
 * The one typed protocol between the content script, the background worker, the popup and the
 * options page. Every message type names its direction (`<from>To<to>:<what>`) and its reply
 * type; this file is the only place that sends or receives runtime messages.
 *
 * Replies travel as `{ ok, value | error }`, so a handler's failure reaches the sender as a
 * rejected promise with its message instead of a silent `undefined`.
 *
 * Each type is accepted only from the context its `<from>` names (see `senderOf`): a content
 * script lives inside a page Meta controls and must not reach what only the extension's own pages
 * may do (export, delete, settings), and a content script's Page is the one its tab's URL shows,
 * never one it names.
 */
import { browser } from 'wxt/browser';
import { isConversationInbox, pageIdOf } from '@/core/inbox/inbox-url';
import type { AgentFigures, Channel, Folder, RequestStanding, Risk, Stats, ThreadState } from '@/core/metrics';
import type { InsertResult } from '@/core/inbox/composer';
import type { ConversationRef, InboxSnapshot, ListRowSnapshot, OpenThreadSnapshot, ReaderHealth } from '@/core/inbox/types';
import type { Settings } from '@/core/settings';
import type { Template } from '@/core/templates';

/** What a content script saw change, sent to the background. Never raw HTML, never message text. */
/** Why the store could not write: its quota is full, or another write error. */
export type StoreWriteReason = 'quota' | 'write';

export interface ObservationBatch {
  /** Unique per batch; the content script re-sends a batch until it is acknowledged. */
  batchId: string;
  pageId: string;
  channel: InboxSnapshot['channel'];
  folder: Folder | null;
  /** When the content script made the batch (the "seen" instant of messages without a better one). */
  seenAt: number;
  rows: ListRowSnapshot[];
  open: OpenThreadSnapshot | null;
  /** The page shows a "scheduled to be away" notice (R9), when the reader can tell. */
  awayBanner: boolean | null;
  /** The Page's name when the page shows it (business data, no customer's): kept with the Page. */
  pageName?: string | null;
}

/**
 * How a tab's observations reach the store: why the latest batch could not be stored (null: it
 * was), and how many batches the tab gave up (tried too often, or pushed out of a full queue).
 */
export interface DeliveryHealth {
  storeFailure: StoreWriteReason | null;
  droppedBatches: number;
}

/** A waiting conversation as the inline badge needs it: instants only, the badge ticks locally. */
export interface ThreadBadgeState extends ThreadState {
  /** The list row key (core/inbox thread identity) and, when known, the URL's thread id. */
  rowKey: string | null;
  title: string | null;
  channel: Channel;
  timeTargetSeconds: number;
  /** Whether its latest customer message counts in the figures, and if not why (null: unknown). */
  standing: RequestStanding | null;
}

/**
 * Badge states for an inbox tab. Full (`partial` false or absent): every waiting conversation of
 * the Page; the tab replaces what it holds. Partial: only the conversations one batch changed —
 * `states` are theirs, `removed` names those of them that have no state now (a thread's key, which
 * is the `threadId` its states carried); the tab merges. *Why:* a busy Page has hundreds waiting,
 * and sending all of them after every small batch cost more than storing it.
 */
export interface ThreadStatesUpdate {
  states: ThreadBadgeState[];
  partial?: boolean;
  removed?: string[];
}

export interface WaitingThread extends ThreadBadgeState {
  pageId: string;
}

export interface HistoryPoint {
  /** Start of the day (UTC ms, local midnight of the user's zone). */
  day: number;
  responseRate: number | null;
  responseTimeSeconds: number | null;
  /** R13: the least and greatest the day's time could be; null when nothing was answered. */
  responseTimeRange: readonly [number, number] | null;
  /** The day's figures were uncertain: the time was a range, or the badge could go either way (R13). */
  uncertain: boolean;
}

/** How many waiting conversations the popup is sent (and shows), most urgent first. */
export const OVERVIEW_WAITING_LIMIT = 20;

/** The popup's figures: the Page's Stats without the per-thread map (10,000 entries on a busy Page). */
export type OverviewStats = Omit<Stats, 'threads'>;

/** How many not-yet-read conversations the popup is sent (and lists), latest activity first. */
export const OVERVIEW_NOT_YET_READ_LIMIT = 20;

/** A conversation whose list row shows activity its transcript read does not (R14): enough to open it. */
export interface UnreadConversation {
  threadId: string | null;
  rowKey: string | null;
  title: string | null;
  /** The latest activity its row showed. */
  rowActivityAt: number;
}

/**
 * What the figures rest on (R14). `learning`: too little read to give a verdict; `empty`: nothing
 * read and nothing to read (nothing to count yet); `incomplete`: a verdict, with conversations not
 * yet read; `complete`: every conversation of the window read.
 */
export type CoverageState = 'empty' | 'learning' | 'incomplete' | 'complete';

export interface Coverage {
  state: CoverageState;
  /** The first instant the extension read this Page's inbox; null when it is not known. */
  watchingSince: number | null;
  /** Conversations whose transcript was read and that have a message in the window. */
  readConversations: number;
  /** The most recent not-yet-read conversations: at most OVERVIEW_NOT_YET_READ_LIMIT. */
  notYetRead: UnreadConversation[];
  notYetReadCount: number;
  /** While learning: how many of them to open before there is a verdict (0 otherwise). */
  openForVerdict: number;
}

/** How many conversations whose opening would pin a ranged time the popup is sent (and lists). */
export const OVERVIEW_PINNABLE_LIMIT = 20;

/** R13: the window's replies timed only within a range, and the conversations where opening pins one (its thread's latest message). */
export interface RangedReplies {
  count: number;
  /** The first OVERVIEW_PINNABLE_LIMIT of them, widest range first. */
  pinnable: ThreadToOpen[];
  pinnableCount: number;
}

export interface PageOverview {
  pageId: string;
  pageName: string | null;
  stats: OverviewStats;
  /** The most urgent waiting conversations, most urgent first: at most OVERVIEW_WAITING_LIMIT. */
  waiting: WaitingThread[];
  /** How many conversations are waiting in all. */
  waitingCount: number;
  history: HistoryPoint[];
  coverage: Coverage;
  rangedReplies: RangedReplies;
  health: ReaderHealth | null;
  /** What the Page's inbox tabs last said about storing their observations (kept in memory only: the store may be what fails). */
  delivery: DeliveryHealth | null;
  settings: Settings;
  awayUntil: number | null;
  now: number;
}

/** Which conversation to open: its URL id when known, its list row's key, its title. */
/** A conversation the popup asks the inbox to open: its URL id, else its row key, and its name. */
export interface ThreadToOpen { threadId: string | null; rowKey: string | null; title: string | null }

export interface OpenConversation {
  threadId: string | null;
  title: string | null;
  /** Text of the latest customer message: used to rank templates, then forgotten. */
  latestCustomerMessage: string | null;
  /** The Page's name and the agent's name when the page shows them (template variables). */
  pageName: string | null;
  agentName: string | null;
  composerFound: boolean;
}

/** One day of the report's chart: the Page's figures as they stood at the end of that day (R13: the time's range when uncertain). */
export interface ReportDay extends HistoryPoint {
  responseTimeRange: readonly [number, number] | null;
}

/** The figures over the last `days` days (R5 with that many days) and day by day. */
export interface ReportPeriod {
  days: number;
  requests: number;
  answered: number;
  responseRate: number | null;
  responseTimeSeconds: number | null;
  responseTimeRange: readonly [number, number] | null;
  daily: ReportDay[];
}

/** Requests and response times by local weekday (Monday first) × hour (0–23). */
export interface HeatMap {
  requests: number[][];
  /** The median response time of the requests answered in that hour; null where none was. */
  medianSeconds: Array<Array<number | null>>;
}

/** A request that went unanswered (missed) or was answered after the time target (late). */
export interface ReportRequest {
  threadId: string | null;
  title: string | null;
  at: number;
  status: 'missed' | 'late';
  responseSeconds: number | null;
  /** Who answered it late, or whom an assignment note made it the miss of; null when nobody is named. */
  agent: string | null;
  /** The conversation in the inbox; null when its thread id was never seen. */
  url: string | null;
}

/** The report page's data for one Page. */
export interface PageReport {
  pageId: string;
  pageName: string | null;
  now: number;
  timeZone: string;
  rateTarget: number;
  timeTargetSeconds: number;
  /** The Page's own window (R5), over which the agents' figures are counted. */
  windowDays: number;
  periods: ReportPeriod[];
  heat: HeatMap;
  /** Empty when no reply names an agent (a build without "Sent by"). */
  agents: AgentFigures[];
  /** Latest first. */
  requests: ReportRequest[];
}

/** An export ready in the worker: fetch its `parts` with `optionsToBackground:exportPart` (core/file-transfer.ts). */
export interface ExportStarted { fileName: string; transferId: string; parts: number; bytes: number }
export type ImportResult = { ok: true; messages: number; threads: number } | { ok: false; error: string };

/** Every message: [request payload, reply]. */
export interface Protocol {
  /** `failure`: why the batch was not stored (null when it was). */
  'contentToBackground:observe': [ObservationBatch, { acknowledged: string; stored: boolean; failure: StoreWriteReason | null } & ThreadStatesUpdate];
  /** A tab starting on a Page asks for the full set (later batches answer with partial ones). The Page is the tab's. */
  'contentToBackground:threadStates': [null, ThreadStatesUpdate];
  /** The reader's health on the tab's Page. */
  'contentToBackground:health': [{ health: ReaderHealth; diagnostics: string }, null];
  /** How storing the tab's observations goes, for the popup of the tab's Page. */
  'contentToBackground:delivery': [{ delivery: DeliveryHealth }, null];
  'backgroundToContent:threadStates': [{ pageId: string; risk: Risk } & ThreadStatesUpdate, null];
  /** The Page's figures were worked out again (a batch stored, settings changed, the minute's round): an open popup asks for them anew. */
  'backgroundToUi:pageChanged': [{ pageId: string }, null];
  'popupToContent:openConversation': [null, OpenConversation];
  /** Refused (`other-conversation`) when the conversation open now is not the one the text was written for. */
  'popupToContent:insertText': [{ text: string; conversation: ConversationRef }, { result: InsertResult }];
  'popupToContent:openThread': [ThreadToOpen, { opened: boolean }];
  'popupToContent:diagnostics': [null, { diagnostics: string }];
  'uiToBackground:overview': [{ pageId: string | null }, PageOverview | null];
  /** Whether the open conversation's latest request counts, and if not why (null: not stored, or no customer message). */
  'popupToBackground:standing': [{ pageId: string; threadId: string }, { standing: RequestStanding | null }];
  'popupToBackground:templateUsed': [{ templateId: string }, null];
  'uiToBackground:templates': [null, Template[]];
  'uiToBackground:pages': [null, Array<{ pageId: string; pageName: string | null }>];
  'optionsToBackground:saveTemplates': [{ templates: Template[] }, Template[]];
  'uiToBackground:settings': [{ pageId: string | null }, Settings];
  'uiToBackground:saveSettings': [{ pageId: string | null; settings: Settings }, { ok: true } | { ok: false; error: string }];
  'uiToBackground:setAway': [{ pageId: string; away: boolean }, { awayUntil: number | null }];
  'optionsToBackground:export': [{ format: 'json' | 'csv' }, ExportStarted];
  'optionsToBackground:exportPart': [{ transferId: string; index: number }, { text: string }];
  /** An import file's parts, in order from 0; then `import` with how many were sent. */
  'optionsToBackground:importPart': [{ transferId: string; index: number; text: string }, null];
  'optionsToBackground:import': [{ transferId: string; parts: number }, ImportResult];
  'optionsToBackground:deleteAll': [null, { ok: true }];
  /** The Page asked for, else the one seen last; null when there is none yet. */
  'reportToBackground:report': [{ pageId: string | null }, PageReport | null];
  /** The agents' names as the page showed them, each with the team's name for it. */
  'optionsToBackground:agentNames': [{ pageId: string }, Array<{ shown: string; name: string }>];
  'optionsToBackground:saveAgentNames': [{ pageId: string; names: Record<string, string> }, { ok: boolean }];
}

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = Protocol[K][0];
export type ReplyOf<K extends MessageType> = Protocol[K][1];
type ToBackground = Extract<MessageType, `${string}ToBackground:${string}`>;
type ToContent = Extract<MessageType, `${string}ToContent:${string}`>;

interface Envelope<K extends MessageType = MessageType> { type: K; payload: RequestOf<K> }
type Outcome<R> = { ok: true; value: R } | { ok: false; error: string };

/** Who sent a message, as checked: its tab, and for an inbox tab the Page its URL shows. */
export interface MessageSender {
  tabId: number | null;
  url: string | null;
  pageId: string | null;
}

export type Handlers<K extends MessageType> = {
  [P in K]: (payload: RequestOf<P>, sender: MessageSender) => Promise<ReplyOf<P>> | ReplyOf<P>;
};

/** What the browser says about a message's sender (runtime.MessageSender, the fields read here). */
export interface RuntimeSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** Under the extension's own origin (compared as text: `URL.origin` is "null" for extension schemes outside browsers). */
function isExtensionUrl(url: string | undefined): boolean {
  return !!url && url.startsWith(browser.runtime.getURL('/'));
}

/**
 * The sender, when it is the context the message type names as its `<from>`; else null.
 * `content`: a content script in a conversation-inbox tab. `popup`, `options`, `ui`: the
 * extension's own pages (in a tab only when that tab shows one). `background`: the worker (no tab).
 */
function senderOf(type: MessageType, sender: RuntimeSender | undefined): MessageSender | null {
  if (!sender || sender.id !== browser.runtime.id) return null;
  const from = type.slice(0, type.indexOf('To'));
  const tabUrl = sender.tab?.url;
  const checked = { tabId: sender.tab?.id ?? null, url: tabUrl ?? sender.url ?? null };
  if (from === 'content') return tabUrl && isConversationInbox(tabUrl) ? { ...checked, pageId: pageIdOf(tabUrl) } : null;
  if (from === 'background') return sender.tab ? null : { ...checked, pageId: null };
  const extensionPage = isExtensionUrl(sender.url) && (!sender.tab || isExtensionUrl(tabUrl));
  return extensionPage ? { ...checked, pageId: null } : null;
}

async function unwrap<R>(reply: Promise<unknown>): Promise<R> {
  const outcome = (await reply) as Outcome<R> | undefined;
  if (!outcome) throw new Error('No receiver answered');
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value;
}

export function sendToBackground<K extends ToBackground>(type: K, payload: RequestOf<K>): Promise<ReplyOf<K>> {
  const envelope: Envelope<K> = { type, payload };
  return unwrap(browser.runtime.sendMessage(envelope));
}

export function sendToTab<K extends ToContent | 'backgroundToContent:threadStates'>(tabId: number, type: K, payload: RequestOf<K>): Promise<ReplyOf<K>> {
  const envelope: Envelope<K> = { type, payload };
  return unwrap(browser.tabs.sendMessage(tabId, envelope));
}

/** Tells the extension's open pages (the popup) that a Page changed; none being open is no error. */
export async function tellUiPageChanged(pageId: string): Promise<void> {
  const envelope: Envelope<'backgroundToUi:pageChanged'> = { type: 'backgroundToUi:pageChanged', payload: { pageId } };
  await browser.runtime.sendMessage(envelope).catch(() => undefined);
}

/** Answers the given message types until `signal` aborts; other types are left to other listeners. */
export function handleMessages<K extends MessageType>(handlers: Handlers<K>, signal?: AbortSignal): void {
  const listener = (message: unknown, runtimeSender: RuntimeSender | undefined, sendResponse?: (r: unknown) => void): true | Promise<Outcome<unknown>> | undefined => {
    const envelope = message as Partial<Envelope>;
    // Own keys only: a type such as "constructor" or "toString" must not reach Object.prototype.
    if (typeof envelope?.type !== 'string' || !Object.hasOwn(handlers, envelope.type)) return undefined;
    const type = envelope.type as K;
    const handler = handlers[type] as (p: unknown, s: MessageSender) => unknown;
    const sender = senderOf(type, runtimeSender);
    const outcome: Promise<Outcome<unknown>> = Promise.resolve()
      .then(() => {
        if (!sender) throw new Error(`${type} is not accepted from this sender`);
        return handler(envelope.payload, sender);
      })
      .then((value) => ({ ok: true as const, value: value ?? null }), (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }));
    // Browsers pass sendResponse (reply with it and keep the channel open); WXT's fake browser
    // passes none and takes the returned promise as the reply.
    if (typeof sendResponse !== 'function') return outcome;
    void outcome.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as never), { once: true });
}
