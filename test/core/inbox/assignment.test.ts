// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { assignedAgentOf } from '@/core/inbox/assignment';
import { readInbox } from '@/core/inbox/read';
import { loadFixture } from '../../support/load-fixture';

function transcriptOf(html: string): Element {
  const region = document.createElement('div');
  region.setAttribute('role', 'region');
  region.innerHTML = html;
  return region;
}

describe('assignment notes', () => {
  it('reads the agent of the English fixture\'s note into the open conversation', () => {
    const { document: page, url, ctx } = loadFixture('en-messenger-open.html');
    expect(readInbox(page, url, ctx).open?.assignedTo).toBe('Fah Somchai');
  });

  it.each([
    ['Jonas Lind was assigned to this conversation.', 'Jonas Lind'],
    ['Assigned to Jonas Lind', 'Jonas Lind'],
    ['Jonas Lind wurde dieser Unterhaltung zugewiesen', 'Jonas Lind'],
    ['Jonas Lind è stato assegnato a questa conversazione.', 'Jonas Lind'],
    ['Jonas Lind blev tildelt denne samtale', 'Jonas Lind'],
    ['Jonas Lind ble tildelt denne samtalen', 'Jonas Lind'],
  ])('reads "%s" (a plain line, no role)', (line, agent) => {
    expect(assignedAgentOf(transcriptOf(`<div><span>${line}</span></div>`))).toBe(agent);
  });

  it('takes the latest note when the conversation was reassigned', () => {
    const notes = '<div role="note"><b>Ana</b> was assigned to this conversation.</div><div role="note">Ben was assigned to this conversation.</div>';
    expect(assignedAgentOf(transcriptOf(notes))).toBe('Ben');
  });

  it('never reads a customer\'s message as a note', () => {
    const message = '<div data-message-id="mid.1">Ana was assigned to this conversation</div>';
    expect(assignedAgentOf(transcriptOf(message))).toBeNull();
  });
});
