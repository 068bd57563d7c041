import fc from 'fast-check';
import { APPLICATION_ROWS } from '../report/keys';
import { solveApplications } from './solve-applications';
import { balancedMatrix, realisticCount, runTogether, wideCount } from './test-arbitraries';

for (const [name, arb] of [
  ['realistic', realisticCount],
  ['wide', wideCount],
  ['0-30', fc.integer({ min: 0, max: 30 })],
  ['3digit', fc.integer({ min: 100, max: 999 })],
  ['ones', fc.constantFrom(0, 1, 10, 11, 100, 101, 110, 111)],
  ['ones2', fc.constantFrom(1, 11, 111)],
] as const) {
  const ms = fc.sample(fc.tuple(balancedMatrix(arb), fc.nat(24), fc.nat(), fc.integer({ min: 1, max: 9 })), {
    numRuns: 200,
    seed: 5,
  });
  const times: number[] = [];
  let worstInput = '';
  for (const [m, ri, di, delta] of ms) {
    const input = runTogether(m);
    const row = APPLICATION_ROWS[ri]!;
    const d = (input[row] as { digits: string }).digits;
    const totalLen = String(m[row][6]).length;
    const pos = d.length - totalLen + (di % totalLen);
    const nd = d.slice(0, pos) + String((Number(d[pos]) + delta) % 10) + d.slice(pos + 1);
    (input as any)[row] = { kind: 'digits', digits: nd };
    let best = 1e9;
    for (let r = 0; r < 3; r++) {
      const t = performance.now();
      solveApplications(input);
      best = Math.min(best, performance.now() - t);
    }
    if (best > Math.max(...times, 0)) worstInput = JSON.stringify(input);
    times.push(best);
  }
  times.sort((a, b) => a - b);
  console.log(
    name,
    'p50',
    times[100]!.toFixed(2),
    'p99',
    times[198]!.toFixed(2),
    'max',
    times[199]!.toFixed(2),
  );
  if (times[199]! > 20) console.log(worstInput);
}
