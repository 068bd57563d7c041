import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchRoster, normalizeRosterName, parseRoster } from './roster';

const THREE = ['曲阜市教育局', '曲阜市财政局', '曲阜市人民政府办公室'];

describe('parseRoster', () => {
  it.each([
    ['one per line', '曲阜市教育局\n曲阜市财政局\n曲阜市人民政府办公室'],
    [
      'CRLF, blank lines, surrounding spaces and a BOM',
      '\ufeff曲阜市教育局\r\n\r\n  曲阜市财政局 \r\n\u3000曲阜市人民政府办公室\u3000\r\n',
    ],
    ['顿号 separated', '曲阜市教育局、曲阜市财政局、曲阜市人民政府办公室。'],
    ['comma separated (both widths)', '曲阜市教育局,曲阜市财政局，曲阜市人民政府办公室'],
    ['numbered 1.', '1.曲阜市教育局\n2. 曲阜市财政局\n3．曲阜市人民政府办公室'],
    ['numbered 1、', '1、曲阜市教育局\n2、曲阜市财政局\n3、曲阜市人民政府办公室'],
    ['numbered （1）', '（1）曲阜市教育局\n(2)曲阜市财政局\n（３）曲阜市人民政府办公室'],
    ['numbered 一、 and ①', '一、曲阜市教育局\n二、曲阜市财政局\n③曲阜市人民政府办公室'],
    [
      'a spreadsheet pasted with tabs',
      '序号\t单位名称\t报告类型\n1\t曲阜市教育局\t部门\n2\t曲阜市财政局\t部门\n3\t曲阜市人民政府办公室\t本级政府',
    ],
    [
      'a CSV file with quotes',
      '\ufeff"序号","单位名称"\r\n"1","曲阜市教育局"\r\n2,"曲阜市财政局"\r\n3,曲阜市人民政府办公室\r\n',
    ],
    ['numbers followed by a space', '1 曲阜市教育局\n2 曲阜市财政局\n3 曲阜市人民政府办公室'],
    [
      'quoted in 「」 with trailing punctuation',
      '「曲阜市教育局」；\n“曲阜市财政局”\n曲阜市人民政府办公室；',
    ],
    ['numbered items on one line', '1.曲阜市教育局；2.曲阜市财政局；3.曲阜市人民政府办公室'],
    ['semicolons and mixed separators on one line', '曲阜市教育局；曲阜市财政局;\t曲阜市人民政府办公室'],
  ])('reads %s', (_, text) => {
    expect(parseRoster(text)).toEqual({ units: THREE, duplicates: [] });
  });

  it('keeps the first spelling of a unit listed twice and reports the others', () => {
    expect(parseRoster('曲阜市教育局\n曲阜市 教育局\n曲阜市财政局\nＡ局\nA局')).toEqual({
      units: ['曲阜市教育局', '曲阜市财政局', 'Ａ局'],
      duplicates: ['曲阜市 教育局', 'A局'],
    });
  });

  it('keeps organ names that begin with a numeral', () => {
    expect(parseRoster('十堰市人民政府\n三门峡市财政局\n2. 一二三局').units).toEqual([
      '十堰市人民政府',
      '三门峡市财政局',
      '一二三局',
    ]);
  });

  it('reads nothing from empty or number-only text', () => {
    expect(parseRoster('').units).toEqual([]);
    expect(parseRoster('\n \r\n1\n2、\n（三）\n').units).toEqual([]);
  });

  it('never throws and never returns a blank name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const { units } = parseRoster(text);
        for (const u of units) expect(normalizeRosterName(u)).not.toBe('');
      }),
    );
  });
});

