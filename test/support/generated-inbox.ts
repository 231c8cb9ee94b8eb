/**
 * A generated inbox page for benchmarks: `rows` list rows (every one in the DOM, unlike Meta's
 * virtualised list: the reader's worst case) and an open 40-message conversation, and MUTATE, one
 * typical change (a new customer message and new activity on one row) as source for the page.
 */
export const URL_OPEN = 'https://business.facebook.com/latest/inbox/messenger?asset_id=111&selected_item_id=100000000000001&thread_type=FB_MESSAGE';
export const NOW = Date.UTC(2026, 10, 23, 12, 0);

export function generatedPage(rows: number): string {
  const row = (i: number) => `<div class="a6" style="top:${i * 94}px"><div role="presentation"><span data-surface="/bizweb:inbox/bizweb_inbox:thread_list/thread_row${i}">
<span data-surface="/bizweb:inbox/bizweb_inbox:thread_list/thread_row${i}/lib:thread_title"><div class="${i % 3 ? 'a5' : 'a4'}">Customer ${i}</div></span>
<div><div class="${i % 3 ? 'a5' : 'a4'}">${i % 2 ? 'You: thanks' : 'Is it in stock?'}</div></div>
<div><span class="accessible_elem">Today</span><abbr data-utime="${NOW / 1000 - i * 60}.5">12:00</abbr></div>
<div role="grid"><a role="row" href="#"><div role="gridcell" aria-label="Move to Done"></div></a></div></span></div></div>`;
  const message = (i: number) => `<div data-utime="${NOW / 1000 - (40 - i) * 60}"><div><div class="a1 ${i % 2 ? 'a3' : 'a2'}"><div data-message-id="mid.$m${i}">Message ${i}</div></div>${i % 2 ? '<span>Sent by Agent</span>' : ''}</div></div>`;
  return `<!DOCTYPE html><html lang="en"><head><style>.a1{display:flex}.a2{justify-content:flex-start}.a3{justify-content:flex-end}.a4{font-weight:700}.a5{font-weight:400}.a6{position:absolute}</style></head><body>
<span data-surface="/bizweb:inbox/lib:inbox:thread_and_detail">
<span data-surface="/bizweb:inbox/bizweb_inbox:thread_list"><div style="position:relative">${Array.from({ length: rows }, (_, i) => row(i)).join('')}</div></span>
<div data-pagelet="BizInboxDetailViewHeaderSectionWrapper"><span>Customer 0</span></div>
<span data-surface="/bizweb:inbox/bizweb_inbox:messenger_detail_view"><div role="region" aria-label="Message list container with messages, suggestions and typing indicators"><div>Today 11:00</div>${Array.from({ length: 40 }, (_, i) => message(i)).join('')}</div></span>
</span></body></html>`;
}

/** Applies one typical change: a new customer message and new activity on one row. */
export const MUTATE = `(n, doc) => {
  doc.querySelector('[role="region"]').insertAdjacentHTML('beforeend', '<div data-utime="' + (${NOW / 1000} + n) + '"><div><div class="a1 a2"><div data-message-id="mid.$new' + n + '">Hi</div></div></div></div>');
  doc.querySelectorAll('abbr[data-utime]')[5].setAttribute('data-utime', String(${NOW / 1000} + n));
}`;
