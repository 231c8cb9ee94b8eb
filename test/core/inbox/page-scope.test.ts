// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageNameOf } from '@/core/inbox/page-scope';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('inbox');
  doc.body.innerHTML = html;
  return doc;
}

describe('pageNameOf: the Page name the inbox shows', () => {
  const inbox = page(`
    <div data-surface="/bizweb:home/business_scope:page:222:Other Page"></div>
    <span data-surface="/business_scope:page:111:Nordlys%20Shop/bizweb:inbox/lib:inbox:thread_and_detail">
      <div data-surface="/bizweb:inbox/channel_selector"></div>
    </span>`);

  it('reads the name of the Page the URL names', () => {
    expect(pageNameOf(inbox, '111')).toBe('Nordlys Shop');
    expect(pageNameOf(inbox, '222')).toBe('Other Page');
  });

  it('reads the first Page named when the URL names none', () => {
    expect(pageNameOf(inbox, null)).toBe('Other Page');
  });

  it('is null when the page names no Page, or not that one', () => {
    expect(pageNameOf(inbox, '333')).toBeNull();
    expect(pageNameOf(page('<div data-surface="/bizweb:inbox/thread_list"></div>'), null)).toBeNull();
  });

  it('keeps a name with a literal percent sign', () => {
    expect(pageNameOf(page('<i data-surface="/business_scope:page:1:100% Wool/x"></i>'), '1')).toBe('100% Wool');
  });
});
