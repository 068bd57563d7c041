// Figures 1–5: the domain modules run directly in Node (tsx), no browser. Each returns a row even
// when its module is missing or throws, so one broken module never hides the other figures.
import { readFileSync } from 'node:fs';
import { runChecks } from '../../src/domain/checks/run-checks';
import expected from '../../src/domain/fixtures/qufu-2021.expected.json';
import { draftToReport } from '../../src/domain/report/draft-convert';
import {
  APPEAL_FIELDS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  DOCUMENT_FIELDS,
  DOCUMENT_ROWS,
} from '../../src/domain/report/keys';
import { reportDraftSchema } from '../../src/domain/report/report-schema';
import { sumReports } from '../../src/domain/summary/sum-reports';
import type { TimingRow } from './report-table';
import { benchId, fixtureDraft, variedDrafts } from './seed';
import { summarize } from './stats';

export const FIXTURE_TEXT_URL = new URL('../../src/domain/fixtures/qufu-2021.txt', import.meta.url);
const TEXT_IMPORT_URL = new URL('../../src/domain/text-import/import-text.ts', import.meta.url);

export type RunPlan = {
  runs: number;
  warmup: number /** stop early (with ≥ 5 samples) past this */;
  maxMs?: number;
};

/** Keeps results reachable (exported, so no compiler can prove them unused and drop the work). */
export const sink: { last: unknown } = { last: undefined };

