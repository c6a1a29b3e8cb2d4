import { AxeBuilder } from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export { expect };

/** Something a page said or did that a healthy page never does. */
export interface PageProblem {
  kind: 'console' | 'pageerror' | 'csp';
  url: string;
  text: string;
}

interface Fixtures {
  /** For a test that provokes an error on purpose: matching problems are not failures. */
  allowedProblems: RegExp[];
  /** Everything recorded so far in this test, across every page and navigation. */
  pageProblems: PageProblem[];
}

// A binding, not a window array: a window array is lost on each navigation or reload, a binding
// reports straight to the test process.
const CSP_BINDING = '__kmsLabReportCspViolation';

function watch(page: Page, problems: PageProblem[]): void {
  page.on('console', (message) => {
    // Chromium reports CSP violations as console errors; the text test also catches any that arrive
    // as warnings.
    if (message.type() === 'error' || message.text().includes('Content Security Policy')) {
      const { url, lineNumber } = message.location();
      problems.push({ kind: 'console', url: page.url(), text: `${message.text()} (${url}:${lineNumber})` });
    }
  });
  page.on('pageerror', (error) => {
    problems.push({ kind: 'pageerror', url: page.url(), text: error.stack ?? error.message });
  });
}

/**
 * Every test that imports `test` from here fails if any page in it logged a console error, threw an
 * uncaught error or rejection, or violated the Content-Security-Policy. The check runs after the test
 * body, so the test itself needs no extra line.
 */
export const test = base.extend<Fixtures>({
  allowedProblems: [[], { option: true }],
  pageProblems: [
    async ({ context, allowedProblems }, use) => {
      const problems: PageProblem[] = [];
      await context.exposeBinding(CSP_BINDING, ({ page }, text: string) => {
        problems.push({ kind: 'csp', url: page.url(), text });
      });
      await context.addInitScript((binding) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as Record<string, (text: string) => Promise<void>>)[binding];
          const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
          void report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline content'}${where}`);
        });
      }, CSP_BINDING);
      for (const page of context.pages()) watch(page, problems);
      context.on('page', (page) => watch(page, problems));

      await use(problems);

      const unexpected = problems.filter((problem) => !allowedProblems.some((allowed) => allowed.test(problem.text)));
      expect(unexpected, 'console errors, page errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describeViolation(violation: AxeViolation): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `    at ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n\s*/g, ' ')}`)
    .join('\n');
  const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
  return `[${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}${more}`;
}

/**
 * Runs axe for WCAG 2.2 A/AA and fails on any serious or critical violation. Lesser ones are attached
 * to the report as annotations, so they are seen without blocking.
 */
export async function expectAxeClean(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const blocking = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  for (const violation of violations.filter((v) => !blocking.includes(v))) {
    test.info().annotations.push({ type: 'axe', description: describeViolation(violation) });
  }
  expect(blocking.length, `axe found on ${page.url()}:\n\n${blocking.map(describeViolation).join('\n\n')}\n`).toBe(0);
}
