/**
 * The conversation list, virtualised like Meta's: rows are absolutely positioned inside a
 * tall spacer and only about a dozen exist at once. By default it renders as Meta's React
 * does, through a keyed reconciler (Preact, keyed by conversation): a new message moves the
 * conversation's row and updates its texts in place. With `recreateRows` on, rows are slots
 * recycled by position whose contents are rebuilt whenever they change (the element that
 * showed row 0 later shows row 12; a new message rebuilds every visible row): the worst case.
 * With `duplicateRows` on, one visible row is rendered a second time on every other render —
 * the quirk seen live. Rows carry no thread id and no link, like the real ones.
 */
import { h, render, type ComponentChild } from 'preact';
import { cls } from './classes';
import { demoNow } from './clock';
import { listTime, dayWord, utime } from './format';
import { LABELS } from './i18n';
import { state, threadsIn, lastActivity, type DemoThread } from './state';

export const ROW_HEIGHT = 94;
const POOL = 12; // rows alive at once
const SURFACE = '/bizweb:inbox/lib:inbox:thread_and_detail/bizweb_inbox:thread_list';

const threadOfRow = new WeakMap<Element, string>(); // row element → thread id (click target)
const signatureOf = new WeakMap<Element, string>(); // skip rows whose content did not change

let scroller: HTMLElement;
let spacer: HTMLElement;
let renders = 0;
let duplicate: HTMLElement | null = null; // the twin row of the quirk, when rendered
let keyedRendered = false; // the spacer's rows belong to Preact (not to the recycled slots)

/** Builds the list container inside `host`; `onOpen`/`onAction` receive thread ids. */
export function mountList(host: HTMLElement, onOpen: (id: string) => void, onAction: (id: string, action: 'done' | 'followup') => void): void {
  host.innerHTML = `<span data-surface="${SURFACE}"><div class="demo-scroller" style="overflow:auto"><div style="position:relative"></div></div></span>`;
  scroller = host.querySelector('.demo-scroller')!;
  spacer = scroller.firstElementChild as HTMLElement;
  let pending = false;
  scroller.addEventListener('scroll', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; renderList(); });
  });
  spacer.addEventListener('click', (event) => {
    const target = event.target as Element;
    const row = target.closest('div[role="presentation"]');
    const id = row && threadOfRow.get(row);
    if (!id) return;
    const cell = target.closest('[role="gridcell"]');
    event.preventDefault();
    const followUp = cell?.getAttribute('aria-label') === LABELS[state.language].markFollowUp;
    if (cell) onAction(id, followUp ? 'followup' : 'done');
    else onOpen(id);
  });
}

/** Renders the visible window of the current folder's threads. */
export function renderList(force = false): void {
  renders += 1;
  const threads = threadsIn(state.folder);
  spacer.style.height = `${threads.length * ROW_HEIGHT}px`;
  const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_HEIGHT) - 2);
  const last = Math.min(threads.length, first + POOL);
  if (state.recreateRows) renderRecycledSlots(threads, first, last, force);
  else renderKeyedRows(threads, first, last);
}

/** The visible rows as a keyed reconciler keeps them: one element per conversation, moved and updated in place. */
function renderKeyedRows(threads: DemoThread[], first: number, last: number): void {
  if (!keyedRendered) {
    duplicate = null;
    spacer.replaceChildren();
    keyedRendered = true;
  }
  const rows: ComponentChild[] = [];
  for (let index = first; index < last; index += 1) rows.push(keyedRow(threads[index]!, index, threads[index]!.id));
  if (state.duplicateRows && last > first && renders % 2 === 0) {
    const index = first + (renders % (last - first));
    rows.push(keyedRow(threads[index]!, index, 'twin')); // like Meta's twin: no mark tells it apart
  }
  render(rows, spacer);
}

function keyedRow(t: DemoThread, index: number, key: string): ComponentChild {
  const l = LABELS[state.language];
  const at = lastActivity(t);
  const now = demoNow();
  const rowSurface = rowSurfaceOf(t, index);
  return h('div', { key, style: slotStyle(index) },
    h('div', {
      role: 'presentation', 'data-auto-logging-id': `aid-${index + 1}`, class: `demo-row${state.openId === t.id ? ' demo-row-open' : ''}`,
      ref: (row: Element | null) => { if (row) threadOfRow.set(row, t.id); },
    },
    h('span', { 'data-surface': rowSurface },
      h('span', { 'data-surface': `${rowSurface}/lib:thread_title` }, h('div', { class: cls('title', t.unread ? 'unread' : 'read') }, t.name)),
      h('div', null, h('div', { class: `_4ik4 _4ik5 ${cls('preview', t.unread ? 'unread' : 'read')}` }, previewOf(t))),
      h('div', { class: 'demo-time' },
        h('span', { class: 'accessible_elem' }, dayWord(at, now, state.language)),
        h('abbr', { 'aria-hidden': 'true', 'data-utime': utime(at), title: new Date(at).toLocaleString(l.locale) }, listTime(at, now, state.language))),
      h('div', { role: 'grid', class: 'demo-actions' },
        h('a', { role: 'row', href: '#' }, h('div', { role: 'gridcell', class: 'demo-done', 'aria-label': l.moveToDone })),
        h('a', { role: 'row', href: '#' }, h('div', { role: 'gridcell', class: 'demo-followup', 'aria-label': l.markFollowUp }))))));
}

