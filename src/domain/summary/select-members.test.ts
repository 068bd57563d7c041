import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  preferredReportOrder,
  type SummaryCandidate,
  sameUnitsByYear,
  selectMembers,
} from './select-members';

let seq = 0;
const cand = (agencyName: string, over: Partial<SummaryCandidate> = {}): SummaryCandidate => ({
  id: `r${++seq}`,
  agencyName,
  year: 2021,
  kind: 'draft',
  status: 'approved',
  errorCount: 0,
  updatedAt: '2022-01-10T00:00:00.000Z',
  ...over,
});
const names = (list: readonly { agencyName: string }[]) => list.map((c) => c.agencyName);
const NONE = new Set<string>();

describe('selectMembers', () => {
  const edu = cand('曲阜市教育局');
  const fin = cand('曲阜市财政局', { status: 'approved' });
  const broken = cand('曲阜市公安局', { errorCount: 2 });
  const published = cand('曲阜市人民政府办公室', { kind: 'reference' });
  const lastYear = cand('曲阜市教育局', { year: 2020 });
  const all = [edu, fin, broken, published, lastYear];

  it('all of the year: reports with errors are flagged and left out by default; 参考报告 are not units', () => {
    const s = selectMembers(all, 2021, { mode: 'all' }, NONE);
    expect(s.scoped.map((x) => x.candidate)).toEqual(expect.arrayContaining([edu, fin, broken]));
    expect(s.scoped).toHaveLength(3);
    expect(s.members).toEqual(expect.arrayContaining([edu, fin]));
    expect(s.members).toHaveLength(2);
    expect(s.flagged.map((f) => [f.candidate.id, f.flags, f.included])).toEqual([
      [broken.id, ['errors'], false],
    ]);
    expect(s.roster).toBeNull();
  });

  it('a 参考报告 is never a unit: not summed even when ticked or picked, not matched by a roster', () => {
    expect(selectMembers(all, 2021, { mode: 'all' }, new Set([published.id])).members).not.toContain(
      published,
    );
    expect(selectMembers(all, 2021, { mode: 'picked', ids: [published.id] }, NONE).scoped).toEqual([]);
    // 批量审核 saved the 曲阜市人民政府办公室 text: on the roster, the unit is still 未报送, not a report in scope.
    const s = selectMembers(all, 2021, { mode: 'roster', units: ['曲阜市人民政府办公室'] }, NONE);
    expect(s.roster?.missing).toEqual(['曲阜市人民政府办公室']);
    expect(s.scoped).toEqual([]);
    // …and with the unit's own approved report, that one is used and the 参考 copy is no duplicate.
    const own = cand('曲阜市人民政府办公室', { status: 'approved' });
    const withOwn = selectMembers(
      [...all, own],
      2021,
      { mode: 'roster', units: ['曲阜市人民政府办公室'] },
      NONE,
    );
    expect(withOwn.members).toEqual([own]);
    expect(withOwn.roster?.duplicates).toEqual([]);
  });

  it('sums only 已审定 by default; the switch adds 待审核, 已退回 and 草稿; counts by status either way', () => {
    const pending = cand('曲阜市审计局', { status: 'submitted' });
    const draft = cand('曲阜市水务局', { status: 'draft' });
    const returned = cand('曲阜市民政局', { status: 'returned' });
    const brokenDraft = cand('曲阜市商务局', { status: 'draft', errorCount: 1 });
    const list = [...all, pending, draft, returned, brokenDraft];
    const final = selectMembers(list, 2021, { mode: 'all' }, NONE);
    expect(final.members).toEqual(expect.arrayContaining([edu, fin]));
    expect(final.members).toHaveLength(2);
    expect(final.flagged.map((f) => f.candidate)).toEqual([broken]);
    expect(final.scopedByStatus).toEqual({ approved: 3, submitted: 1, returned: 1, draft: 2 });
    expect(final.membersByStatus).toEqual({ approved: 2, submitted: 0, returned: 0, draft: 0 });
    const everything = selectMembers(list, 2021, { mode: 'all' }, NONE, { includeUnapproved: true });
    expect(everything.members).toHaveLength(5);
    expect(everything.membersByStatus).toEqual({ approved: 2, submitted: 1, returned: 1, draft: 1 });
    expect(everything.flagged.map((f) => f.candidate)).toEqual(expect.arrayContaining([broken, brokenDraft]));
    // A tick on a draft does not sum it while the switch is off.
    expect(selectMembers(list, 2021, { mode: 'all' }, new Set([brokenDraft.id])).members).not.toContain(
      brokenDraft,
    );
  });

  it('a tick includes a flagged report; a tick on an unflagged or out-of-scope report changes nothing', () => {
    const s = selectMembers(all, 2021, { mode: 'all' }, new Set([broken.id, lastYear.id]));
    expect(s.members).toHaveLength(3);
    expect(s.members).toContain(broken);
    expect(s.members).not.toContain(lastYear);
    expect(s.flagged.find((f) => f.candidate === broken)?.included).toBe(true);
  });

  it('hand-picked: only the picked reports of the year', () => {
    const s = selectMembers(all, 2021, { mode: 'picked', ids: [fin.id, lastYear.id, broken.id] }, NONE);
    expect(s.scoped.map((x) => x.candidate)).toEqual(expect.arrayContaining([fin, broken]));
    expect(s.scoped).toHaveLength(2);
    expect(s.members).toEqual([fin]);
  });

  it('sorts the scoped reports by organ name (zh-CN collation), ties by id', () => {
    const s = selectMembers(all, 2021, { mode: 'all' }, new Set([broken.id]));
    const sorted = [...names(s.members)].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    expect(names(s.members)).toEqual(sorted);
  });

  it('roster: matched units are in scope, missing units and extra reports are listed', () => {
    const s = selectMembers(
      all,
      2021,
      { mode: 'roster', units: ['曲阜市教育局', '曲阜市 财政局', '曲阜市审计局'] },
      NONE,
    );
    expect(s.members).toEqual(expect.arrayContaining([edu, fin]));
    expect(s.members).toHaveLength(2);
    expect(s.roster?.missing).toEqual(['曲阜市审计局']);
    expect(names(s.roster?.extra ?? [])).toEqual(['曲阜市公安局']);
  });

  it('roster: a unit with two reports sums the preferred one and lists the other', () => {
    const draftCopy = cand('曲阜市财政局', { status: 'draft', updatedAt: '2022-02-01T00:00:00.000Z' });
    const s = selectMembers([...all, draftCopy], 2021, { mode: 'roster', units: ['曲阜市财政局'] }, NONE);
    expect(s.members).toEqual([fin]);
    expect(s.roster?.duplicates).toEqual([{ unit: '曲阜市财政局', used: fin, others: [draftCopy] }]);
    expect(s.duplicates).toEqual(s.roster?.duplicates);
  });

  it('all of the year: a unit with two reports is summed once, the preferred one, and the other is listed', () => {
    // A second 「新建报告」 of the same organ, or one file imported twice: the sum must not hold it twice.
    const hall = cand('邹城市民政局', { status: 'approved' });
    const hallDraft = cand('邹城市民政局', { status: 'draft', updatedAt: '2022-03-01T00:00:00.000Z' });
    const hallSpaced = cand(' 邹城市民政局 ', { status: 'submitted' });
    const water = cand('邹城市水务局', { status: 'draft' });
    const unnamed = [cand('', { status: 'draft' }), cand('', { status: 'draft' })];
    const s = selectMembers([hallDraft, water, hall, hallSpaced, ...unnamed], 2021, { mode: 'all' }, NONE, {
      includeUnapproved: true,
    });
    expect(s.members).toEqual(expect.arrayContaining([hall, water, ...unnamed]));
    expect(s.members).toHaveLength(4);
    expect(s.duplicates).toEqual([{ unit: '邹城市民政局', used: hall, others: [hallSpaced, hallDraft] }]);
    expect(s.scopedByStatus).toEqual({ approved: 1, submitted: 0, returned: 0, draft: 3 });
    // Picked by hand: what the supervisor ticks is what is summed, nothing is set aside.
    const picked = selectMembers(
      [hall, hallDraft],
      2021,
      { mode: 'picked', ids: [hall.id, hallDraft.id] },
      NONE,
      { includeUnapproved: true },
    );
    expect(picked.members).toHaveLength(2);
    expect(picked.duplicates).toEqual([]);
  });

  it('roster: suggests a missing unit for an extra report under a shorter spelling', () => {
    const short = cand('审计局');
    const s = selectMembers([short], 2021, { mode: 'roster', units: ['曲阜市审计局'] }, NONE);
    expect(s.roster?.suggestions).toEqual([{ report: short, unit: '曲阜市审计局' }]);
    expect(s.members).toEqual([]);
  });

  it('property: members ⊆ scoped ⊆ units’ reports of the year, and a report is a member iff unflagged or ticked', () => {
    const candArb = fc.record({
      agencyName: fc.constantFrom('甲局', '乙局', '丙局', '丁局'),
      year: fc.constantFrom(2020, 2021, null),
      kind: fc.constantFrom('draft' as const, 'reference' as const),
      status: fc.constantFrom(
        'draft' as const,
        'submitted' as const,
        'returned' as const,
        'approved' as const,
      ),
      errorCount: fc.nat(3),
    });
    fc.assert(
      fc.property(
        fc.array(candArb, { maxLength: 12 }),
        fc.array(fc.nat(11)),
        fc.boolean(),
        (raw, ticks, unapproved) => {
          const cs = raw.map((r) => cand(r.agencyName, r));
          const confirmed = new Set(ticks.flatMap((i) => (cs[i] ? [cs[i]!.id] : [])));
          const s = selectMembers(cs, 2021, { mode: 'all' }, confirmed, { includeUnapproved: unapproved });
          const units = cs.filter((c) => c.year === 2021 && c.kind === 'draft');
          // one report per organ: the scoped ones and the listed duplicates are the units' reports
          expect(new Set(s.scoped.map((x) => x.candidate.agencyName)).size).toBe(s.scoped.length);
          expect(
            [...s.scoped.map((x) => x.candidate), ...s.duplicates.flatMap((d) => d.others)]
              .map((c) => c.id)
              .sort(),
          ).toEqual(units.map((c) => c.id).sort());
          for (const x of s.scoped) {
            const c = x.candidate;
            const ok = (c.status === 'approved' || unapproved) && (c.errorCount === 0 || confirmed.has(c.id));
            expect(s.members.includes(c)).toBe(ok);
          }
        },
      ),
    );
  });
});

