// The read-only audit view marks each problem on its cell or sentence. The print tables carry
// data-print-cell="<cellId>" and the narratives data-print-field="<narrativeId>" (ReportDocument),
// so the marks are CSS attribute selectors built from the findings — the document itself stays
// the print view's, untouched. Ids are checked against the shape cellId/narrativeId produce before
// they go into a selector, and the mark text is only digits and brackets.
import type { AuditFinding } from '../../domain/audit/audit-types';

const SAFE_ID = /^[A-Za-z]+(?:\.[A-Za-z]+){1,2}$/;
const RANK = { info: 0, warning: 1, error: 2 } as const;
const COLOURS = {
  error: { line: '#b3261e', fill: '#fdecea' },
  warning: { line: '#9a5b00', fill: '#fff4d6' },
  info: { line: '#2d5f9a', fill: '#e8f0fb' },
} as const;

type Mark = { numbers: number[]; severity: AuditFinding['severity'] };

function collect(findings: readonly AuditFinding[], pick: (f: AuditFinding) => readonly string[]) {
  const marks = new Map<string, Mark>();
  findings.forEach((f, i) => {
    for (const id of pick(f)) {
      if (!SAFE_ID.test(id)) continue;
      const m = marks.get(id) ?? { numbers: [], severity: 'info' };
      m.numbers.push(i + 1);
      if (RANK[f.severity] > RANK[m.severity]) m.severity = f.severity;
      marks.set(id, m);
    }
  });
  return marks;
}

/** CSS marking every cell and narrative a finding points at, with the findings' numbers, under `scope`. */
export function markStyles(findings: readonly AuditFinding[], scope: string): string {
  const rules: string[] = [];
  for (const [id, m] of collect(findings, (f) => f.cells)) {
    const c = COLOURS[m.severity];
    const sel = `${scope} [data-print-cell="${id}"]`;
    rules.push(`${sel}{background:${c.fill};outline:2px solid ${c.line};outline-offset:-2px}`);
    rules.push(`${sel}::after{content:"${m.numbers.map((n) => `[${n}]`).join('')}";color:${c.line}}`);
  }
  for (const [id, m] of collect(findings, (f) => f.fields)) {
    const c = COLOURS[m.severity];
    const sel = `${scope} [data-print-field="${id}"]`;
    rules.push(`${sel}{background:${c.fill};box-shadow:inset 4px 0 0 ${c.line}}`);
    rules.push(`${sel}::before{content:"${m.numbers.map((n) => `[${n}]`).join('')}";color:${c.line}}`);
  }
  return rules.join('\n');
}
