// The shapes published texts come in (SPEC §11), each built by transforming the fixture text.
import { describe, expect, it } from 'vitest';
import expected from '../fixtures/qufu-2021.expected.json';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { cellAddress, cellId } from '../report/cell-address';
import { draftToReport } from '../report/draft-convert';
import {
  APPEAL_FIELDS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  DOCUMENT_FIELDS,
} from '../report/keys';
import { APPLICATION_ROW_LABELS, PART_TITLES, PROACTIVE_ROW_LABELS } from '../report/labels';
import { reportDraftSchema } from '../report/report-schema';
import { applySplitChoices } from './apply-split-choices';
import { importPublishedText } from './import-text';
import { expectFixtureNumbers } from './test-expect';
import {
  isNumberCell,
  mapCells,
  type Row,
  removePart,
  renderCellPerLine,
  reshapeTables,
  setNumber,
  spaceRows,
  tabRows,
  toFullWidth,
  typo,
} from './test-transforms';

const CJK = /[\u4E00-\u9FFF]/;
const wrap = (cell: string) =>
  CJK.test(cell) && cell.length >= 6
    ? `${cell.slice(0, Math.floor(cell.length / 2))}\n${cell.slice(Math.floor(cell.length / 2))}`
    : cell;

describe('table shapes', () => {
  const shapes: [string, string][] = [
    ['one cell per line (re-rendered)', reshapeTables(qufuText, renderCellPerLine)],
    [
      'one cell per line, no tabs, no empty lines',
      reshapeTables(qufuText, (rows) => rows.flatMap((r) => r.filter((c) => c !== ''))),
    ],
    ['tab-separated rows', reshapeTables(qufuText, tabRows)],
    ['space-separated rows', reshapeTables(qufuText, spaceRows)],
    ['labels wrapped mid-word, one cell per line', mapCells(qufuText, wrap)],
    [
      'labels wrapped mid-word, tab-separated rows',
      reshapeTables(qufuText, (rows) => tabRows(rows.map((r) => r.map(wrap)))),
    ],
    [
      'labels wrapped mid-word, space-separated rows',
      reshapeTables(qufuText, (rows) => spaceRows(rows.map((r) => r.map(wrap)))),
    ],
    ['full-width digits everywhere', toFullWidth(qufuText)],
  ];
  it.each(shapes)('%s: every number as published, nothing unread', (_name, text) => {
    const r = importPublishedText(text);
    expectFixtureNumbers(r);
    expect(r.summary.unread).toEqual([]);
    expect(r.summary.totalMismatches).toEqual([]);
    expect(r.summary.partsMissing).toEqual([]);
  });

  it('really changes the shape (the transforms are not identities)', () => {
    expect(reshapeTables(qufuText, tabRows)).toContain('一、本年新收政府信息公开申请数量\t23\t0');
    expect(reshapeTables(qufuText, spaceRows)).toContain('一、本年新收政府信息公开申请数量 23 0');
    expect(mapCells(qufuText, wrap)).toContain(`\t${wrap(APPLICATION_ROW_LABELS.notProcessedMassRepeated)}`);
    expect(wrap(APPLICATION_ROW_LABELS.notProcessedMassRepeated)).toContain('\n');
    expect(toFullWidth(qufuText)).toContain('２０２１');
  });

  it('full-width digits: meta read too', () => {
    const { draft } = importPublishedText(toFullWidth(qufuText));
    expect(draft.meta).toMatchObject({ year: 2021, contactPhone: expected.meta.contactPhone });
  });
});

describe('「/」「-」「—」 and blank cells mean 0', () => {
  const zeroForms = ['/', '-', '—', ''];
  let n = 0;
  const dashed = (cell: string) => (cell === '0' ? zeroForms[n++ % zeroForms.length]! : cell);

  it.each([
    ['one cell per line', () => mapCells(qufuText, dashed)],
    ['tab-separated rows', () => reshapeTables(qufuText, (rows) => tabRows(rows.map((r) => r.map(dashed))))],
  ])('%s', (_name, build) => {
    n = 0;
    const text = build();
    expect(text).toContain('\t—');
    const r = importPublishedText(text);
    expectFixtureNumbers(r);
    expect(r.summary.unread).toEqual([]);
    expect(r.summary.warnings.some((w) => /个单元格为空白，已按0导入/.test(w))).toBe(true);
    expect(r.draft.applications.granted.natural).toBe('0');
  });

  it('space-separated rows (no blanks there: a blank cell cannot be seen)', () => {
    let k = 0;
    const forms = ['/', '-', '—', '－', '／'];
    const text = reshapeTables(qufuText, (rows) =>
      spaceRows(rows.map((r) => r.map((c) => (c === '0' ? forms[k++ % 5]! : c)))),
    );
    const r = importPublishedText(text);
    expectFixtureNumbers(r);
    expect(r.summary.unread).toEqual([]);
  });
});