describe('selectMembers: a copy of a unit’s report', () => {
  const options = { includeUnapproved: true };
  it('is the same unit, never summed beside its original nor instead of it', () => {
    const original = cand('丁县水利局', { status: 'returned', updatedAt: '2022-01-10T00:00:00.000Z' });
    const imported = cand('丁县水利局（导入的副本）', {
      status: 'submitted',
      updatedAt: '2022-01-12T00:00:00.000Z',
    });
    const copied = cand('丁县水利局（副本）（副本）', {
      status: 'approved',
      updatedAt: '2022-01-13T00:00:00.000Z',
    });
    const other = cand('丁县林业局', { status: 'submitted' });
    const picked = selectMembers([imported, original, copied, other], 2021, { mode: 'all' }, NONE, options);
    expect(names(picked.members).sort()).toEqual(['丁县林业局', '丁县水利局']);
    expect(picked.duplicates).toHaveLength(1);
    expect(picked.duplicates[0]!.used).toBe(original);
    expect(names(picked.duplicates[0]!.others).sort()).toEqual([
      '丁县水利局（副本）（副本）',
      '丁县水利局（导入的副本）',
    ]);
    const roster = selectMembers(
      [imported, original],
      2021,
      { mode: 'roster', units: ['丁县水利局'] },
      NONE,
      options,
    );
    expect(roster.members).toEqual([original]);
    expect(roster.roster?.extra).toEqual([]);
  });

  it('stands alone when its original is gone', () => {
    const imported = cand('戊县审计局（导入的副本）', { status: 'submitted' });
    expect(selectMembers([imported], 2021, { mode: 'all' }, NONE, options).members).toEqual([imported]);
  });
});

