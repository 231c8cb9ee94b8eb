/**
 * The open conversation: the header pagelet, the messenger detail view with its transcript
 * region, and the Lexical-like composer. The transcript is updated incrementally when
 * messages are appended (new bubbles, new groups), as React would; anything else rebuilds it.
 */
import { cls } from './classes';
import { demoNow } from './clock';
import { utime } from './format';
import { LABELS } from './i18n';
import { state, threadById, type DemoMessage } from './state';
import { transcriptBlocks, type Block } from './transcript-blocks';
import { growNoIdsRun, noIdsBlockElement } from './transcript-no-ids';

const SURFACE = '/bizweb:inbox/lib:inbox:thread_and_detail';
const AVATAR = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="28" height="28"><circle cx="14" cy="14" r="14" fill="#8a8d91"/></svg>');

let host: HTMLElement;
let rendered: { threadId: string | null; keys: string[]; counts: number[] } = { threadId: null, keys: [], counts: [] };

/** `onSend` receives the composer's text when the user presses Enter. */
export function mountDetail(target: HTMLElement, onSend: (text: string) => void): void {
  host = target;
  host.addEventListener('keydown', (event) => {
    const box = (event.target as Element).closest?.('[data-lexical-editor="true"]');
    if (!box || event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    sendFrom(box as HTMLElement, onSend);
  });
  // Lexical also turns a paragraph insertion into "send" (some input paths bypass keydown).
  host.addEventListener('beforeinput', (event) => {
    const box = (event.target as Element).closest?.('[data-lexical-editor="true"]');
    if (!box || event.inputType !== 'insertParagraph') return;
    event.preventDefault();
    sendFrom(box as HTMLElement, onSend);
  });
}

function sendFrom(box: HTMLElement, onSend: (text: string) => void): void {
  const text = (box.innerText || box.textContent || '').trim();
  box.textContent = '';
  if (text) onSend(text);
}

/** Renders the open thread (or an empty detail). `full` rebuilds everything. */
export function renderDetail(full = false): void {
  const t = state.openId ? threadById(state.openId) : undefined;
  const l = LABELS[state.language];
  if (full || rendered.threadId !== (t?.id ?? null) || !host.firstElementChild) {
    host.innerHTML = t ? `
      <div data-pagelet="BizInboxDetailViewHeaderSectionWrapper">
        <span data-surface="${SURFACE}/lib:inbox:detail_view_header" class="demo-header">
          <div class="demo-header-name"></div><div role="button" tabindex="0" class="demo-assign"></div>
        </span>
      </div>
      <span data-surface="${SURFACE}/bizweb_inbox:messenger_detail_view" class="demo-detail">
        <div class="demo-banner-slot"></div>
        <div role="region" class="demo-transcript"></div>
        <div role="textbox" contenteditable="true" data-lexical-editor="true" spellcheck="true" class="demo-composer"></div>
      </span>` : `<div class="demo-empty"></div>`;
    rendered = { threadId: t?.id ?? null, keys: [], counts: [] };
    if (!t) return;
    host.querySelector('.demo-header-name')!.textContent = t.name;
    host.querySelector('.demo-assign')!.textContent = l.assign;
    host.querySelector('[role="region"]')!.setAttribute('aria-label', state.build === 'ids' ? l.transcript : l.transcriptNoIds);
    const box = host.querySelector('[role="textbox"]')!;
    box.setAttribute('aria-placeholder', l.composer);
    box.setAttribute('aria-label', l.composer);
  }
  if (!t) return;
  renderBanner(state.awayBanner ? l.awayBanner : null);
  renderTranscript(transcriptBlocks(t, demoNow(), state.language, state.build), t.name);
}

function renderBanner(text: string | null): void {
  const slot = host.querySelector('.demo-banner-slot')!;
  if (!text) { slot.replaceChildren(); return; }
  if (slot.textContent === text) return;
  slot.innerHTML = '<div role="alert" class="demo-banner"></div>';
  slot.firstElementChild!.textContent = text;
}

function renderTranscript(blocks: Block[], customerName: string): void {
  const region = host.querySelector('[role="region"]') as HTMLElement;
  const prefixHolds = rendered.keys.every((key, i) => blocks[i]?.key === key);
  if (!prefixHolds) {
    region.replaceChildren();
    rendered.keys = [];
    rendered.counts = [];
  }
  blocks.forEach((block, i) => {
    if (i < rendered.keys.length) {
      // An existing group may have grown: append the new bubbles only.
      if (block.kind === 'group' && block.messages.length > rendered.counts[i]!) {
        const element = region.children[i] as HTMLElement;
        const added = block.messages.slice(rendered.counts[i]!);
        if (state.build === 'ids') growGroup(element, added, block.messages, customerName);
        else growNoIdsRun(element, added);
        rendered.counts[i] = block.messages.length;
      }
      return;
    }
    region.append(state.build === 'ids' ? blockElement(block, customerName) : noIdsBlockElement(block, customerName, AVATAR));
    rendered.keys.push(block.key);
    rendered.counts.push(block.kind === 'group' ? block.messages.length : 0);
  });
  region.scrollTop = region.scrollHeight;
}

function blockElement(block: Block, customerName: string): HTMLElement {
  const element = document.createElement('div');
  if (block.kind === 'divider') {
    element.className = cls('divider');
    element.textContent = block.text;
  } else if (block.kind === 'note') {
    element.innerHTML = '<div role="note" class="demo-note"></div>';
    element.firstElementChild!.textContent = block.text;
  } else {
    // data-utime five levels above each bubble: wrapper > body > message > holder > row > bubble
    element.setAttribute('data-utime', utime(block.messages[0]!.at));
    element.append(document.createElement('div'));
    growGroup(element, block.messages, block.messages, customerName);
  }
  return element;
}

function growGroup(wrapper: HTMLElement, added: DemoMessage[], all: DemoMessage[], customerName: string): void {
  const body = wrapper.firstElementChild as HTMLElement;
  for (const m of added) body.append(messageElement(m, customerName));
  const first = all[0]!;
  wrapper.querySelector(':scope > div > span.demo-sent-by')?.remove();
  if (first.from === 'page') {
    const l = LABELS[state.language];
    const label = document.createElement('span');
    label.className = `demo-sent-by ${cls('sentBy')}`;
    label.textContent = `${l.sentBy} ${first.automated ? l.automated[first.automated] : first.agent ?? state.agent}`;
    body.append(label);
  }
}

function messageElement(m: DemoMessage, customerName: string): HTMLElement {
  const outer = document.createElement('div');
  const side = m.from === 'customer' ? 'customerSide' : 'pageSide';
  outer.innerHTML = `<div><div class="${cls('row', side)}">${m.from === 'customer' ? `<img class="${cls('avatar')}" src="${AVATAR}">` : ''}<div dir="auto" class="${cls('bubble', m.from === 'customer' ? 'customerBubble' : 'pageBubble')}"></div></div></div>`;
  outer.querySelector('img')?.setAttribute('alt', customerName);
  const bubble = outer.querySelector('[dir="auto"]')!;
  bubble.setAttribute('data-message-id', `mid.$${m.id}`);
  bubble.textContent = m.text;
  return outer;
}