/** Milliseconds per call of `fn`, after `warmup` unmeasured calls (JIT, caches). */
export function timeRuns(fn: () => unknown, plan: RunPlan): number[] {
  for (let i = 0; i < plan.warmup; i++) sink.last = fn();
  const stopAt = performance.now() + (plan.maxMs ?? Number.POSITIVE_INFINITY);
  const samples: number[] = [];
  while (samples.length < plan.runs && (samples.length < 5 || performance.now() < stopAt)) {
    const t0 = performance.now();
    sink.last = fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

const capped = (samples: number[], plan: RunPlan): string | undefined =>
  samples.length < plan.runs ? `stopped after ${samples.length} of ${plan.runs} runs (time cap)` : undefined;

/** A module being written by someone else may not exist yet: null then, any other error is thrown. */
async function optionalModule(url: URL): Promise<Record<string, unknown> | null> {
  try {
    return (await import(url.href)) as Record<string, unknown>;
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return null;
    throw e;
  }
}

const MISSING = 'skipped (module missing)';
const errorText = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

async function row(
  label: string,
  measure: () => Promise<Omit<TimingRow, 'label'>> | Omit<TimingRow, 'label'>,
) {
  try {
    return { label, ...(await measure()) };
  } catch (e) {
    return { label, outcome: { kind: 'failed', message: errorText(e) } } satisfies TimingRow;
  }
}

// ---- 1 & 2: checks ----------------------------------------------------------------------

function checksOnFixture(): Omit<TimingRow, 'label'> {
  const draft = fixtureDraft('qufu-2021');
  const today = new Date();
  const plan = { runs: 1000, warmup: 200 };
  const samples = timeRuns(() => runChecks({ draft, today }), plan);
  return {
    outcome: { kind: 'measured', summary: summarize(samples) },
    note: 'per run, same draft (narrative work memoised, as on a keystroke in a cell)',
  };
}

const BATCH = 1000;
function checksOnManyDrafts(): Omit<TimingRow, 'label'> {
  const drafts = variedDrafts(BATCH, 2021);
  const today = new Date();
  const samples = timeRuns(
    () => {
      let errors = 0;
      for (const draft of drafts) errors += runChecks({ draft, today }).counts.errors;
      return errors;
    },
    { runs: 5, warmup: 1 },
  );
  return {
    outcome: { kind: 'measured', summary: summarize(samples) },
    note: `per batch of ${BATCH.toLocaleString('en')} different drafts`,
  };
}

// ---- 3: text import ---------------------------------------------------------------------

async function textImport(): Promise<Omit<TimingRow, 'label'>> {
  const mod = await optionalModule(TEXT_IMPORT_URL);
  const importPublishedText = mod?.importPublishedText;
  if (typeof importPublishedText !== 'function') return { outcome: { kind: 'skipped', reason: MISSING } };
  const text = readFileSync(FIXTURE_TEXT_URL, 'utf8');
  // Signature as src/ui/import/text-import.tsx calls it: (text, { id }) → { draft, summary }.
  const run = () => importPublishedText(text, { id: benchId('import') }) as unknown;
  const plan = { runs: 200, warmup: 10, maxMs: 60_000 };
  const samples = timeRuns(run, plan);
  return {
    outcome: { kind: 'measured', summary: summarize(samples) },
    goal: { stat: 'median', maxMs: 50 },
    note: [importedMatrixNote(run()), capped(samples, plan)].filter(Boolean).join('; '),
  };
}

/** Whether the imported part 三 matrix equals the fixture's (a fast import that reads wrong is no win). */
function importedMatrixNote(result: unknown): string {
  const parsed = reportDraftSchema.safeParse((result as { draft?: unknown } | null)?.draft);
  if (!parsed.success) return 'result has no valid draft';
  const apps = draftToReport(parsed.data).applications as Record<string, Record<string, number | null>>;
  const want = expected.applications as Record<string, Record<string, number>>;
  const wrong = APPLICATION_ROWS.flatMap((r) =>
    APPLICANT_COLUMNS.filter((c) => apps[r]?.[c] !== want[r]?.[c]),
  );
  return wrong.length === 0 ? 'matrix = fixture' : `matrix differs from fixture in ${wrong.length} cells`;
}

// ---- 4: run-together digits ---------------------------------------------------------------

/** The fixture's tables as they read once the cell borders are lost (nianbao issue 9). */
export function runTogetherFixture() {
  const apps = expected.applications as Record<string, Record<string, number>>;
  const proactive = expected.proactive as Record<string, Record<string, number>>;
  const appeals = expected.appeals as Record<string, Record<string, number>>;
  return {
    proactive: Object.fromEntries(
      DOCUMENT_ROWS.map((r) => [
        r,
        { digits: DOCUMENT_FIELDS.map((f) => String(proactive[r]![f])).join('') },
      ]),
    ),
    applications: Object.fromEntries(
      APPLICATION_ROWS.map((r) => [
        r,
        { kind: 'digits' as const, digits: APPLICANT_COLUMNS.map((c) => String(apps[r]![c])).join('') },
      ]),
    ),
    appeals: APPEAL_GROUPS.flatMap((g) => APPEAL_FIELDS.map((f) => String(appeals[g]![f]))).join(''),
  };
}

async function runTogether(): Promise<Omit<TimingRow, 'label'>> {
  let mod: typeof import('../../src/domain/digit-split/solve-whole-report');
  try {
    mod = await import('../../src/domain/digit-split/solve-whole-report');
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND')
      return { outcome: { kind: 'skipped', reason: MISSING } };
    throw e;
  }
  const input = runTogetherFixture();
  const plan = { runs: 100, warmup: 5, maxMs: 30_000 };
  const samples = timeRuns(() => mod.solveWholeReport(input), plan);
  const solution = mod.solveWholeReport(input);
  const want = expected.applications as Record<string, Record<string, number>>;
  const matrixOk =
    solution.applications?.status === 'unique' &&
    APPLICATION_ROWS.every((r) =>
      APPLICANT_COLUMNS.every((c, i) => solution.applications?.rows[r]?.[i] === want[r]![c]),
    );
  const readings = [
    `matrix ${solution.applications?.status ?? 'none'}${matrixOk ? ' = fixture' : ''}`,
    `appeals ${solution.appeals?.status ?? 'none'}`,
    ...DOCUMENT_ROWS.map((r) => `${r} ${solution.proactive[r]?.status ?? 'none'}`),
  ];
  return {
    outcome: { kind: 'measured', summary: summarize(samples) },
    goal: { stat: 'median', maxMs: 100 },
    note: [readings.join(', '), capped(samples, plan)].filter(Boolean).join('; '),
  };
}

// ---- 5: 汇总 -----------------------------------------------------------------------------------

function summary(): Omit<TimingRow, 'label'> {
  const reports = variedDrafts(BATCH, 2022).map(draftToReport);
  const plan = { runs: 30, warmup: 3, maxMs: 30_000 };
  const samples = timeRuns(() => sumReports(reports), plan);
  return {
    outcome: { kind: 'measured', summary: summarize(samples) },
    goal: { stat: 'median', maxMs: 200 },
    note: [`${BATCH.toLocaleString('en')} reports per run`, capped(samples, plan)].filter(Boolean).join('; '),
  };
}

// ---- 5b: 批量审核 ------------------------------------------------------------------------------

/** 100 published reports (the fixture text, with the organ name varied) imported and checked. */
async function bulkAudit(): Promise<Omit<TimingRow, 'label'>> {
  const { auditTexts } = await import('../../src/domain/audit/audit-reports');
  const text = readFileSync(FIXTURE_TEXT_URL, 'utf8');
  const texts = Array.from({ length: 100 }, (_, i) =>
    text.replaceAll('曲阜市人民政府办公室', `曲阜市第${i + 1}局`),
  );
  const plan = { runs: 10, warmup: 1, maxMs: 60_000 };
  const samples = timeRuns(() => auditTexts(texts, new Date('2022-03-01T00:00:00+08:00')), plan);
  return {
    outcome: { kind: 'measured', summary: summarize(samples) },
    goal: { stat: 'median', maxMs: 5000 },
    note: ['100 texts per run (import + every check)', capped(samples, plan)].filter(Boolean).join('; '),
  };
}

/** Runs figures 1–5 in order; `progress` reports which one is running (to stderr, not the table). */
export async function runNodeBenches(progress: (label: string) => void): Promise<TimingRow[]> {
  const benches: [string, () => Promise<Omit<TimingRow, 'label'>> | Omit<TimingRow, 'label'>][] = [
    ['1 runChecks, fixture draft', checksOnFixture],
    ['2 runChecks, 1,000 drafts', checksOnManyDrafts],
    ['3 importPublishedText, fixture', textImport],
    ['4 solveWholeReport, run-together fixture', runTogether],
    ['5 sumReports, 1,000 reports', summary],
    ['5b auditTexts, 100 published reports', bulkAudit],
  ];
  const rows: TimingRow[] = [];
  for (const [label, measure] of benches) {
    progress(label);
    rows.push(await row(label, measure));
  }
  return rows;
}
