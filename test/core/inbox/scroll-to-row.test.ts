// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findThreadList } from '@/core/inbox/read-list';
import { scrollToRow } from '@/core/inbox/scroll-to-row';
import { rowKeyOf } from '@/core/inbox/thread-key';

const CTX = { now: Date.UTC(2026, 10, 23, 12, 0), timeZone: 'Europe/Oslo', locale: 'en', view: window };
const ROW_HEIGHT = 90;
const rowHtml = (i: number, title: string) => `<div role="presentation" style="position:absolute;top:${i * ROW_HEIGHT}px">
  <span data-surface="/bizweb:inbox/bizweb_inbox:thread_list/thread_row${i % 4}">
    <span data-surface="/bizweb:inbox/bizweb_inbox:thread_list/thread_row${i % 4}/lib:thread_title"><div>${title}</div></span>
    <div><abbr data-utime="${CTX.now / 1000 - i * 60}">12:00</abbr></div>
  </span></div>`;

/** A list of `names` that draws only the four rows in view, like Business Suite's (happy-dom has no layout: sizes are given). */
function virtualList(names: string[]): HTMLElement {
  document.body.innerHTML = `<span data-surface="/bizweb:inbox/bizweb_inbox:thread_list"><div class="scroller"><div class="spacer"></div></div></span>`;
  const scroller = document.querySelector<HTMLElement>('.scroller')!;
  const spacer = document.querySelector<HTMLElement>('.spacer')!;
  let top = 0;
  const draw = () => {
    const first = Math.floor(top / ROW_HEIGHT);
    spacer.innerHTML = names.slice(first, first + 4).map((name, k) => rowHtml(first + k, name)).join('');
  };
  Object.defineProperties(scroller, {
    clientHeight: { get: () => 4 * ROW_HEIGHT },
    scrollHeight: { get: () => names.length * ROW_HEIGHT },
    scrollTop: { get: () => top, set: (v: number) => { top = Math.max(0, Math.min(v, names.length * ROW_HEIGHT - 4 * ROW_HEIGHT)); draw(); } },
  });
  draw();
  return scroller;
}

const NAMES = Array.from({ length: 40 }, (_, i) => `Customer ${i}`);

describe('scrollToRow', () => {
  it('finds a conversation the list has not drawn by scrolling it into view', async () => {
    virtualList(NAMES);
    const row = await scrollToRow(findThreadList(document)!, rowKeyOf('Customer 33')!, CTX);
    expect(row?.textContent).toContain('Customer 33');
  });

  it('answers null for a conversation the list does not hold, and scrolls back where it was', async () => {
    const scroller = virtualList(NAMES);
    scroller.scrollTop = 5 * ROW_HEIGHT;
    expect(await scrollToRow(findThreadList(document)!, rowKeyOf('Nobody')!, CTX)).toBeNull();
    expect(scroller.scrollTop).toBe(5 * ROW_HEIGHT);
  });
});
