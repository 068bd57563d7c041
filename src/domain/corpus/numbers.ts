// Numbers for the corpus reports: drawn from a seeded generator so that every report is different
// yet reproducible, and always consistent (一＋二＝（七）＋四 in every column, totals = sums).
import { deriveAppeals, deriveApplications } from '../report/derive';
import {
  APPEAL_GROUPS,
  APPEAL_INPUT_FIELDS,
  APPLICANT_INPUT_COLUMNS,
  type ApplicantInputColumn,
  RESULT_ROWS,
  type ResultRow,
} from '../report/keys';
import type { Report } from '../report/report-schema';

/** mulberry32: a tiny deterministic PRNG (no Math.random anywhere in the corpus). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type NumberPlan = {
  seed: number;
  /** new applications per column */
  received: Partial<Record<ApplicantInputColumn, number>>;
  carriedOver?: Partial<Record<ApplicantInputColumn, number>>;
  carriedForward?: Partial<Record<ApplicantInputColumn, number>>;
  /** result rows that take a share of each column (others stay 0) */
  results: readonly ResultRow[];
  proactive: Report['proactive'];
  /** part 四 input cells, by group: [upheld, corrected, other, pending] */
  appeals?: Partial<Record<(typeof APPEAL_GROUPS)[number], readonly [number, number, number, number]>>;
};

/** Spreads `total` over `rows` at random (the first row takes the remainder). */
function spread(total: number, rows: readonly ResultRow[], next: () => number): Map<ResultRow, number> {
  const out = new Map<ResultRow, number>();
  let left = total;
  for (let i = rows.length - 1; i > 0; i--) {
    const share = Math.floor(next() * (left + 1) * 0.6);
    out.set(rows[i]!, share);
    left -= share;
  }
  if (rows[0]) out.set(rows[0], left);
  return out;
}

export function makeNumbers(plan: NumberPlan): CorpusNumbers {
  const next = prng(plan.seed);
  const input: Record<string, Record<string, number>> = {};
  const set = (row: string, column: string, v: number) => {
    input[row] ??= {};
    input[row]![column] = v;
  };
  for (const c of APPLICANT_INPUT_COLUMNS) {
    const received = plan.received[c] ?? 0;
    const over = plan.carriedOver?.[c] ?? 0;
    const forward = plan.carriedForward?.[c] ?? 0;
    set('newReceived', c, received);
    set('carriedOver', c, over);
    set('carriedForward', c, forward);
    const handled = received + over - forward;
    if (handled < 0) throw new Error(`corpus plan ${plan.seed}: column ${c} handles a negative number`);
    const shares = spread(handled, plan.results, next);
    for (const r of RESULT_ROWS) set(r, c, shares.get(r) ?? 0);
  }
  const appealsInput: Record<string, Record<string, number>> = {};
  for (const g of APPEAL_GROUPS) {
    const v = plan.appeals?.[g] ?? [0, 0, 0, 0];
    appealsInput[g] = Object.fromEntries(APPEAL_INPUT_FIELDS.map((f, k) => [f, v[k]!]));
  }
  return {
    proactive: structuredClone(plan.proactive),
    applications: deriveApplications(input),
    appeals: deriveAppeals(appealsInput),
  };
}

export type CorpusNumbers = Pick<Report, 'proactive' | 'applications' | 'appeals'>;

export const proactiveOf = (
  regulations: readonly [number, number, number],
  normative: readonly [number, number, number],
  licensing: number,
  punishment: number,
  enforcement: number,
  fees: number,
): Report['proactive'] => ({
  regulations: { issued: regulations[0], repealed: regulations[1], inForce: regulations[2] },
  normativeDocuments: { issued: normative[0], repealed: normative[1], inForce: normative[2] },
  licensing: { decisions: licensing },
  punishment: { decisions: punishment },
  enforcement: { decisions: enforcement },
  fees: { amount: fees },
});
