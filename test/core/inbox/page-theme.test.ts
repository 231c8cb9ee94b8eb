// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageIsDark } from '@/core/inbox/page-theme';

function page(bodyStyle: string, rootClass = ''): Document {
  document.documentElement.className = rootClass;
  document.body.setAttribute('style', bodyStyle);
  return document;
}

describe('pageIsDark', () => {
  it('believes Meta\'s dark-mode class', () => {
    expect(pageIsDark(page('', '__fb-dark-mode'), window)).toBe(true);
  });
  it('otherwise measures the background luminance', () => {
    expect(pageIsDark(page('background-color: rgb(24, 25, 26)'), window)).toBe(true);
    expect(pageIsDark(page('background-color: rgb(255, 255, 255)'), window)).toBe(false);
  });
  it('says it cannot tell on a transparent page (the badge then follows the system)', () => {
    expect(pageIsDark(page(''), window)).toBeNull();
  });
});