describe('preferredReportOrder', () => {
  it.each([
    ['已审定 before 草稿', { status: 'approved' as const }, { status: 'draft' as const }],
    ['without errors before with errors', { errorCount: 0 }, { errorCount: 1 }],
    [
      'newer before older',
      { updatedAt: '2022-02-01T00:00:00.000Z' },
      { updatedAt: '2022-01-01T00:00:00.000Z' },
    ],
  ])('%s', (_, a, b) => {
    expect(preferredReportOrder(cand('甲', a), cand('甲', b))).toBeLessThan(0);
    expect(preferredReportOrder(cand('甲', b), cand('甲', a))).toBeGreaterThan(0);
  });
});

describe('sameUnitsByYear', () => {
  it('takes the same organs in other years, one report each, and ignores other organs and 参考报告', () => {
    const a21 = cand('甲局');
    const b21 = cand('乙局');
    const a20 = cand('甲 局', { year: 2020, errorCount: 3 });
    const a20ref = cand('甲局', { year: 2020, kind: 'reference' });
    const c20 = cand('丙局', { year: 2020 });
    const b19 = cand('乙局', { year: 2019 });
    const b18ref = cand('乙局', { year: 2018, kind: 'reference' });
    const unsummed21 = cand('丙局');
    const byYear = sameUnitsByYear([a21, b21, a20, a20ref, c20, b19, b18ref, unsummed21], [a21, b21]);
    expect([...byYear.keys()]).toEqual([2019, 2020, 2021]);
    expect(byYear.get(2021)).toEqual(
      [b21, a21].sort((x, y) => x.agencyName.localeCompare(y.agencyName, 'zh-CN')),
    );
    expect(byYear.get(2020)).toEqual([a20]);
    expect(byYear.get(2019)).toEqual([b19]);
  });

  it('is empty without members', () => {
    expect(sameUnitsByYear([cand('甲局')], []).size).toBe(0);
  });
});
