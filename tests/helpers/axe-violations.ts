// axe-core (Deque's rule engine, the one Lighthouse and the browsers' devtools use) on a page as it is now, under the
// page's own CSP: WCAG 2.1 A and AA plus Deque's best practices, one readable line per violation.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** axe's violations on the page as it is now, one readable line each (rule, impact, where, why). */
export async function violations(p: Page): Promise<string[]> {
  await p.evaluate(axe.source); // evaluated by the driver, not as a page script: the page's CSP stays as served
  const found: Violation[] = await p.evaluate(() =>
    (window as any).axe
      .run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] })
      .then((r: any) => r.violations),
  );
  return found.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`),
  );
}
