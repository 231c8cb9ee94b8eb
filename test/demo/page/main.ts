/**
 * Boots the demo inbox: builds the shell (channels, folders, list, detail), applies the seed
 * (from the harness's injected config or the default one), follows the URL like the real
 * single-page app (pushState on open, popstate on back), and exposes `window.demoInbox`.
 */
import { createApi, type DemoInboxApi, type DemoSeed } from './api';
import { installAtomicStyles, rotateClassNames } from './classes';
import { defaultSeed } from './default-seed';
import { LABELS, type DemoLanguage } from './i18n';
import { mountDetail, renderDetail } from './render-detail';
import { mountList, renderList, scrollToThread } from './render-list';
import { changed, onChange, state, threadById, type DemoBuild, type Folder } from './state';

declare global {
  interface Window { demoInbox: DemoInboxApi }
}

/** Set by the harness's server as <script type="application/json" id="demo-config">. */
interface DemoConfig { seed?: DemoSeed; language?: DemoLanguage; build?: DemoBuild }

const FOLDERS: Folder[] = ['inbox', 'followup', 'done', 'spam'];

function readConfig(): DemoConfig {
  const text = document.getElementById('demo-config')?.textContent;
  return text ? (JSON.parse(text) as DemoConfig) : {};
}

function selectedIdInUrl(): string | null {
  return new URL(location.href).searchParams.get('selected_item_id');
}

/** Opens a thread (or none) and writes it into the URL, as the real inbox does. */
function navigate(id: string | null, push = true): void {
  const t = id ? threadById(id) : undefined;
  state.openId = t?.id ?? null;
  if (t) t.unread = false;
  const url = new URL(location.href);
  if (t) {
    url.searchParams.set('selected_item_id', t.id);
    url.searchParams.set('thread_type', 'FB_MESSAGE');
  }
  if (url.href !== location.href) {
    if (push) history.pushState({}, '', url);
    else history.replaceState({}, '', url);
  }
  changed({ threadId: t?.id });
  if (t) scrollToThread(t.id);
}

function renderFolders(nav: HTMLElement): void {
  const labels = LABELS[state.language].folders;
  nav.replaceChildren(...FOLDERS.map((folder) => {
    const tab = document.createElement('div');
    tab.setAttribute('role', 'tab');
    tab.setAttribute('tabindex', '0');
    tab.setAttribute('aria-selected', String(state.folder === folder));
    tab.textContent = labels[folder];
    tab.addEventListener('click', () => window.demoInbox.showFolder(folder));
    return tab;
  }));
}

function boot(): void {
  installAtomicStyles();
  const root = document.getElementById('demo-root')!;
  const nav = root.querySelector<HTMLElement>('.demo-folders')!;
  mountList(root.querySelector('.demo-list')!, (id) => navigate(id), (id, action) => {
    const t = threadById(id);
    if (t) window.demoInbox.moveTo(t.name, action);
  });
  mountDetail(root.querySelector('.demo-detail-host')!, (text) => {
    const t = state.openId ? threadById(state.openId) : undefined;
    if (t) window.demoInbox.pageReplies(t.name, { text, agent: state.agent });
  });
  let lastFolder: Folder | null = null;
  onChange(({ full }) => {
    if (full || lastFolder !== state.folder) renderFolders(nav);
    lastFolder = state.folder;
    renderList(full);
    renderDetail(full);
  });
  const rerender = (full: boolean) => changed({ full });
  window.demoInbox = createApi(navigate, rerender, rotateClassNames);

  // Channel links change the URL without a load, like the real app.
  root.querySelector('[data-surface$="channel_selector"]')!.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    history.pushState({}, '', link.href);
  });
  addEventListener('popstate', () => navigate(selectedIdInUrl(), false));

  const config = readConfig();
  window.demoInbox.seed({ ...(config.seed ?? defaultSeed()), ...(config.language ? { language: config.language } : {}), ...(config.build ? { build: config.build } : {}) });
  if (!state.openId) navigate(selectedIdInUrl(), false);
  document.documentElement.dataset.demoInbox = 'ready'; // tests wait for this before scripting
}

boot();