describe('label typos (a character missing or changed)', () => {
  const applicationLabels = APPLICATION_ROWS.map((row) => APPLICATION_ROW_LABELS[row]);
  const proactiveLabels = Object.values(PROACTIVE_ROW_LABELS);
  const typos = (cell: string) => {
    const a = applicationLabels.indexOf(cell);
    if (a >= 0) return typo(cell, a);
    const p = proactiveLabels.indexOf(cell);
    return p >= 0 ? typo(cell, p) : cell;
  };

  it.each([
    ['one cell per line', mapCells(qufuText, typos)],
    ['tab-separated rows', reshapeTables(qufuText, (rows) => tabRows(rows.map((r) => r.map(typos))))],
  ])('%s: every row still found', (_name, text) => {
    expect(text).not.toContain(APPLICATION_ROW_LABELS.withheldThirdParty);
    expect(text).toContain('4.保护第三某合法权益');
    const r = importPublishedText(text);
    expectFixtureNumbers(r);
    expect(r.summary.unread).toEqual([]);
  });

  it('says which damaged short labels were placed by their position', () => {
    const r = importPublishedText(mapCells(qufuText, typos));
    // 「规章」 → 「规」 and 「（七）总计」 → 「（七）总某」 are too damaged to match by label alone.
    expect(r.summary.warnings.some((w) => w.includes('「规」') && w.includes('按表中位置'))).toBe(true);
    expect(r.summary.warnings.some((w) => w.includes('「（七）总某」') && w.includes('按表中位置'))).toBe(
      true,
    );
  });
});

describe('source totals that disagree with their parts', () => {
  const appealsTotal = (text: string, value: string) =>
    reshapeTables(text, (rows, part) => {
      if (part !== 'appeals') return renderCellPerLine(rows);
      const data = rows.at(-1)!;
      data[4] = value; // 行政复议 — 总计
      return renderCellPerLine(rows);
    });
  const text = appealsTotal(
    setNumber(
      setNumber(qufuText, APPLICATION_ROW_LABELS.totalHandled, 0, '24'),
      APPLICATION_ROW_LABELS.newReceived,
      6,
      '25',
    ),
    '1',
  );
  const r = importPublishedText(text);

  it('lists each disagreement with the source value and the sum', () => {
    const byCell = Object.fromEntries(r.summary.totalMismatches.map((m) => [m.cell, m]));
    expect(byCell[cellId(cellAddress('applications', 'totalHandled', 'natural'))]).toMatchObject({
      source: 24,
      computed: 23,
    });
    expect(byCell[cellId(cellAddress('applications', 'newReceived', 'total'))]).toMatchObject({
      source: 25,
      computed: 23,
    });
    expect(byCell[cellId(cellAddress('appeals', 'reconsideration', 'total'))]).toMatchObject({
      source: 1,
      computed: 0,
    });
    expect(byCell[cellId(cellAddress('applications', 'totalHandled', 'natural'))]?.message).toMatch(
      /「（七）总计」的「自然人」原文为24，.*23/,
    );
    // (七)总计's own 总计 (23) still equals the sum of the recomputed column totals.
    expect(byCell[cellId(cellAddress('applications', 'totalHandled', 'total'))]).toBeUndefined();
    expect(r.summary.totalMismatches).toHaveLength(3);
  });

  it('says 「原文为空白」 for a total printed blank, not the 0 the blank-as-0 rule reads', () => {
    const blank = importPublishedText(setNumber(qufuText, APPLICATION_ROW_LABELS.newReceived, 6, ''));
    const m = blank.summary.totalMismatches.find(
      (x) => x.cell === cellId(cellAddress('applications', 'newReceived', 'total')),
    );
    expect(m?.message).toMatch(/「一、本年新收政府信息公开申请数量」的「总计」原文为空白，各栏之和为\d+/u);
    expect(m?.message).not.toMatch(/原文为0/u);
  });

  it('keeps the cells and recomputes the totals', () => {
    const report = draftToReport(r.draft);
    expect(r.draft.applications.newReceived.natural).toBe('23');
    expect(report.applications.totalHandled.natural).toBe(23);
    expect(report.applications.newReceived.total).toBe(23);
    expect(report.appeals.reconsideration.total).toBe(0);
  });

  it('a wrong part under a right total: the parts are kept, the total is listed', () => {
    const r2 = importPublishedText(setNumber(qufuText, APPLICATION_ROW_LABELS.carriedOver, 1, '2'));
    expect(r2.draft.applications.carriedOver.business).toBe('2');
    expect(r2.summary.totalMismatches).toEqual([
      expect.objectContaining({
        cell: cellId(cellAddress('applications', 'carriedOver', 'total')),
        source: 0,
        computed: 2,
      }),
    ]);
  });
});

