/**
 * The inbox a person sees on `npm run demo`: enough conversations to scroll the virtualised
 * list, a few customers waiting (fresh, nearly late, late), answered threads over the last
 * 30 days, an automated instant reply, a system note, Done and Spam folders. Invented names.
 */
import type { DemoSeed, SeedThread } from './api';

const H = 60; // minutes
const D = 24 * H;

const waiting: SeedThread[] = [
  { name: 'Sinta Dewi', id: '100000000000001', messages: [{ from: 'customer', text: 'Do you ship to Oslo?', minutesAgo: 3 }] },
  { name: 'Lukas Berger', id: '100000000000002', messages: [
    { from: 'customer', text: 'Hallo! Ist die Jacke noch in Größe M da?', minutesAgo: 13 },
    { from: 'page', automated: 'instant_reply', text: 'Thanks for messaging us! We usually reply within minutes.', minutesAgo: 13 },
  ] },
  { name: 'Giulia Romano', id: '100000000000003', messages: [{ from: 'customer', text: 'Ciao, quanto costa la spedizione in Italia?', minutesAgo: 42 }] },
  { name: 'Mette Kjær', id: '100000000000004', messages: [
    { from: 'customer', text: 'Hej, har I åbent på lørdag?', minutesAgo: 2 * H },
    { from: 'page', text: 'Ja, 10–14!', agent: 'Fah Somchai', minutesAgo: 2 * H - 5 },
    { from: 'customer', text: 'Tak!', minutesAgo: 2 * H - 6 },
  ], notes: [{ text: 'Fah Somchai was assigned to this conversation', minutesAgo: 2 * H - 2 }] },
];

const FIRST = ['Ola', 'Kari', 'Anna', 'Marco', 'Sofie', 'Jonas', 'Elena', 'Nils', 'Chiara', 'Freja', 'Tobias', 'Ingrid', 'Paolo', 'Emma', 'Henrik', 'Lea', 'Matteo', 'Ida', 'Felix', 'Silje'];
const LAST = ['Nordmann', 'Hansen', 'Schmidt', 'Bianchi', 'Larsen', 'Weber', 'Ricci', 'Berg', 'Conti', 'Nielsen'];

/** Answered conversations spread over the last four weeks (reply times from 4 to 50 min). */
function history(): SeedThread[] {
  return FIRST.map((first, i) => {
    const start = (i + 1) * 1.3 * D + (i % 5) * 97;
    const reply = 4 + ((i * 7) % 47);
    return {
      name: `${first} ${LAST[i % LAST.length]}`,
      id: String(100000000000100 + i),
      folder: i % 9 === 4 ? 'done' : 'inbox',
      messages: [
        { from: 'customer', minutesAgo: start },
        { from: 'page', minutesAgo: start - reply, agent: i % 2 ? 'Fah Somchai' : 'Jonas Lind' },
      ],
    } satisfies SeedThread;
  });
}

export function defaultSeed(): DemoSeed {
  return {
    agent: 'Fah Somchai',
    threads: [
      ...waiting,
      ...history(),
      { name: 'Prize Winner Team', id: '100000000000900', folder: 'spam', messages: [{ from: 'customer', text: 'Claim your prize now!!!', minutesAgo: 5 * H }] },
    ],
  };
}
