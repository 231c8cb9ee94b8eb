// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { OpenConversationStanding } from '@/components/popup/OpenConversationStanding';
import { LOCALES, renderIn } from '../../support/locale-render';
import { NOW, overview } from '../../support/component-fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

const popupWith = (openStanding: Parameters<typeof OpenConversationStanding>[0]['standing']) =>
  renderIn('en', (
    <Popup
      view={{ kind: 'overview', overview: overview() }} now={NOW} suggestions={{ kind: 'no-conversation' }} useOutcome={null} diagnosticsCopy="idle"
      onOpenThread={vi.fn()} onUseTemplate={vi.fn()} onCopyDiagnostics={vi.fn()} onRetry={vi.fn()} onOpenOptions={vi.fn()} onSwitchAway={vi.fn()} openStanding={openStanding}
    />
  ));

describe('the popup says whether the open conversation counts', () => {
  it('and if not, why', () => {
    expect(popupWith('follow-up').querySelector('.open-standing')?.textContent).toBe('Open conversation: not counted on its own: a follow-up inside an open request');
    expect(popupWith('counts').querySelector('.open-standing')?.textContent).toBe('Open conversation: counts toward your response figures');
  });

  it('says nothing when it is not known', () => {
    expect(popupWith(null).querySelector('.open-standing')).toBeNull();
  });

  it.each(LOCALES)('%s: in the user\'s language', (locale) => {
    const el = renderIn(locale, <OpenConversationStanding standing="spam" />);
    expect(el.textContent).not.toContain('standing_');
    expect(el.textContent!.length).toBeGreaterThan(10);
  });
});
