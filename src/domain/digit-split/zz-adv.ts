import fc from 'fast-check';
import { APPLICATION_ROWS } from '../report/keys';
import { readApplicationRow } from './application-row-readings';
import { solveApplications } from './solve-applications';
import { balancedMatrix, runTogether } from './test-arbitraries';

const arb = fc.constantFrom(...(JSON.parse(process.argv[2]!) as number[]));
const ms = fc.sample(balancedMatrix(arb), { numRuns: Number(process.argv[3] ?? 5), seed: 5 });
for (const m of ms) {
  const input = runTogether(m);
  const counts = APPLICATION_ROWS.map((r) => {
    const x = readApplicationRow(r, input[r]!);
    return x.kind === 'read' ? x.candidates.length : -1;
  });
  const t = performance.now();
  const s = solveApplications(input);
  console.log(
    s.status,
    s.candidates.length,
    s.candidatesTruncated,
    s.ambiguousRows.length,
    'ms',
    (performance.now() - t).toFixed(1),
    'cands',
    counts.join(','),
  );
}
