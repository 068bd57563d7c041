import fc from 'fast-check';
import { solveApplications } from './solve-applications';
import { balancedMatrix, realisticCount, runTogether } from './test-arbitraries';

for (const [name, arb] of [
  ['3digit', fc.integer({ min: 100, max: 999 })],
  ['0-30', fc.integer({ min: 0, max: 30 })],
  ['realistic', realisticCount],
  ['wide', fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 100, max: 99999 }))],
] as const) {
  const samples = fc.sample(balancedMatrix(arb), { numRuns: 300, seed: 11 }).map(runTogether);
  const times = samples.map((input) => {
    let best = 1e9;
    for (let r = 0; r < 3; r++) {
      const t = performance.now();
      solveApplications(input);
      best = Math.min(best, performance.now() - t);
    }
    return best;
  });
  const sorted = [...times].sort((a, b) => a - b);
  const worst = times.indexOf(sorted.at(-1)!);
  console.log(
    name,
    'p50',
    sorted[150]!.toFixed(2),
    'p99',
    sorted[297]!.toFixed(2),
    'max',
    sorted.at(-1)!.toFixed(2),
  );
  if (sorted.at(-1)! > 10) console.log(JSON.stringify(samples[worst]));
}
