import fc from 'fast-check';
import { APPLICATION_ROWS } from '../report/keys';
import { solveApplications } from './solve-applications';
import { balancedMatrix, realisticCount, runTogether, wideCount } from './test-arbitraries';

// smallest ambiguous full table
const samples = fc.sample(
  balancedMatrix(fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 12 }))),
  { numRuns: 3000, seed: 3 },
);
let best: { nz: number; m: unknown; s: unknown } | null = null;
for (const m of samples) {
  const s = solveApplications(runTogether(m));
  if (s.status !== 'ambiguous') continue;
  const nz = Object.values(m)
    .flat()
    .filter((x) => x !== 0).length;
  if (!best || nz < best.nz) best = { nz, m, s };
}
console.log(
  JSON.stringify(best?.m),
  JSON.stringify((best?.s as any)?.ambiguousRows),
  JSON.stringify(
    (best?.s as any)?.candidates.map((c: any) => (best!.s as any).ambiguousRows.map((r: string) => c[r])),
  ),
);
// corrupted flag rate
for (const [name, arb] of [
  ['realistic', realisticCount],
  ['wide', wideCount],
] as const) {
  const ms = fc.sample(fc.tuple(balancedMatrix(arb), fc.nat(24), fc.nat(), fc.integer({ min: 1, max: 9 })), {
    numRuns: 500,
    seed: 5,
  });
  const c: Record<string, number> = {};
  let worst = 0;
  for (const [m, ri, di, delta] of ms) {
    const input = runTogether(m);
    const row = APPLICATION_ROWS[ri]!;
    const d = (input[row] as { digits: string }).digits;
    const totalLen = String(m[row][6]).length;
    const pos = d.length - totalLen + (di % totalLen);
    const nd = d.slice(0, pos) + String((Number(d[pos]) + delta) % 10) + d.slice(pos + 1);
    (input as any)[row] = { kind: 'digits', digits: nd };
    const t = performance.now();
    const s = solveApplications(input);
    worst = Math.max(worst, performance.now() - t);
    const flagged = s.unsolved.some((u) => u.row === row);
    const key = `${s.status}/${flagged ? 'flagged' : 'NOT'}/${s.unsolved.length}`;
    c[key] = (c[key] ?? 0) + 1;
    if (!flagged && s.status !== 'none' && c[key]! < 3)
      console.log('NOTFLAG', row, d, nd, s.status, JSON.stringify(s.rows[row]));
  }
  console.log(name, c, 'worst', worst.toFixed(1));
}