describe('normalizeRosterName', () => {
  it.each([
    ['曲阜市 人民政府 办公室', '曲阜市人民政府办公室'],
    ['\u3000曲阜市人民政府办公室\u3000', '曲阜市人民政府办公室'],
    ['曲阜市ＸＸ局', '曲阜市XX局'],
    ['中共曲阜市委宣传部（市政府新闻办公室）', '中共曲阜市委宣传部(市政府新闻办公室)'],
    ['中共曲阜市委宣传部〔市政府新闻办公室〕', '中共曲阜市委宣传部(市政府新闻办公室)'],
    ['中共曲阜市委宣传部【市政府新闻办公室】', '中共曲阜市委宣传部(市政府新闻办公室)'],
    ['曲阜市教育局2021年政府信息公开工作年度报告', '曲阜市教育局'],
    ['曲阜市教育局2021年度政府信息公开年报', '曲阜市教育局'],
    ['曲阜市教育局年度报告', '曲阜市教育局'],
    ['曲阜市教育局2021年度报告', '曲阜市教育局'],
    ['曲阜市教育局2021年年报', '曲阜市教育局'],
    ['曲阜市教育局年度报告年度报告', '曲阜市教育局'],
    ['曲阜市2021年度工作局', '曲阜市2021年度工作局'],
    ['曲\u200b阜市教育局\ufeff', '曲阜市教育局'],
  ])('%s → %s', (raw, key) => {
    expect(normalizeRosterName(raw)).toBe(key);
  });

  it('keeps different organs apart', () => {
    expect(normalizeRosterName('曲阜市教育局')).not.toBe(normalizeRosterName('曲阜市教育局(市体育局)'));
    expect(normalizeRosterName('曲阜市财政局')).not.toBe(normalizeRosterName('邹城市财政局'));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.oneof(
              fc.string({ unit: 'grapheme', maxLength: 6 }),
              fc.constantFrom('年度报告', '2021年', '（', '］', '\u3000', 'Ａ'),
            ),
            { maxLength: 8 },
          )
          .map((parts) => parts.join('')),
        (s) => {
          const once = normalizeRosterName(s);
          expect(normalizeRosterName(once)).toBe(once);
        },
      ),
    );
  });
});

describe('matchRoster', () => {
  const reports = [
    { id: 'r1', agencyName: '曲阜市 教育局', year: 2021 },
    { id: 'r2', agencyName: '曲阜市人民政府办公室（本级）', year: 2021 },
    { id: 'r3', agencyName: '曲阜市人民政府办公室(本级)', year: 2021 },
    { id: 'r4', agencyName: '曲阜市财政局', year: 2020 },
    { id: 'r5', agencyName: '曲阜市文化和旅游局', year: 2021 },
    { id: 'r6', agencyName: '卫生健康局', year: 2021 },
    { id: 'r7', agencyName: '曲阜市ＸＸ局', year: 2021 },
  ];
  const roster = [
    '曲阜市教育局',
    '曲阜市财政局',
    '曲阜市人民政府办公室(本级)',
    '曲阜市卫生健康局',
    '曲阜市XX局',
  ];

  it('matches across full-width/half-width and whitespace, and lists missing and extra units', () => {
    const m = matchRoster(roster, reports, 2021);
    expect(m.matched).toEqual([
      { unit: '曲阜市教育局', reportIds: ['r1'] },
      { unit: '曲阜市人民政府办公室(本级)', reportIds: ['r2', 'r3'] },
      { unit: '曲阜市XX局', reportIds: ['r7'] },
    ]);
    // 财政局 reported only for 2020
    expect(m.missing).toEqual(['曲阜市财政局', '曲阜市卫生健康局']);
    expect(m.extra.map((r) => r.id)).toEqual(['r5', 'r6']);
    expect(m.suggestions).toEqual([{ reportId: 'r6', unit: '曲阜市卫生健康局' }]);
  });

  it('matches another year separately', () => {
    const m = matchRoster(roster, reports, 2020);
    expect(m.matched).toEqual([{ unit: '曲阜市财政局', reportIds: ['r4'] }]);
    expect(m.missing).toHaveLength(roster.length - 1);
    expect(m.extra).toEqual([]);
  });

  it('lists a unit named twice on the roster once', () => {
    const m = matchRoster(['曲阜市教育局', '曲阜市 教育局'], [], 2021);
    expect(m.missing).toEqual(['曲阜市教育局']);
  });

  it('puts every report of the year in exactly one place', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...roster, '甲局', '乙 局', '乙局'), { maxLength: 6 }),
        fc.array(
          fc.record({
            id: fc.uuid(),
            agencyName: fc.constantFrom(...roster, '甲局', '乙局', '丙局'),
            year: fc.constantFrom(2020, 2021, null),
          }),
          { maxLength: 10 },
        ),
        (units, rs) => {
          const m = matchRoster(units, rs, 2021);
          const placed = [...m.matched.flatMap((x) => x.reportIds), ...m.extra.map((r) => r.id)].sort();
          expect(placed).toEqual(
            rs
              .filter((r) => r.year === 2021)
              .map((r) => r.id)
              .sort(),
          );
          expect(m.matched.length + m.missing.length).toBe(new Set(units.map(normalizeRosterName)).size);
        },
      ),
    );
  });
});
