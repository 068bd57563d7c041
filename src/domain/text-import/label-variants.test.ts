// Row labels and column headers printed in wordings the format does not use (nianbao issue 18,
// helper-69): shortened labels (「1.本机关不掌握」「2.需要另行制作」「1.信访举报投诉」), list numbering in
// brackets (「（5）要求行政机关确认…」) and other header words of part 二 (「制发件数」「现行有效」).
// Every table here is written here; the numbers differ row by row, so a label read into the wrong
// row shows as a wrong number, not as a right zero.
import { describe, expect, it } from 'vitest';
import { corpusReports } from '../corpus/corpus';
import { documentOf } from '../corpus/document';
import { renderHtml } from '../corpus/renderers/html-page';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { cellAddress, cellId } from '../report/cell-address';
import { APPLICANT_COLUMNS, type ApplicationRow } from '../report/keys';
import { MATRIX_LAYOUT } from '../tables/applications-table';
import { newFindings } from './findings';
import { importPublishedText } from './import-text';
import { readAppeals } from './read-appeals';
import { readApplications } from './read-applications';
import { tokenizeTable } from './table-tokens';
import { applicationsGrid } from './test-plain-tables';

const GRID = applicationsGrid({
  carriedOver: [3, 0, 1, 0, 0, 0],
  granted: [12, 4, 0, 1, 0, 0],
  withheldOtherLaw: [2, 0, 0, 0, 0, 0],
  withheldThirdParty: [5, 1, 0, 0, 0, 0],
  withheldInternalAffairs: [7, 0, 0, 0, 0, 0],
  withheldProcessInfo: [8, 0, 0, 0, 0, 0],
  withheldEnforcementFile: [11, 0, 0, 0, 0, 0],
  withheldQueryMatter: [13, 0, 0, 0, 0, 0],
  unavailableNotHeld: [27, 6, 2, 0, 1, 1],
  unavailableNeedsCreation: [14, 0, 0, 0, 0, 0],
  unavailableUnclear: [15, 0, 0, 0, 0, 0],
  notProcessedComplaint: [16, 0, 0, 0, 0, 0],
  notProcessedPublication: [17, 0, 0, 0, 0, 0],
  notProcessedConfirmation: [18, 0, 0, 0, 0, 0],
  otherNoCorrection: [19, 0, 0, 0, 0, 0],
  otherUnpaidFee: [21, 0, 0, 0, 0, 0],
  carriedForward: [6, 1, 0, 0, 1, 0],
});
const ROW_KEYS = MATRIX_LAYOUT.flatMap((e) => (e.kind === 'row' ? [e.key] : []));
const gridRow = (row: ApplicationRow) => GRID[ROW_KEYS.indexOf(row)]!;

/** Part 三's rows in the format's order, each label changed by `label`, its numbers after it. */
function matrixLines(label: (key: ApplicationRow | null, printed: string) => string): string[] {
  return [
    '申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他',
    ...MATRIX_LAYOUT.map((e) =>
      e.kind === 'group' ? label(null, e.label) : `${label(e.key, e.label)} ${gridRow(e.key).join(' ')}`,
    ),
  ];
}

function expectGrid(f: ReturnType<typeof newFindings>): void {
  for (const row of ROW_KEYS.filter((r) => r !== 'totalHandled'))
    APPLICANT_COLUMNS.forEach((c, k) => {
      if (c === 'total') return;
      expect([row, c, f.cells.get(cellId(cellAddress('applications', row, c)))]).toEqual([
        row,
        c,
        String(gridRow(row)[k]),
      ]);
    });
  expect(f.unread).toEqual([]);
}

const SHORT: Partial<Record<ApplicationRow, string>> = {
  carriedOver: '二、上年结转申请数量',
  withheldOtherLaw: '2.法律行政法规禁止公开',
  withheldThirdParty: '4.第三方合法权益',
  withheldInternalAffairs: '5.三类内部事务信息',
  withheldProcessInfo: '6.四类过程性信息',
  withheldEnforcementFile: '7.行政执法案卷',
  withheldQueryMatter: '8.行政查询事项',
  unavailableNotHeld: '1.本机关不掌握',
  unavailableNeedsCreation: '2.需要另行制作',
  unavailableUnclear: '3.申请内容不明确',
  notProcessedComplaint: '1.信访举报投诉',
  notProcessedPublication: '3.公开出版物',
  otherNoCorrection: '1.申请人逾期不补正',
  otherUnpaidFee: '2.逾期未缴纳费用',
};

