import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core from node_modules, injected into the page: nothing is fetched from outside. */
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

/** WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One violation as a reader of a failed test wants it: the rule, what it says and where. */
export interface AxeFinding {
  rule: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
  summaries: string[];
}

declare global {
  interface Window {
    axe: { run(context: Document, options: object): Promise<AxeResults> };
  }
}

/** How long a page that has just been navigated to may take to stream in its title. */
const TITLE_WAIT_MS = 5_000;

/**
 * Runs axe-core's WCAG 2 A/AA rules on the page, and lists what fails. A page's metadata streams in
 * after its body, so right after a navigation the title can still be empty: the scan waits (a while)
 * for it, and a page that never gets one still fails the `document-title` rule.
 */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  await page.waitForFunction(() => document.title.trim() !== '', undefined, { timeout: TITLE_WAIT_MS }).catch(() => {});
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_AA_TAGS,
  );
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
    summaries: violation.nodes.map((node) => node.failureSummary ?? ''),
  }));
}
