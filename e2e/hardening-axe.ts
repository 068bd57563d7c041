// axe-core scans for the accessibility spec (issue 8): every page and dialog, serious and critical
// violations only, collected per view so one run lists everything that needs fixing.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export type Finding = { view: string; rule: string; impact: string; help: string; targets: string[] };

/** WCAG 2.1 A/AA plus axe's best practices (landmarks, headings, region). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export async function scan(page: Page, view: string, include?: string): Promise<Finding[]> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      view,
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}

/** One line per finding, for the failure message. */
export function formatFindings(findings: Finding[]): string {
  return findings
    .map((f) => `[${f.view}] ${f.impact} ${f.rule}: ${f.help} — ${f.targets.join(' | ')}`)
    .join('\n');
}
