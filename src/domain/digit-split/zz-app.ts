import fc from 'fast-check';
import { APPEAL_GROUPS } from '../report/keys';
import { joinCells } from './run-together';
import { solveAppeals } from './solve-appeals';
import { appealsTable, realisticCount, wideCount } from './test-arbitraries';

for (const [name, arb] of [
  ['realistic', realisticCount],
  ['wide', wideCount],
  ['small', fc.integer({ min: 0, max: 12 })],
] as const) {
  const ts = fc.sample(appealsTable(arb), { numRuns: 1000, seed: 1 });
  const st: Record<string, number> = {};
  let best: any = null;
  for (const t of ts) {
    const s = solveAppeals(APPEAL_GROUPS.map((g) => joinCells(t[g])).join(''));
    st[s.status] = (st[s.status] ?? 0) + 1;
    const ok = s.candidates.some((c) => APPEAL_GROUPS.every((g) => c[g]!.join() === t[g].join()));
    if (!ok) console.log('MISSING', JSON.stringify(t));
    if (s.status === 'ambiguous') {
      const len = APPEAL_GROUPS.map((g) => joinCells(t[g])).join('').length;
      if (!best || len < best.len) best = { len, t, c: s.candidates };
    }
  }
  console.log(name, st, JSON.stringify(best));
}
