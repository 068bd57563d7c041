// Import fidelity on the corpus (nianbao issue 18): the sample report and the reports written
// for the corpus, each rendered into every shape of src/domain/corpus/shapes.ts
// (one-line web text, PDF text, HTML tables, …), read back and audited. Printed: the share of
// cells and meta fields read exactly, of narrative sub-items read exactly, of planted problems
// flagged, the findings on clean reports that are not in them (false), and the speed.
import { readdirSync, readFileSync } from 'node:fs';
import { auditTexts } from '../../src/domain/audit/audit-reports';
import { corpusReports } from '../../src/domain/corpus/corpus';
import { documentOf } from '../../src/domain/corpus/document';
import { runShape, type ShapeRun } from '../../src/domain/corpus/evaluate';
import { PLANTS } from '../../src/domain/corpus/plants';
import { renderDroppedBlanks } from '../../src/domain/corpus/renderers/dropped-blanks';
import { SHAPES } from '../../src/domain/corpus/shapes';
import { importPublishedText } from '../../src/domain/text-import/import-text';
import { FIXTURE_TEXT_URL, timeRuns } from './node-benches';
import { renderTable, type TimingRow } from './report-table';
import { summarize } from './stats';

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

export type Fidelity = { table: string; misses: string[]; rows: TimingRow[] };

export function runFidelity(progress: (label: string) => void): Fidelity {
  const reports = corpusReports(readFileSync(FIXTURE_TEXT_URL, 'utf8'));
  const runs: ShapeRun[] = [];
  for (const shape of SHAPES) {
    progress(`fidelity: ${shape.name}`);
    runs.push(runShape(reports, shape, PLANTS));
  }
  const sum = (f: (r: ShapeRun) => number) => runs.reduce((s, r) => s + f(r), 0);
  const line = (name: string, pick: (f: (r: ShapeRun) => number) => number, note: string) => [
    name,
    pct(
      pick((r) => r.read.cellsExact + r.read.metaExact),
      pick((r) => r.read.cells + r.read.meta),
    ),
    pct(
      pick((r) => r.batchRead.cellsExact + r.batchRead.metaExact),
      pick((r) => r.batchRead.cells + r.batchRead.meta),
    ),
    pct(
      pick((r) => r.read.narrativesExact),
      pick((r) => r.read.narratives),
    ),
    `${pick((r) => r.plants.filter((p) => p.flagged).length)}/${pick((r) => r.plants.length)}`,
    String(pick((r) => r.audit.falseFindings.length)),
    String(pick((r) => r.audit.unreadFindings)),
    note,
  ];
  const rows = runs.map((r) => {
    const shape = SHAPES.find((s) => s.name === r.shape)!;
    return line(r.shape, (f) => f(r), shape.description);
  });
  rows.push(
    line(
      'all shapes',
      sum,
      `${reports.length} reports × ${SHAPES.length} shapes, ${PLANTS.length} kinds of planted problem`,
    ),
  );
  const table = renderTable(
    [
      'shape',
      'cells+meta exact',
      'in 批量审核',
      'narratives exact',
      'problems flagged',
      'false findings',
      'unread findings',
      'note',
    ],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
  const misses = runs.flatMap((r) => [
    ...r.read.misses.map((m) => `${r.shape}: not read exactly: ${m}`),
    ...r.batchRead.misses.map((m) => `${r.shape}: not read exactly in 批量审核: ${m}`),
    ...r.audit.falseFindings.map((m) => `${r.shape}: false finding: ${m}`),
    ...r.plants
      .filter((p) => !p.flagged)
      .map((p) => `${r.shape}: planted ${p.plant} in ${p.report} not flagged`),
  ]);

  // Speed on the same inputs and on the real pdftotext output kept as fixtures (blank-zero tables
  // are placed by search, the slowest reading): one report per call, and 100 reports as one 批量审核.
  const pdfDir = new URL('../../src/domain/corpus/pdftotext/', import.meta.url);
  const pdfTexts = readdirSync(pdfDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(new URL(f, pdfDir), 'utf8'));
  // Part 三 a cell per line with its blank cells dropped is placed by the same search, without positions.
  const dropped = reports.map((r) => renderDroppedBlanks(documentOf(r)));
  const inputs = [...SHAPES.flatMap((s) => reports.map((r) => s.render(r).input)), ...pdfTexts, ...dropped];
  let k = 0;
  const single = timeRuns(() => importPublishedText(inputs[k++ % inputs.length]!), {
    runs: Math.max(200, inputs.length * 2),
    warmup: inputs.length,
    maxMs: 60_000,
  });
  const hundred = Array.from({ length: 100 }, (_, i) => inputs[(i * 7) % inputs.length]!);
  const batch = timeRuns(() => auditTexts(hundred, new Date(2026, 0, 15)), {
    runs: 5,
    warmup: 1,
    maxMs: 60_000,
  });
  return {
    table,
    misses,
    rows: [
      {
        label: '3c importPublishedText, corpus (every shape)',
        outcome: { kind: 'measured', summary: summarize(single) },
        goal: { stat: 'p95', maxMs: 50 },
        note: `${inputs.length} different inputs (every shape, ${pdfTexts.length} pdftotext fixtures and ${dropped.length} texts with blank cells dropped), one per call (p95 is the slowest shape's)`,
      },
      {
        label: '5c auditTexts, 100 corpus reports (mixed shapes)',
        outcome: { kind: 'measured', summary: summarize(batch) },
        goal: { stat: 'median', maxMs: 5000 },
        note: 'import + every check + cross-year links, 100 texts per run',
      },
    ],
  };
}