/** The `recreateRows` quirk: slots recycled by position, a changed row rebuilt whole. */
function renderRecycledSlots(threads: DemoThread[], first: number, last: number, force: boolean): void {
  if (keyedRendered) {
    render(null, spacer);
    spacer.replaceChildren();
    keyedRendered = false;
  }
  duplicate?.remove();
  duplicate = null;
  const slots = Array.from(spacer.children) as HTMLElement[];
  while (slots.length < Math.min(POOL, threads.length)) {
    const slot = document.createElement('div');
    spacer.append(slot);
    slots.push(slot);
  }
  const used = new Set<HTMLElement>();
  for (let index = first; index < last; index += 1) {
    const slot = slots[index % POOL]!;
    used.add(slot);
    fillRow(slot, threads[index]!, index, force);
  }
  for (const slot of slots) if (!used.has(slot)) slot.remove();
  if (state.duplicateRows && last > first && renders % 2 === 0) {
    const index = first + (renders % (last - first));
    duplicate = document.createElement('div'); // like Meta's twin: no mark tells it apart
    fillRow(duplicate, threads[index]!, index, true);
    spacer.append(duplicate);
  }
}

function previewOf(t: DemoThread): string {
  const last = t.messages[t.messages.length - 1];
  return last ? (last.from === 'page' ? LABELS[state.language].youPrefix : '') + (last.text || '👍') : '';
}

function rowSurfaceOf(t: DemoThread, index: number): string {
  return `${SURFACE}/thread_row${index}${index === 0 && t.unread ? ':priority' : ''}`;
}

function slotStyle(index: number): string {
  return `position:absolute;left:0;right:0;top:${index * ROW_HEIGHT}px;height:${ROW_HEIGHT}px`;
}

function fillRow(slot: HTMLElement, t: DemoThread, index: number, force: boolean): void {
  const l = LABELS[state.language];
  const at = lastActivity(t);
  const preview = previewOf(t);
  const signature = [t.id, index, t.unread, preview, at, state.language, state.openId === t.id].join('|');
  slot.style.cssText = slotStyle(index);
  if (!force && signatureOf.get(slot) === signature) return;
  signatureOf.set(slot, signature);
  const rowSurface = rowSurfaceOf(t, index);
  const now = demoNow();
  slot.innerHTML = `
    <div role="presentation" data-auto-logging-id="aid-${index + 1}" class="demo-row${state.openId === t.id ? ' demo-row-open' : ''}">
      <span data-surface="${rowSurface}">
        <span data-surface="${rowSurface}/lib:thread_title"><div class="${cls('title', t.unread ? 'unread' : 'read')}"></div></span>
        <div><div class="_4ik4 _4ik5 ${cls('preview', t.unread ? 'unread' : 'read')}"></div></div>
        <div class="demo-time"><span class="accessible_elem"></span><abbr aria-hidden="true" data-utime="${utime(at)}"></abbr></div>
        <div role="grid" class="demo-actions">
          <a role="row" href="#"><div role="gridcell" class="demo-done" aria-label=""></div></a>
          <a role="row" href="#"><div role="gridcell" class="demo-followup" aria-label=""></div></a>
        </div>
      </span>
    </div>`;
  const q = (s: string) => slot.querySelector(s)!;
  q('[data-surface$="thread_title"] div').textContent = t.name;
  q('._4ik4').textContent = preview;
  q('.accessible_elem').textContent = dayWord(at, now, state.language);
  const abbr = q('abbr');
  abbr.textContent = listTime(at, now, state.language);
  abbr.setAttribute('title', new Date(at).toLocaleString(l.locale));
  q('.demo-done').setAttribute('aria-label', l.moveToDone);
  q('.demo-followup').setAttribute('aria-label', l.markFollowUp);
  threadOfRow.set(q('div[role="presentation"]'), t.id);
}

/** Scrolls the list so that the thread's row is rendered (tests and `open()` use it). */
export function scrollToThread(id: string): void {
  const index = threadsIn(state.folder).findIndex((t) => t.id === id);
  if (index < 0) return;
  const top = index * ROW_HEIGHT;
  if (top < scroller.scrollTop || top + ROW_HEIGHT > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top;
  renderList();
}
