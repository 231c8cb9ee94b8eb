/**
 * `window.demoInbox`: the control API tests and people use to script a session without
 * clicking. Documented in test/demo/README.md. Every call re-renders synchronously, so the
 * DOM is up to date when the call returns.
 */
import { advanceDemoClock, demoNow } from './clock';
import { DEMO_LANGUAGES, type DemoLanguage } from './i18n';
import { transcriptBlocks } from './transcript-blocks';
import {
  addMessage, changed, DEMO_BUILDS, lastActivity, nextMessageId, nextThreadId, state, threadByName, threadById,
  type Automation, type DemoBuild, type DemoThread, type Folder,
} from './state';

/** When something happened: `at` (epoch ms) or `minutesAgo` (relative to the demo clock); default now. */
export interface When { at?: number; minutesAgo?: number }
export interface SeedMessage extends When { from: 'customer' | 'page'; text?: string; agent?: string; automated?: Automation }
export interface SeedThread { name: string; id?: string; folder?: Folder; unread?: boolean; fromAd?: boolean; messages: SeedMessage[]; notes?: (When & { text: string })[] }
export interface DemoSeed { threads: SeedThread[]; language?: DemoLanguage; agent?: string; open?: string | null; duplicateRows?: boolean; recreateRows?: boolean; awayBanner?: boolean; build?: DemoBuild }
export interface ThreadSummary { id: string; name: string; folder: Folder; unread: boolean; messages: number; lastActivity: number }

export interface DemoInboxApi {
  customerWrites(threadName: string, text?: string, when?: When): string;
  pageReplies(threadName: string, options?: When & { text?: string; automated?: Automation; agent?: string }): string;
  note(threadName: string, text: string, when?: When): void;
  open(threadName: string): void;
  moveTo(threadName: string, folder: Folder): void;
  showFolder(folder: Folder): void;
  advance(ms: number): void;
  setLanguage(language: DemoLanguage): void;
  setAgent(name: string): void;
  setQuirks(quirks: { duplicateRows?: boolean; recreateRows?: boolean; awayBanner?: boolean }): void;
  setBuild(build: DemoBuild): void;
  rotateClassNames(): void;
  seed(seed: DemoSeed): void;
  now(): number;
  threads(): ThreadSummary[];
  openThread(): ThreadSummary | null;
  dividers(threadName: string): number[];
}

const CUSTOMER_LINES = ['Hi! Is this still available?', 'Do you ship to Oslo?', 'What are your opening hours?', 'Can I change my order?', 'Hallo, habt ihr das in Größe M?', 'Ciao, quanto costa la spedizione?'];
const PAGE_LINES = ['Thanks for your message, we will be right with you.', 'Yes, in 2–3 days.', 'Of course — which size?'];
let lineIndex = 0;

function instant(when: When | undefined): number {
  if (when?.at !== undefined) return when.at;
  return demoNow() - (when?.minutesAgo ?? 0) * 60_000;
}

function summary(t: DemoThread): ThreadSummary {
  return { id: t.id, name: t.name, folder: t.folder, unread: t.unread, messages: t.messages.length, lastActivity: lastActivity(t) };
}

function mustFind(name: string): DemoThread {
  const t = threadByName(name);
  if (!t) throw new Error(`demoInbox: no conversation named "${name}" (have: ${state.threads.map((x) => x.name).join(', ')})`);
  return t;
}

function newThread(name: string, id?: string, folder: Folder = 'inbox', fromAd = false): DemoThread {
  const t: DemoThread = { id: id ?? nextThreadId(), name, folder, unread: false, messages: [], notes: [], fromAd };
  state.threads.push(t);
  return t;
}

