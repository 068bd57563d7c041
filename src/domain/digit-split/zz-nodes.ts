import fc from 'fast-check';
import { APPLICATION_ROWS } from '../report/keys';
import { solveApplications } from './solve-applications';
import { balancedMatrix, runTogether } from './test-arbitraries';

const G = globalThis as any;
for (const [name, arb] of [
  ['ones', fc.constantFrom(0, 1, 10, 11, 100, 101, 110, 111)],
  ['0-30', fc.integer({ min: 0, max: 30 })],
  ['0-12', fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }))],
] as const) {
  const ms = fc.sample(fc.tuple(balancedMatrix(arb), fc.nat(24), fc.nat(), fc.integer({ min: 1, max: 9 })), {
    numRuns: name === 'ones' ? 5 : 100,
    seed: 5,
  });
  for (const [flag, nomemo, noreach] of [
    ['both', false, false],
    ['nomemo', true, false],
    ['noreach', false, true],
  ] as const) {
    G.NOMEMO = nomemo;
    G.NOREACH = noreach;
    G.nodes = 0;
    G.searches = 0;
    const st: Record<string, number> = {};
    for (const [m, ri, di, delta] of ms) {
      for (const corrupt of [false, true]) {
        const input = runTogether(m);
        if (corrupt) {
          const row = APPLICATION_ROWS[ri]!;
          const d = (input[row] as { digits: string }).digits;
          const tl = String(m[row][6]).length;
          const pos = d.length - tl + (di % tl);
          (input as any)[row] = {
            kind: 'digits',
            digits: d.slice(0, pos) + String((Number(d[pos]) + delta) % 10) + d.slice(pos + 1),
          };
        }
        const s = solveApplications(input, { nodeBudget: 1e6 });
        st[s.status] = (st[s.status] ?? 0) + 1;
      }
    }
    console.log(name, flag, 'nodes', G.nodes, 'searches', G.searches, JSON.stringify(st));
  }
}
