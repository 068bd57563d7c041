import fc from 'fast-check';
import { it } from 'vitest';
import { APPLICATION_ROWS } from '../report/keys';
import { readApplicationRow } from './application-row-readings';
import { solveApplications } from './solve-applications';
import { balancedMatrix, runTogether } from './test-arbitraries';

it('measure', () => {
  for (const [name, arb] of [
    ['3digit', fc.integer({ min: 100, max: 999 })],
    ['0-30', fc.integer({ min: 0, max: 30 })],
  ] as const) {
    const samples = fc.sample(balancedMatrix(arb), { numRuns: 200, seed: 7 });
    let tRead = 0,
      tAll = 0,
      cands = 0,
      maxc = 0;
    for (const m of samples) {
      const input = runTogether(m);
      let t = performance.now();
      for (const r of APPLICATION_ROWS) {
        const x = readApplicationRow(r, input[r]!);
        if (x.kind === 'read') {
          cands += x.candidates.length;
          maxc = Math.max(maxc, x.candidates.length);
        }
      }
      tRead += performance.now() - t;
      t = performance.now();
      solveApplications(input);
      tAll += performance.now() - t;
    }
    console.log(
      name,
      'read',
      (tRead / 200).toFixed(2),
      'all',
      (tAll / 200).toFixed(2),
      'avg cands/row',
      (cands / 200 / 25).toFixed(2),
      'max',
      maxc,
    );
  }
});
