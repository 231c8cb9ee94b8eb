/**
 * The demo's id-less build gives times only through its dividers, so the real-browser journeys
 * on that build rest on them: every divider must name the minute of the message after it, in
 * each of the demo's languages, as the reader parses displayed times.
 */
import { describe, expect, it } from 'vitest';
import { parseDisplayedTime } from '@/core/inbox/timestamps';
import { dividerText2026 } from './page/format';
import { DEMO_LANGUAGES, LABELS } from './page/i18n';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe('id-less build dividers (R13: the first message after a divider lies in its minute)', () => {
  const now = Date.UTC(2026, 3, 17, 14, 30, 12); // a Friday afternoon
  const instants = [now - 2 * MINUTE - 17_000, now - 5 * 60 * MINUTE, now - DAY - 7_000, now - 4 * DAY, now - 40 * DAY];
  for (const lang of DEMO_LANGUAGES) {
    it(`reads back to its minute in ${lang}`, () => {
      for (const at of instants) {
        const text = dividerText2026(at, now, lang);
        const read = parseDisplayedTime(text, { now, timeZone, locale: lang === 'en' ? 'en-US' : LABELS[lang].locale });
        expect({ text, read }).toEqual({ text, read: at - (at % MINUTE) });
      }
    });
  }
  it('shows the 2026 shapes in English: time today, weekday within the week, a date before', () => {
    const shapes = instants.map((at) => dividerText2026(at, now, 'en').replace(/\d{1,2}:\d{2} [AP]M$/, 'h:mm a'));
    expect(shapes).toEqual(['h:mm a', 'h:mm a', 'Thu h:mm a', 'Mon h:mm a', '3/8/26, h:mm a']);
  });
});
