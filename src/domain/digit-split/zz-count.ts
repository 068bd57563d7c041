import fc from 'fast-check';
import { balancedMatrix } from '/work/main/src/domain/digit-split/test-arbitraries';
import { enumerateSummedSplits, joinCells, nodes } from './zz-rt';

const samples = fc.sample(balancedMatrix(fc.integer({ min: 100, max: 999 })), { numRuns: 20, seed: 7 });
let rows = 0,
  cands = 0;
const t = performance.now();
for (const m of samples)
  for (const v of Object.values(m)) {
    rows++;
    for (const _ of enumerateSummedSplits(joinCells(v), 6)) cands++;
  }
console.log(
  'rows',
  rows,
  'cands',
  cands,
  'nodes/row',
  nodes() / rows,
  'ms/row',
  (performance.now() - t) / rows,
);
