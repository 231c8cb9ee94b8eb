/** axe-core in a page: the accessibility rules a page breaks, one line per rule with its nodes. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

interface AxeResult { violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }

export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugger protocol: an extension page's CSP does not apply.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() => (window as unknown as { axe: { run(context: Document): Promise<AxeResult> } }).axe.run(document));
  return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