describe('part 三 rows under shortened labels: known by the words no other row prints', () => {
  it('a page saved as one line (labels and numbers run together) reads every row into its own row', () => {
    const line = matrixLines((key, printed) => (key && SHORT[key]) || printed).join(' ');
    const f = newFindings();
    readApplications([line], 0, f, '');
    expectGrid(f);
  });

  it('the same table a line per row', () => {
    const f = newFindings();
    readApplications(
      matrixLines((key, printed) => (key && SHORT[key]) || printed),
      0,
      f,
      '',
    );
    expectGrid(f);
  });

  it('a full label wrapped over two lines, numbers on the first, keeps both lines (not only its key words)', () => {
    const lines = matrixLines((_, printed) => printed).flatMap((l) =>
      l.startsWith('1.申请人无正当理由')
        ? [
            `1.申请人无正当理由 ${gridRow('otherNoCorrection').join(' ')}`,
            '逾期不补正、行政机关不再处理其政府信息公开申请',
          ]
        : [l],
    );
    const f = newFindings();
    readApplications(lines, 0, f, '');
    expectGrid(f);
  });

  it('a label that says too little to be any row (「1.其他情形」 for 「1.本机关不掌握…」) is not taken for the next one', () => {
    const line = matrixLines((key, printed) => (key === 'unavailableNotHeld' ? '1.其他情形' : printed)).join(
      ' ',
    );
    const f = newFindings();
    readApplications([line], 0, f, '');
    const id = (row: ApplicationRow) => cellId(cellAddress('applications', row, 'natural'));
    // Read or left unread, never another row's number.
    for (const row of ['unavailableNotHeld', 'unavailableNeedsCreation', 'unavailableUnclear'] as const) {
      const got = f.cells.get(id(row));
      if (got !== undefined) expect([row, got]).toEqual([row, String(gridRow(row)[0])]);
    }
  });
});

describe('list numbering in brackets (「（1）属于国家秘密」) is the label’s, not a cell', () => {
  it('tokenizes 「（5）要求…」 as one text piece and the row’s numbers as values', () => {
    const tokens = tokenizeTable(['    （5）要求行政机关确认或重 新出具   18 0 0 0 0 0 18'], 0);
    expect(tokens.filter((t) => t.kind === 'value').map((t) => t.kind === 'value' && t.text)).toEqual([
      '18',
      '0',
      '0',
      '0',
      '0',
      '0',
      '18',
    ]);
    expect(tokens.find((t) => t.kind === 'text' && /要求/u.test(t.text))).toMatchObject({
      text: expect.stringMatching(/^（5）要求/u),
    });
  });

  it('a PDF-layout table whose sub-rows are numbered （1）…（8）, one label wrapped over two lines', () => {
    const lines = matrixLines((_key, printed) => printed.replace(/^(\d)\./u, '（$1）')).flatMap((l) =>
      /^（5）要求行政机关/u.test(l)
        ? [
            '（5）要求行政机关确认或重 新出具',
            '    已获取信息',
            `          ${gridRow('notProcessedConfirmation').join('  ')}`,
          ]
        : [l],
    );
    const f = newFindings();
    readApplications(lines, 0, f, '');
    expectGrid(f);
  });
});

describe('part 二 in an HTML table under other column headers', () => {
  const hongze = corpusReports(qufuText).find((r) => r.key === 'hongze-2021')!;
  it('「制发件数」 beside the format’s 「本年废止件数」「现行有效件数」, and 「收费金额（万元）」, head number columns', () => {
    const table =
      '<table><tr><td colspan=4>第二十条第（一）项</td></tr>' +
      '<tr><td>信息内容</td><td>制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>' +
      '<tr><td>规章</td><td>1</td><td>2</td><td>3</td></tr>' +
      '<tr><td>行政规范性文件</td><td>4</td><td>5</td><td>6</td></tr>' +
      '<tr><td colspan=4>第二十条第（五）项</td></tr>' +
      '<tr><td>信息内容</td><td colspan=3>处理决定数量</td></tr>' +
      '<tr><td>行政许可</td><td colspan=3>57</td></tr>' +
      '<tr><td colspan=4>第二十条第（六）项</td></tr>' +
      '<tr><td>信息内容</td><td colspan=3>处理决定数量</td></tr>' +
      '<tr><td>行政处罚</td><td colspan=3>38</td></tr>' +
      '<tr><td>行政强制</td><td colspan=3>9</td></tr>' +
      '<tr><td colspan=4>第二十条第（八）项</td></tr>' +
      '<tr><td>信息内容</td><td colspan=3>收费金额（万元）</td></tr>' +
      '<tr><td>行政事业性收费</td><td colspan=3>0.5</td></tr></table>';
    const html = renderHtml(documentOf(hongze), { style: 'word' }).replace(/<table[\s\S]*?<\/table>/u, table);
    const r = importPublishedText(html);
    const p = r.draft.proactive;
    expect([p.regulations.issued, p.regulations.repealed, p.regulations.inForce]).toEqual(['1', '2', '3']);
    expect([
      p.normativeDocuments.issued,
      p.normativeDocuments.repealed,
      p.normativeDocuments.inForce,
    ]).toEqual(['4', '5', '6']);
    expect([p.licensing.decisions, p.punishment.decisions, p.enforcement.decisions, p.fees.amount]).toEqual([
      '57',
      '38',
      '9',
      '0.5',
    ]);
    expect(r.summary.unread.filter((u) => u.cell.startsWith('proactive.'))).toEqual([]);
  });
});

