import fc from 'fast-check';
import { solveApplications } from './solve-applications';
import { balancedMatrix, runTogether } from './test-arbitraries';

const arb = fc.constantFrom(0, 1, 10, 11, 100, 101, 110, 111);
const ms = fc.sample(balancedMatrix(arb), { numRuns: 3, seed: 5 });
for (const m of ms) solveApplications(runTogether(m));
const G = globalThis as any;
console.log(
  G.searches,
  'prop',
  G.prop.toFixed(0),
  'setup',
  G.setup.toFixed(0),
  'total',
  G.total.toFixed(0),
  'nodes',
  G.nodes,
);