/** `navigate(id)` opens a thread and updates the URL; `rerender(full)` redraws everything. */
export function createApi(navigate: (id: string | null) => void, rerender: (full: boolean) => void, rotate: () => void): DemoInboxApi {
  const api: DemoInboxApi = {
    customerWrites(threadName, text, when) {
      const t = threadByName(threadName) ?? newThread(threadName);
      const id = nextMessageId();
      addMessage(t, { id, from: 'customer', text: text ?? CUSTOMER_LINES[lineIndex++ % CUSTOMER_LINES.length]!, at: instant(when) });
      if (t.folder === 'done') t.folder = 'inbox'; // a new message brings a Done conversation back
      t.unread = state.openId !== t.id;
      changed({ threadId: t.id });
      return id;
    },
    pageReplies(threadName, options = {}) {
      const t = mustFind(threadName);
      const id = nextMessageId();
      const text = options.text ?? PAGE_LINES[lineIndex++ % PAGE_LINES.length]!;
      addMessage(t, { id, from: 'page', text, at: instant(options), agent: options.automated ? undefined : options.agent ?? state.agent, automated: options.automated });
      t.unread = false;
      changed({ threadId: t.id });
      return id;
    },
    note(threadName, text, when) {
      const t = mustFind(threadName);
      t.notes.push({ at: instant(when), text });
      changed({ threadId: t.id });
    },
    open(threadName) {
      const t = mustFind(threadName);
      if (t.folder !== state.folder) state.folder = t.folder;
      navigate(t.id);
    },
    moveTo(threadName, folder) {
      mustFind(threadName).folder = folder;
      changed({});
    },
    showFolder(folder) {
      state.folder = folder;
      changed({});
    },
    advance(ms) {
      advanceDemoClock(ms);
      changed({ full: true });
    },
    setLanguage(language) {
      if (!DEMO_LANGUAGES.includes(language)) throw new Error(`demoInbox: unknown language ${language}`);
      state.language = language;
      document.documentElement.lang = language;
      rerender(true);
    },
    setAgent(name) {
      state.agent = name;
    },
    setQuirks(quirks) {
      if (quirks.duplicateRows !== undefined) state.duplicateRows = quirks.duplicateRows;
      if (quirks.recreateRows !== undefined) state.recreateRows = quirks.recreateRows;
      if (quirks.awayBanner !== undefined) state.awayBanner = quirks.awayBanner;
      rerender(true);
    },
    setBuild(build) {
      if (!DEMO_BUILDS.includes(build)) throw new Error(`demoInbox: unknown build ${build}`);
      state.build = build;
      rerender(true);
    },
    rotateClassNames() {
      rotate();
      rerender(true);
    },
    seed(seed) {
      state.threads = [];
      if (seed.language) { state.language = seed.language; document.documentElement.lang = seed.language; }
      if (seed.agent) state.agent = seed.agent;
      if (seed.duplicateRows !== undefined) state.duplicateRows = seed.duplicateRows;
      if (seed.recreateRows !== undefined) state.recreateRows = seed.recreateRows;
      if (seed.awayBanner !== undefined) state.awayBanner = seed.awayBanner;
      if (seed.build) state.build = seed.build;
      for (const s of seed.threads) {
        const t = newThread(s.name, s.id, s.folder, s.fromAd);
        for (const m of s.messages) {
          const text = m.text ?? (m.from === 'customer' ? CUSTOMER_LINES : PAGE_LINES)[lineIndex++ % 3]!;
          const agent = m.from === 'page' && !m.automated ? m.agent ?? state.agent : undefined;
          addMessage(t, { id: nextMessageId(), from: m.from, text, at: instant(m), agent, automated: m.automated });
        }
        for (const n of s.notes ?? []) t.notes.push({ at: instant(n), text: n.text });
        const last = t.messages[t.messages.length - 1];
        t.unread = s.unread ?? last?.from === 'customer';
      }
      state.openId = null;
      const open = seed.open === undefined ? undefined : seed.open === null ? null : mustFind(seed.open).id;
      navigate(open === undefined ? null : open);
      rerender(true);
    },
    now: demoNow,
    threads: () => state.threads.map(summary),
    openThread: () => {
      const t = state.openId ? threadById(state.openId) : undefined;
      return t ? summary(t) : null;
    },
    dividers(threadName) {
      const blocks = transcriptBlocks(mustFind(threadName), demoNow(), state.language, state.build);
      return blocks.flatMap((b) => (b.kind === 'divider' ? [b.at] : []));
    },
  };
  return api;
}
