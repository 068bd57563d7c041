// Each derived line of a table names the lines it sums (sumOf), and what it names is what the
// report's derive functions compute: a pasted block's totals are checked against it (paste-plan.ts).
import { describe, expect, it } from 'vitest';
import expected from '../fixtures/qufu-2021.expected.json';
import { deriveAppeals, deriveApplications } from '../report/derive';
import {
  APPEAL_GROUPS,
  APPEAL_INPUT_FIELDS,
  APPLICANT_INPUT_COLUMNS,
  APPLICATION_INPUT_ROWS,
} from '../report/keys';
import { APPEALS_TABLE } from './appeals-table';
import { APPLICATIONS_TABLE } from './applications-table';
import { PROACTIVE_SECTIONS, proactiveTable } from './proactive-table';
import type { TableDefinition } from './table-definition';

const tables: TableDefinition[] = [
  APPLICATIONS_TABLE,
  APPEALS_TABLE,
  ...PROACTIVE_SECTIONS.map((s, i) => proactiveTable(s, i)),
];

describe('the sums of derived lines', () => {
  it('every derived line names the input lines it sums, and no input line names any', () => {
    for (const t of tables) {
      for (const lines of [t.rows.filter((r) => !r.group), t.columns] as const) {
        const inputs = new Set(lines.filter((l) => !l.derived).map((l) => l.key));
        for (const l of lines) {
          if (!l.derived) expect(l.sumOf, `${t.id} ${l.key}`).toBeUndefined();
          else {
            expect(l.sumOf?.length, `${t.id} ${l.key}`).toBeGreaterThan(1);
            for (const k of l.sumOf ?? []) expect(inputs.has(k), `${t.id} ${l.key} ${k}`).toBe(true);
          }
        }
      }
    }
  });

  it('what the matrix names is what deriveApplications computes', () => {
    const input = Object.fromEntries(
      APPLICATION_INPUT_ROWS.map((r, i) => [
        r,
        Object.fromEntries(APPLICANT_INPUT_COLUMNS.map((c, j) => [c, (i * 7 + j * 3) % 11])),
      ]),
    );
    const out = deriveApplications(input) as unknown as Record<string, Record<string, number>>;
    const total = APPLICATIONS_TABLE.rows.find((r) => r.derived)!;
    const totalColumn = APPLICATIONS_TABLE.columns.find((c) => c.derived)!;
    for (const c of APPLICANT_INPUT_COLUMNS)
      expect(out[total.key]![c]).toBe(total.sumOf!.reduce((s, r) => s + out[r]![c]!, 0));
    for (const r of APPLICATION_INPUT_ROWS)
      expect(out[r]![totalColumn.key]).toBe(totalColumn.sumOf!.reduce((s, c) => s + out[r]![c]!, 0));
  });

  it('what part 四 names is what deriveAppeals computes', () => {
    const input = Object.fromEntries(
      APPEAL_GROUPS.map((g, i) => [
        g,
        Object.fromEntries(APPEAL_INPUT_FIELDS.map((f, j) => [f, i * 5 + j + 1])),
      ]),
    );
    const out = deriveAppeals(input) as unknown as Record<string, Record<string, number>>;
    const value = (key: string) => {
      const [g, f] = key.split('.');
      return out[g!]![f!]!;
    };
    const derived = APPEALS_TABLE.columns.filter((c) => c.derived);
    expect(derived).toHaveLength(APPEAL_GROUPS.length);
    for (const c of derived) expect(value(c.key)).toBe(c.sumOf!.reduce((s, k) => s + value(k), 0));
  });

  it("part 三's balance holds on a real report's numbers, its total row standing for its parts", () => {
    const apps = expected.applications as Record<string, Record<string, number>>;
    const { left, right } = APPLICATIONS_TABLE.rowBalance!;
    const sum = (keys: readonly string[], c: string) => keys.reduce((s, k) => s + apps[k]![c]!, 0);
    for (const c of APPLICANT_INPUT_COLUMNS) expect(sum(left, c)).toBe(sum(right, c));
  });
});
