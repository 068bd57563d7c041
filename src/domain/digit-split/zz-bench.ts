import fc from 'fast-check';
import { readApplicationRow } from '/work/main/src/domain/digit-split/application-row-readings';
import { solveApplications } from '/work/main/src/domain/digit-split/solve-applications';
import { balancedMatrix, runTogether } from '/work/main/src/domain/digit-split/test-arbitraries';
import { APPLICATION_ROWS } from '/work/main/src/domain/report/keys';

for (const [name, arb] of [
  ['3digit', fc.integer({ min: 100, max: 999 })],
  ['0-30', fc.integer({ min: 0, max: 30 })],
  ['wide', fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 100, max: 99999 }))],
] as const) {
  const samples = fc.sample(balancedMatrix(arb), { numRuns: 100, seed: 7 }).map(runTogether);
  let bestRead = 1e9,
    bestAll = 1e9,
    worstAll = 0;
  for (let rep = 0; rep < 5; rep++) {
    let t = performance.now();
    for (const input of samples) for (const r of APPLICATION_ROWS) readApplicationRow(r, input[r]!);
    bestRead = Math.min(bestRead, (performance.now() - t) / samples.length);
    t = performance.now();
    for (const input of samples) {
      const t1 = performance.now();
      solveApplications(input);
      if (rep > 0) worstAll = Math.max(worstAll, performance.now() - t1);
    }
    bestAll = Math.min(bestAll, (performance.now() - t) / samples.length);
  }
  console.log(name, 'read', bestRead.toFixed(2), 'all', bestAll.toFixed(2), 'worst', worstAll.toFixed(2));
}
