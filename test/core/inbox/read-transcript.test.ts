// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findTranscript, readTranscript } from '@/core/inbox/read-transcript';

const CTX = { now: Date.UTC(2026, 10, 23, 12, 0), timeZone: 'Europe/Oslo', locale: 'en', view: window };
const STYLE = '<style>.end{display:flex;justify-content:flex-end}</style>';

/** Each Page message of a transcript as `author` / `auto`, the way the popup and the figures see it. */
function pageLabels(messages: string): string[] {
  document.body.innerHTML = `${STYLE}<div role="region" aria-label="Message list container with messages, suggestions and typing indicators">${messages}</div>`;
  return readTranscript(findTranscript(document)!, CTX).messages.map(({ message: m }) => (m.automated ? 'auto' : m.author ?? 'nobody'));
}

describe('labels of a Page message', () => {
  it('never takes the words of a reply for its author or for an automation label', () => {
    expect(pageLabels(`
      <div><div class="end"><div dir="auto" data-message-id="mid.$p1">Sent by courier, automated tracking follows</div></div><span>Sent by Fah Somchai</span></div>
      <div><div class="end"><div dir="auto" data-message-id="mid.$p2">Sent by my colleague</div></div></div>`)).toEqual(['Fah Somchai', 'nobody']);
  });

  it('reads the text blocks of a message whose id sits on its row wrapper as its words, the label beside them as its label', () => {
    expect(pageLabels(`
      <div data-message-id="mid.$p1"><div class="end"><div dir="auto">Sent by DHL, automated</div></div><span>Sent by Léa Petit</span></div>
      <div data-message-id="mid.$p2"><div class="end"><div dir="auto">Thanks for messaging us!</div></div><span>Sent by Instant reply</span></div>`)).toEqual(['Léa Petit', 'auto']);
  });
});
