import { describe, expect, it } from 'vitest';
import { parseDisplayedTime } from '@/core/inbox/timestamps';

// Monday 23 November 2026, 13:00 in Oslo/Berlin/Rome/Copenhagen (UTC+1).
const now = Date.UTC(2026, 10, 23, 12, 0);
const ctx = { now, timeZone: 'Europe/Oslo' };
const local = (day: number, hour: number, minute: number, month = 10, year = 2026) => Date.UTC(year, month, day, hour - 1, minute);

describe('parseDisplayedTime', () => {
  it.each([
    ['en', 'Today 11:09', local(23, 11, 9)],
    ['en', 'Today at 11:09 AM', local(23, 11, 9)],
    ['en', 'Yesterday 9:05 PM', local(22, 21, 5)],
    ['en', 'Mon 09:02', local(23, 9, 2)],
    ['en', 'Mon 14:02', local(16, 14, 2)], // later than now today: last week's Monday
    ['en', 'Friday 8:15 AM', local(20, 8, 15)],
    ['en', '12 Nov 2026, 14:02', local(12, 14, 2)],
    ['en', 'Nov 12, 2026, 2:02 PM', local(12, 14, 2)],
    ['en-GB', '12/11/2026', local(12, 0, 0)],
    ['en', '13:01', local(23, 13, 1)],
    ['de', 'Heute 11:09', local(23, 11, 9)],
    ['de', 'Gestern um 21:05', local(22, 21, 5)],
    ['de', 'Montag 09:02', local(23, 9, 2)],
    ['de', 'Sa. 10:00', local(21, 10, 0)],
    ['de', '12. Nov. 2026, 14:02', local(12, 14, 2)],
    ['de', '3. März 14:00', local(3, 14, 0, 2)],
    ['de', '12.11.2026 14:02', local(12, 14, 2)],
    ['it', 'Oggi alle 11:09', local(23, 11, 9)],
    ['it', 'Ieri 21:05', local(22, 21, 5)],
    ['it', 'lunedì 09:02', local(23, 9, 2)],
    ['it', 'sab 10:00', local(21, 10, 0)],
    ['it', '12 novembre 2026 alle 14:02', local(12, 14, 2)],
    ['it', '1 dic 09:30', local(1, 9, 30, 11, 2025)], // December has not come yet this year
    ['da', 'I dag 11.09', local(23, 11, 9)],
    ['da', 'I går kl. 21.05', local(22, 21, 5)],
    ['da', 'torsdag 08.15', local(19, 8, 15)],
    ['da', '12. nov. 2026 kl. 14.02', local(12, 14, 2)],
    ['nb', 'I dag kl. 11:09', local(23, 11, 9)],
    ['nb', 'I går 21:05', local(22, 21, 5)],
    ['nb', 'søn. 10:00', local(22, 10, 0)],
    ['nb', 'mandag 09:02', local(23, 9, 2)],
    ['nb', '12. november 2026 kl. 14.02', local(12, 14, 2)],
  ])('%s: %s', (lang, text, expected) => {
    expect(parseDisplayedTime(text, ctx)).toBe(expected); // page language unknown: every language's names
    expect(parseDisplayedTime(text, { ...ctx, locale: lang })).toBe(expected); // the page's own names first
  });

  it('reads a time in another language when the page\'s own names do not fit it', () => {
    expect(parseDisplayedTime('Gestern um 21:05', { ...ctx, locale: 'en' })).toBe(local(22, 21, 5));
    expect(parseDisplayedTime('lunedì 09:02', { ...ctx, locale: 'de-DE' })).toBe(local(23, 9, 2));
    expect(parseDisplayedTime('Yesterday 9:05 PM', { ...ctx, locale: 'ja' })).toBe(local(22, 21, 5));
  });

  it('reads a Norwegian page that says no or nn with the nb names', () => {
    expect(parseDisplayedTime('I går 21:05', { ...ctx, locale: 'no' })).toBe(local(22, 21, 5));
    expect(parseDisplayedTime('søn. 10:00', { ...ctx, locale: 'nn-NO' })).toBe(local(22, 10, 0));
  });

  it('reads month-first numeric dates only on en-US pages or when the day cannot be a month', () => {
    expect(parseDisplayedTime('11/12/2026', { ...ctx, locale: 'en-US' })).toBe(local(12, 0, 0));
    expect(parseDisplayedTime('11/12/2026', { ...ctx, locale: 'en-GB' })).toBe(local(11, 0, 0, 11));
    expect(parseDisplayedTime('11/22/2026', ctx)).toBe(local(22, 0, 0));
  });

  it.each(['Hello there', 'Sent by Fah Somchai', 'Fah Somchai was assigned to this conversation.', '', '25:99', 'May'])('is not a time: %j', (text) => {
    expect(parseDisplayedTime(text, ctx)).toBeNull();
  });

  it('follows the time zone, across a daylight-saving change', () => {
    expect(parseDisplayedTime('Today 11:09', { now, timeZone: 'UTC' })).toBe(Date.UTC(2026, 10, 23, 11, 9));
    const summerTimeDay = { now: Date.UTC(2026, 2, 29, 12, 0), timeZone: 'Europe/Oslo' };
    expect(parseDisplayedTime('Today 00:30', summerTimeDay)).toBe(Date.UTC(2026, 2, 28, 23, 30)); // CET
    expect(parseDisplayedTime('Today 03:30', summerTimeDay)).toBe(Date.UTC(2026, 2, 29, 1, 30)); // CEST
  });
});
