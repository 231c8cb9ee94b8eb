/**
 * The demo's uncertain state (R13), shared by the demo run's screenshot and its real-browser test:
 * on the id-less build, ten customers answered within two minutes, and three whose reply sits in
 * their question's divider run, so each took somewhere between a minute and the next divider, an
 * hour and a half later (their thanks).
 */
import type { DemoConfig } from './serve';

export const UNCERTAIN_RUN_NAMES = ['Sinta Dewi', 'Jonas Lind', 'Anna Schmidt'];

export const UNCERTAIN_DEMO: DemoConfig = { build: 'no-ids', seed: { threads: [
  ...Array.from({ length: 10 }, (_, i) => ({
    name: `Customer ${i + 1}`,
    messages: [{ from: 'customer' as const, minutesAgo: (i + 1) * 24 * 60 }, { from: 'page' as const, minutesAgo: (i + 1) * 24 * 60 - 2 }],
  })),
  ...UNCERTAIN_RUN_NAMES.map((name, i) => ({ name, messages: [
    { from: 'customer' as const, text: 'Hi, is this in stock?', minutesAgo: 300 + i * 10 },
    { from: 'page' as const, text: 'Yes, it is.', minutesAgo: 290 + i * 10 },
    { from: 'customer' as const, text: 'Thanks!', minutesAgo: 200 + i * 10 },
  ] })),
] } };
