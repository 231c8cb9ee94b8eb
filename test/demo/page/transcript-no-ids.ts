/**
 * The transcript as the id-less build of 2026 draws it (docs/inbox-dom.md, "What live pages from
 * 2026 show"): no data-message-id, no data-utime; a run of one sender's messages is a flex row
 * whose justify-content says the side, around a column of bubbles whose align-items says it too,
 * the customer's run ending in their avatar; "Sent by <agent>" under each of a person's bubbles
 * inside the run; automated greetings carry no label at all; dividers and system lines are
 * plain centred text (`div`s and `span`s without a role).
 */
import { cls } from './classes';
import { LABELS } from './i18n';
import { state, type DemoMessage } from './state';
import type { Block } from './transcript-blocks';

const STICKER = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30" fill="#f7b928"/></svg>');

/** One block: a divider span, a system line, or a run of messages. */
export function noIdsBlockElement(block: Block, customerName: string, avatar: string): HTMLElement {
  const element = document.createElement('div');
  if (block.kind === 'divider') {
    element.className = cls('divider');
    element.append(document.createElement('span'));
    element.firstElementChild!.textContent = block.text;
  } else if (block.kind === 'note') {
    element.className = cls('systemLine');
    element.append(document.createElement('div'));
    element.firstElementChild!.textContent = block.text;
  } else {
    const customer = block.messages[0]!.from === 'customer';
    element.innerHTML = `<div><div class="${cls('runRow', customer ? 'customerSide' : 'pageSide')}"><div class="${cls('runColumn', customer ? 'columnStart' : 'columnEnd')}"></div></div></div>`;
    if (customer) {
      const holder = document.createElement('div');
      holder.className = cls('runAvatar');
      holder.innerHTML = `<img class="${cls('avatar')}" src="${avatar}">`;
      holder.firstElementChild!.setAttribute('alt', customerName);
      element.querySelector(`.${cls('runRow')}`)!.append(holder);
    }
    growNoIdsRun(element, block.messages);
  }
  return element;
}

/** Appends messages to a run drawn by `noIdsBlockElement`, each with its "Sent by" line. */
export function growNoIdsRun(run: HTMLElement, added: DemoMessage[]): void {
  const column = run.querySelector(`.${cls('runColumn')}`)!;
  for (const m of added) {
    const holder = document.createElement('div');
    holder.innerHTML = `<div dir="auto" class="${cls('bubble', m.from === 'customer' ? 'customerBubble' : 'pageBubble')}"></div>`;
    const bubble = holder.firstElementChild!;
    if (m.text) bubble.textContent = m.text;
    else bubble.innerHTML = `<img class="${cls('sticker')}" alt="Sticker" src="${STICKER}">`;
    column.append(holder);
    if (m.from === 'page' && !m.automated) column.append(sentByLine(m.agent ?? state.agent));
  }
}

function sentByLine(agent: string): HTMLElement {
  const line = document.createElement('div');
  line.innerHTML = `<span class="${cls('sentBy')}"></span>`;
  line.firstElementChild!.textContent = `${LABELS[state.language].sentBy} ${agent}`;
  return line;
}