describe('a part missing', () => {
  it('part 四 removed: its cells are unread, the rest imports', () => {
    const r = importPublishedText(removePart(qufuText, 'appeals'));
    expect(r.summary.partsMissing).toEqual(['appeals']);
    const unread = r.summary.unread.map((u) => u.cell);
    expect(unread).toHaveLength(12);
    expect(unread.every((c) => c.startsWith('appeals.'))).toBe(true);
    expect(r.summary.unread[0]?.reason).toContain(PART_TITLES.appeals);
    expect(r.summary.warnings.some((w) => w.includes(PART_TITLES.appeals))).toBe(true);
    expect(draftToReport(r.draft).applications).toEqual(expected.applications);
    expect(r.draft.problems.improvements).toMatch(/^针对上述不足/);
  });

  it('part 五 removed: its narratives are empty, part 六 still split', () => {
    const r = importPublishedText(removePart(qufuText, 'problems'));
    expect(r.summary.partsMissing).toEqual(['problems']);
    expect(r.draft.problems).toEqual({ problems: '', improvements: '' });
    expect(r.draft.otherMatters.statisticsNotes).toBe('无。');
    expectFixtureNumbers(r);
  });
});

describe('rows whose cells ran together', () => {
  const glue = (row: Row, label: string) => {
    const at = row.indexOf(label);
    return [
      ...row.slice(0, at),
      label +
        row
          .slice(at + 1)
          .filter(isNumberCell)
          .join(''),
    ];
  };
  const text = reshapeTables(qufuText, (rows, part) =>
    tabRows(
      rows.map((row) => {
        if (row.includes(APPLICATION_ROW_LABELS.newReceived))
          return glue(row, APPLICATION_ROW_LABELS.newReceived);
        if (row.includes(PROACTIVE_ROW_LABELS.normativeDocuments))
          return glue(row, PROACTIVE_ROW_LABELS.normativeDocuments);
        if (part === 'appeals' && row.every(isNumberCell)) return [row.join('')];
        return row;
      }),
    ),
  );
  const r = importPublishedText(text);
  const digits = {
    newReceived: APPLICANT_COLUMNS.map((c) => expected.applications.newReceived[c]).join(''),
    normativeDocuments: DOCUMENT_FIELDS.map((f) => expected.proactive.normativeDocuments[f]).join(''),
    appeals: APPEAL_GROUPS.flatMap((g) => APPEAL_FIELDS.map((f) => expected.appeals[g][f])).join(''),
  };

  it('reports them with their digits', () => {
    expect(text).toContain(`${APPLICATION_ROW_LABELS.newReceived}230000023`);
    expect(r.summary.runTogether.map(({ part, row, digits }) => ({ part, row, digits }))).toEqual([
      { part: 'proactive', row: 'normativeDocuments', digits: digits.normativeDocuments },
      { part: 'applications', row: 'newReceived', digits: digits.newReceived },
      { part: 'appeals', row: 'all', digits: digits.appeals },
    ]);
    expect(r.summary.runTogether[1]?.snippet).toContain(APPLICATION_ROW_LABELS.newReceived);
  });

  it('reports them with the verdict of the solver', () => {
    expect(r.summary.runTogether.map((x) => x.status)).toEqual(['choose', 'read', 'read']);
  });

  it('reads the rows the identities fix: 「一、本年新收…」 and part 四', () => {
    const report = draftToReport(r.draft);
    expect(report.applications).toEqual(expected.applications);
    expect(report.appeals).toEqual(expected.appeals);
    expect(
      r.summary.numbers.find((n) => n.cell === cellId(cellAddress('applications', 'newReceived', 'total')))
        ?.value,
    ).toBe(expected.applications.newReceived.total);
    expect(r.summary.totalMismatches).toEqual([]);
    expect(reportDraftSchema.safeParse(r.draft).success).toBe(true);
  });

  it('does not choose among the splits of 「行政规范性文件1211」: the user is asked', () => {
    // The narrative's 「现行有效的规范性文件19件」 is the whole city's, so it cannot narrow the row.
    const unread = r.summary.unread.map((u) => u.cell);
    expect(unread).toEqual(
      DOCUMENT_FIELDS.map((f) => cellId(cellAddress('proactive', 'normativeDocuments', f))),
    );
    expect(r.draft.proactive.normativeDocuments.inForce).toBe('');
    expect(r.summary.unread[0]?.reason).toContain('1211');
    const choice = r.summary.splitChoices.find((c) => c.key === 'proactive.normativeDocuments');
    const values = choice?.candidates.map((c) =>
      DOCUMENT_FIELDS.map((f) => c.cells[cellId(cellAddress('proactive', 'normativeDocuments', f))]),
    );
    expect(values).toEqual([
      [1, 2, 11],
      [1, 21, 1],
      [12, 1, 1],
    ]);
  });

  it('takes the pick of the user into the draft and the summary', () => {
    const choice = r.summary.splitChoices[0]!;
    const truth = choice.candidates.findIndex(
      (c) => c.cells[cellId(cellAddress('proactive', 'normativeDocuments', 'inForce'))] === 11,
    );
    const picked = applySplitChoices(r, { [choice.key]: truth });
    expectFixtureNumbers(picked);
    expect(picked.summary.unread).toEqual([]);
    expect(picked.summary.splitChoices[0]?.picked).toBe(truth);
    expect(picked.summary.runTogether.map((x) => x.status)).toEqual(['read', 'read', 'read']);
    // the input result is left as it was
    expect(r.summary.unread).toHaveLength(3);
  });

  it('a stated count that leaves several cuts reads the cell they all agree on; the rest is chosen', () => {
    // 「制发…1件」 keeps 1|2|11 and 1|21|1: 本年制发件数 1 either way.
    const stated = text.replace('本年度共印发', '本年度制发行政规范性文件1件，另共印发');
    const partly = importPublishedText(stated);
    expect(partly.draft.proactive.normativeDocuments.issued).toBe('1');
    expect(partly.draft.proactive.normativeDocuments.inForce).toBe('');
    const issued = cellId(cellAddress('proactive', 'normativeDocuments', 'issued'));
    expect(partly.summary.unread.map((u) => u.cell)).not.toContain(issued);
    const choice = partly.summary.splitChoices.find((c) => c.key === 'proactive.normativeDocuments');
    expect(choice?.candidates).toHaveLength(2);
  });

  it('a statement of the own count of the organ in the narrative settles the row', () => {
    const stated = text.replace('本年度共印发', '本年度制发行政规范性文件1件、废止2件，共印发');
    const settled = importPublishedText(stated);
    expect(settled.summary.splitChoices).toEqual([]);
    expectFixtureNumbers(settled);
    expect(settled.summary.splitNotes.join()).toContain('按正文所述「本年废止件数」2件筛选');
  });

  it('a list of the organ’s counts after one naming the kind settles the row, quoted in the notes', () => {
    const sentence = '本年度制发行政规范性文件1件，废止2件，现行有效11件';
    const stated = text.replace('本年度共印发', `${sentence}。本年度共印发`);
    const settled = importPublishedText(stated);
    expect(settled.summary.splitChoices).toEqual([]);
    expectFixtureNumbers(settled);
    expect(settled.summary.splitNotes.join()).toContain(
      `按正文所述「本年废止件数」2件筛选（正文：“${sentence}”）`,
    );
  });

  it('the 「现行有效件数」 of last year settles it too (现行有效 = 上年 + 制发 − 废止)', () => {
    const last = draftToReport(importPublishedText(qufuText).draft);
    last.proactive.normativeDocuments.inForce = 12;
    const settled = importPublishedText(text, { previous: last });
    expect(settled.summary.splitChoices).toEqual([]);
    expectFixtureNumbers(settled);
  });
});
