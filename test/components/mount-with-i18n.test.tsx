// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useI18n } from '@/components/i18n';
import { mountWithI18n } from '@/components/mount-with-i18n';

/** A view that shows what the context gives it. */
function Probe() {
  const { t, locale } = useI18n();
  return <p>{t('options_heading')} · {locale}</p>;
}

describe('mountWithI18n', () => {
  beforeEach(() => {
    document.title = 'ReplyClock';
    document.body.innerHTML = '<div id="app"></div>';
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `de:${key}`);
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de');
  });
  afterEach(() => vi.restoreAllMocks());

  it("renders the view into #app with the browser's texts and language", () => {
    act(() => mountWithI18n(<Probe />));
    expect(document.getElementById('app')!.textContent).toBe('de:options_heading · de');
    expect(document.documentElement.lang).toBe('de');
  });

  it('titles the page in that language when given a title key', () => {
    act(() => mountWithI18n(<Probe />, 'report_title'));
    expect(document.title).toBe('de:report_title');
  });

  it('leaves the title of the page as it is without one', () => {
    act(() => mountWithI18n(<Probe />));
    expect(document.title).toBe('ReplyClock');
  });
});