describe('part 四 under a header in another order than the format’s', () => {
  const FIELDS = '结果维持 结果纠正 其他结果 尚未审结 总计';
  const NUMBERS = '1 2 3 4 10 5 6 7 8 26 9 10 11 12 42';
  const read = (lines: string[]) => {
    const f = newFindings();
    readAppeals(lines, 0, f, '');
    return f;
  };
  const upheld = (f: ReturnType<typeof newFindings>) =>
    f.cells.get(cellId(cellAddress('appeals', 'reconsideration', 'upheld')));

  it('in the format’s order: read by position', () => {
    const f = read([
      '行政复议 行政诉讼',
      `${FIELDS} 未经复议直接起诉 复议后起诉`,
      `${FIELDS} ${FIELDS}`,
      NUMBERS,
    ]);
    expect(upheld(f)).toBe('1');
    expect(f.cells.get(cellId(cellAddress('appeals', 'litigationAfterReconsideration', 'pending')))).toBe(
      '12',
    );
  });

  it('「结果纠正」 before 「结果维持」: read under the columns the header names, never 2 as 结果维持', () => {
    const swapped = FIELDS.replace('结果维持 结果纠正', '结果纠正 结果维持');
    const f = read([
      '行政复议 行政诉讼',
      `${swapped} 未经复议直接起诉 复议后起诉`,
      `${swapped} ${swapped}`,
      NUMBERS,
    ]);
    expect(upheld(f)).toBe('2');
    expect(f.cells.get(cellId(cellAddress('appeals', 'reconsideration', 'corrected')))).toBe('1');
    expect(f.warnings.join()).toMatch(/栏目顺序与国家格式不同（「结果纠正」在「结果维持」之前）/u);
  });

  it('「复议后起诉」 before 「未经复议直接起诉」: its numbers are the middle five', () => {
    const f = read([
      '行政复议 行政诉讼',
      `${FIELDS} 复议后起诉 未经复议直接起诉`,
      `${FIELDS} ${FIELDS}`,
      NUMBERS,
    ]);
    expect(f.cells.get(cellId(cellAddress('appeals', 'litigationDirect', 'upheld')))).toBe('9');
    expect(f.cells.get(cellId(cellAddress('appeals', 'litigationAfterReconsideration', 'upheld')))).toBe('5');
    expect(f.unread).toHaveLength(0);
  });

  it('swapped fields whose header also rewords one (「维持」 twice in a group): left unread, never 2 as 结果维持', () => {
    const swapped = FIELDS.replace('结果维持 结果纠正', '结果纠正 结果维持');
    const f = read([
      '行政复议 行政诉讼',
      `${swapped.replace('结果纠正', '维持原行政行为')} 未经复议直接起诉 复议后起诉`,
      `${swapped} ${swapped}`,
      NUMBERS,
    ]);
    expect(upheld(f)).toBeUndefined();
    expect(f.unread).toHaveLength(12);
    expect(f.unread[0]!.reason).toMatch(/栏目顺序与国家格式不同/u);
  });

  it('a field reworded in one group (「维持原行政行为」) is no other order: read by position', () => {
    const f = read([
      '行政复议 行政诉讼',
      `${FIELDS.replace('结果维持', '维持原行政行为')} 未经复议直接起诉 复议后起诉`,
      `${FIELDS} ${FIELDS}`,
      NUMBERS,
    ]);
    expect(upheld(f)).toBe('1');
  });

  it('header words split over lines (PDF text) say nothing of the order: read by position', () => {
    const f = read([
      '行政复议 行政诉讼',
      '结果 结果 其他 尚未 未经复议直接起诉 复议后起诉',
      '维持 纠正 结果 审结 总计 结果 结果 其他 尚未 总计 结果 结果 其他 尚未 总计',
      '维持 纠正 结果 审结 维持 纠正 结果 审结',
      NUMBERS,
    ]);
    expect(upheld(f)).toBe('1');
  });
});
