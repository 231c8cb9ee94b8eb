/**
 * The popup's first render with 10,000 stored conversations, all waiting, given what the
 * background sends for them (the 20 most urgent and the count), in happy-dom; budget 100 ms.
 * popup-chromium.bench.ts measures the same opening end to end in real Chromium. Also the template ranking
 * the popup runs once per opening (30 starter templates plus 70 of the user's).
 *
 * Before measuring, one render of the same popup with nothing waiting warms what a browser has
 * warm already and Node does not: ICU's locale data (Node loads it on the first Intl call, ~75 ms
 * here) and happy-dom's own JavaScript DOM (a browser's is native). What is left is the cost that
 * grows with the data, the one the popup controls by rendering only the top 20.
 */
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import type { PageOverview } from '@/core/messages';
import { I18nContext } from '@/components/i18n';
import { Popup } from '@/components/popup/Popup';
import { rankTemplates, STARTER_TEMPLATES, type Template } from '@/core/templates';
import { manyWaiting, NOW, overview } from '../support/component-fixtures';
import { figure, type BenchFigure } from './figure';

const RUNS = 15;

/**
 * CPU time of this process, not wall time: the bench machine is shared (load 10 on 2 cores while
 * other suites run), and wall time then measures the neighbours. The popup's work is synchronous
 * and single-threaded, so its CPU time is what one free core would take.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One popup's life: a fresh document, the warm-up render, then the measured first render and re-renders. */
async function popupRenders(runs: number): Promise<number[]> {
  const window = new Window();
  // Preact reaches for the global document; lend it for this run only: later benchmarks (the
  // store's fake-indexeddb and fake browser) must not find a `window` and install themselves on it.
  Object.assign(globalThis, { window, document: window.document });
  const t = (key: string, subs: ReadonlyArray<string | number> = []) => `${key} ${subs.join(' ')}`;
  const renderPopup = (data: PageOverview): number => {
    const container = window.document.createElement('div');
    const start = cpuMs();
    render(
      h(I18nContext.Provider, { value: { t, locale: 'de' } }, h(Popup, {
        view: { kind: 'overview', overview: data },
        now: NOW,
        suggestions: { kind: 'loading' },
        useOutcome: null,
        diagnosticsCopy: 'idle',
        onOpenThread: () => {},
        onUseTemplate: () => {},
        onCopyDiagnostics: () => {},
        onRetry: () => {},
        onOpenOptions: () => {},
        onSwitchAway: async () => {},
      })),
      container as unknown as Element,
    );
    return cpuMs() - start;
  };

  renderPopup(overview({ waiting: manyWaiting(3) }));
  const data = overview({ waiting: manyWaiting(10_000) });
  const renders = Array.from({ length: runs }, () => renderPopup(data));
  await window.happyDOM.close();
  delete (globalThis as { window?: unknown }).window;
  delete (globalThis as { document?: unknown }).document;
  return renders;
}

export default async function popupBench(): Promise<BenchFigure[]> {
  // The first render of five separate documents (the machine is shared: one sample is noise), then re-renders.
  const firsts: number[] = [];
  for (let i = 0; i < 5; i++) firsts.push((await popupRenders(1))[0]!);
  const renders = await popupRenders(RUNS);

  const templates: Template[] = [...STARTER_TEMPLATES, ...STARTER_TEMPLATES.slice(0, 70).map((x, i) => ({ ...x, id: `user-${i}`, order: 100 + i }))];
  const ranks = Array.from({ length: RUNS }, () => {
    const start = cpuMs();
    rankTemplates(templates, 'Hallo, wann kommt mein Paket? Die Lieferung dauert schon eine Woche, ich möchte sonst mein Geld zurück');
    return cpuMs() - start;
  });
  return [
    figure('popup first render, 10,000 waiting conversations (happy-dom)', firsts, 'ms', 100, 'lower'),
    figure('popup re-render, 10,000 waiting conversations (happy-dom)', renders.slice(1), 'ms', 100, 'lower'),
    figure('popup template ranking, 100 templates', ranks, 'ms', 20, 'lower'),
  ];
}
