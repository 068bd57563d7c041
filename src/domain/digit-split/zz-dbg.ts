import fc from 'fast-check';
import { solveApplications } from './solve-applications';
import { balancedMatrix, runTogether } from './test-arbitraries';

const arb = fc.constantFrom(0, 1, 10, 11, 100, 101, 110, 111);
const [m] = fc.sample(balancedMatrix(arb), { numRuns: 1, seed: 5 });
const s = solveApplications(runTogether(m!), { nodeBudget: 1e8 });
console.log(
  s.status,
  s.candidates.length,
  s.unsolved.map((u) => u.reason.slice(0, 60)),
);
