// Part 三 of PDF text laid out by spaces (pdftotext -layout) with its zeros printed blank, as a real
// 2019 report of a provincial government office printed it (its shape; these numbers are made up):
// a row shows only its non-zero numbers, some 总计 blank, the 2019 single 「（六）其他处理」 row blank.
import { describe, expect, it } from 'vitest';
import { cellAddress, cellId } from '../report/cell-address';
import { APPLICANT_INPUT_COLUMNS, APPLICATION_ROWS, type ApplicationRow } from '../report/keys';
import { APPLICANT_LABELS, APPLICATION_ROW_LABELS } from '../report/labels';
import { MATRIX_LAYOUT } from '../tables/applications-table';
import { importPublishedText } from './import-text';
import { LINED_PART3_HEADER, PIPED_PART3_HEAD } from './test-crawled-page';

const LAYOUT = `三、收到和处理政府信息公开申请情况
                                                     申请人情况
（本列数据的勾稽关系为：第一项加第二项之和，       法人或其他组织
       等于第三项加第四项之和）           自然                      总
                                 人 商业 科研 社会公 法律服 其 计
                                   企业 机构 益组织 务机构 他
一、本年新收政府信息公开申请数量             50 6 1 2 3 1 63
二、上年结转政府信息公开申请数量             4                           4
三、本年度 （一）予以公开           20 3                    1         24
 办理结果
      （二）部分公开（区分处理的，只计这 5           2
      一情形，不计其他情形）
      （三）不予 1.属于国家秘密               1
      公开
            2.其他法律行政法规禁止公
            开
            3.危及“三安全一稳定”
            4.保护第三方合法权益
            5.属于三类内部事务信息
            6.属于四类过程性信息
            7.属于行政执法案卷
               8.属于行政查询事项
               1.本机关不掌握相关政府信 25 3             2 1 31
               息
       （四）无法 2.没有现成信息需要另行制
       提供    作
               3.补正后申请内容仍不明确
               1.信访举报投诉类申请     4                      4
               2.重复申请
       （五）不予 3.要求提供公开出版物
       处理
             4.无正当理由大量反复申请
               5.要求行政机关确认或重新
               出具已获取信息
       （六）其他处理
       （七）总计                   54 6 1 2 3 1 67
四、结转下年度继续办理

四、政府信息公开行政复议、行政诉讼情况
`;

const unreadReason = (r: ReturnType<typeof importPublishedText>, row: string, column: string) =>
  r.summary.unread.find(
    (u) => u.cell === cellId(cellAddress('applications', row as 'granted', column as 'natural')),
  )?.reason;

describe('part 三 with its zeros printed blank, laid out by spaces', () => {
  const r = importPublishedText(LAYOUT);
  const a = r.draft.applications;

  it('reads each number in the one column the sums and identities allow, each blank as 0', () => {
    expect(a.newReceived).toEqual({
      natural: '50',
      business: '6',
      research: '1',
      publicInterest: '2',
      legal: '3',
      otherOrg: '1',
    });
    expect(a.carriedOver).toEqual({
      natural: '4',
      business: '0',
      research: '0',
      publicInterest: '0',
      legal: '0',
      otherOrg: '0',
    });
    expect(a.partiallyGranted).toEqual({
      natural: '5',
      business: '0',
      research: '0',
      publicInterest: '2',
      legal: '0',
      otherOrg: '0',
    });
    expect(a.unavailableNotHeld).toEqual({
      natural: '25',
      business: '3',
      research: '0',
      publicInterest: '0',
      legal: '2',
      otherOrg: '1',
    });
    expect(a.carriedForward).toEqual({
      natural: '0',
      business: '0',
      research: '0',
      publicInterest: '0',
      legal: '0',
      otherOrg: '0',
    });
    expect(r.summary.warnings).toContain('原文中有112个单元格为空白，已按0导入。');
  });

  it('leaves unread, saying so, the cells two readings disagree on: two rows’ 1s could swap columns', () => {
    // 「（一）予以公开」 20 3 … 1 and 「1.属于国家秘密」 1: 科研机构 or 法律服务机构, either way every sum holds.
    expect(a.granted).toMatchObject({ natural: '20', business: '3', research: '', legal: '' });
    expect(unreadReason(r, 'granted', 'legal')).toMatch(/读法有2种，本格在各读法中不同/u);
    expect(unreadReason(r, 'withheldStateSecret', 'research')).toMatch(/读法有2种/u);
    expect(r.summary.warnings.join('\n')).toMatch(/第三部分把0印成空白.*读法有2种，各读法相同的格已读取/u);
  });

  it('reports a blank 总计 under non-zero parts as 「原文为空白」', () => {
    const total = r.summary.totalMismatches.find(
      (m) => m.cell === cellId(cellAddress('applications', 'partiallyGranted', 'total')),
    );
    expect(total?.message).toMatch(/原文为空白/u);
  });

  it('a blank 2019 「（六）其他处理」 row: its three rows 0, with the old-format note', () => {
    expect(a.otherOther.natural).toBe('0');
    expect(a.otherNoCorrection.natural).toBe('0');
    expect(r.summary.warnings.join('\n')).toMatch(/原文「（六）其他处理」只有一行（2019年试行格式）/u);
  });

  it('one space between everything (pdfplumber): the identities alone place what they prove, the rest stays unread', () => {
    const flat = importPublishedText(LAYOUT.replace(/ {2,}/gu, ' '));
    const b = flat.draft.applications;
    // 一 and （七） are printed in full: 二 = （七） + 四 − 一 column by column, its 4 is 自然人's.
    expect(b.carriedOver).toEqual(a.carriedOver);
    expect(b.carriedOver.natural).toBe('4');
    // 「5 2」 of （二） could be any two columns in order once spaces say nothing: unread, saying why.
    expect(b.partiallyGranted.publicInterest).toBe('');
    expect(unreadReason(flat, 'partiallyGranted', 'publicInterest')).toMatch(/读法有\d+种/u);
    expect(flat.summary.warnings.join('\n')).toMatch(/按各行合计和各栏勾稽关系确定各数所在的栏/u);
    // Never a number the spaced text reads otherwise.
    for (const [row, cells] of Object.entries(b))
      for (const [column, value] of Object.entries(cells))
        if (value !== '') expect(value).toBe(a[row as 'granted'][column as 'natural']);
  });

  it('one space between everything and one row’s numbers over two lines: unread, saying why', () => {
    const flat = importPublishedText(
      LAYOUT.replace(/ {2,}/gu, ' ').replace(
        '二、上年结转政府信息公开申请数量 4 4',
        '二、上年结转政府信息公开申请数量 4\n4',
      ),
    );
    expect(flat.draft.applications.carriedOver.natural).toBe('');
    expect(unreadReason(flat, 'carriedOver', 'natural')).toMatch(/原文可能把0印成空白而未留位置/u);
  });
});

// Part 三 of a page copied a cell per line whose blank (zero) cells left no line at all, as a real
// 2024 report of a county health bureau came out of a crawl (its shape; these numbers are made up):
// each row's numbers follow its label in order, nothing marks which columns are blank.
const ROWS: readonly [string, readonly number[]][] = [
  ['一、本年新收政府信息公开申请数量', [9, 2, 1, 1, 1, 1, 15]],
  ['二、上年结转政府信息公开申请数量', [1, 1]],
  ['三、本年度办理结果', []],
  ['（一）予以公开', [4, 2, 6]],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [1, 1]],
  ['（三）不予公开', []],
  ['1.属于国家秘密', []],
  ['2.其他法律行政法规禁止公开', []],
  ['3.危及“三安全一稳定”', []],
  ['4.保护第三方合法权益', []],
  ['5.属于三类内部事务信息', []],
  ['6.属于四类过程性信息', []],
  ['7.属于行政执法案卷', []],
  ['8.属于行政查询事项', []],
  ['（四）无法提供', []],
  ['1.本机关不掌握相关政府信息', [4, 1, 5]],
  ['2.没有现成信息需要另行制作', []],
  ['3.补正后申请内容仍不明确', []],
  ['（五）不予处理', []],
  ['1.信访举报投诉类申请', [1, 1]],
  ['2.重复申请', [1, 1]],
  ['3.要求提供公开出版物', [1, 1]],
  ['4.无正当理由大量反复申请', []],
  ['5.要求行政机关确认或重新出具已获取信息', []],
  ['（六）其他处理', []],
  ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', []],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', []],
  ['3.其他', [1, 1]],
  ['（七）总计', [10, 2, 1, 1, 1, 1, 16]],
  ['四、结转下年度继续办理', []],
];
const CELL_PER_LINE = [
  '三、收到和处理政府信息公开申请情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  ...LINED_PART3_HEADER,
  ...ROWS.flatMap(([label, values]) => [label, ...values.map(String)]),
  '四、政府信息公开行政复议、行政诉讼情况',
].join('\n');

describe('part 三 copied a cell per line, its blank cells dropped (fails without the placement)', () => {
  const r = importPublishedText(CELL_PER_LINE);
  const a = r.draft.applications;

  it('reads each number in the one column the sums and identities allow, each blank as 0', () => {
    expect(a.newReceived).toEqual({
      natural: '9',
      business: '2',
      research: '1',
      publicInterest: '1',
      legal: '1',
      otherOrg: '1',
    });
    expect(a.carriedOver).toEqual({
      natural: '1',
      business: '0',
      research: '0',
      publicInterest: '0',
      legal: '0',
      otherOrg: '0',
    });
    expect([a.granted.natural, a.granted.business, a.granted.research]).toEqual(['4', '2', '0']);
    expect(a.unavailableNotHeld.natural).toBe('4');
    expect(Object.values(a.carriedForward)).toEqual(['0', '0', '0', '0', '0', '0']);
    expect(r.summary.warnings.join('\n')).toMatch(/第三部分把0印成空白（空白的栏未留位置）/u);
  });

  it('five rows’ single 1s fit five places (自然人 twice, four columns once): unread, saying why', () => {
    for (const row of ['partiallyGranted', 'notProcessedComplaint', 'notProcessedDuplicate', 'otherOther'])
      for (const column of ['natural', 'research', 'publicInterest', 'legal', 'otherOrg']) {
        expect(a[row as 'granted'][column as 'natural']).toBe('');
        expect(unreadReason(r, row, column)).toMatch(/读法有\d+种/u);
      }
  });
});

describe('part 三 with blank zeros: a row label wrapped in a narrow cell, its number printed apart (a Chromium print of a real page)', () => {
  // 「1.本机关不掌握相关政府信息」 as 「本机关不掌握相关政府信」 (with the first numbers), 「1.」 (with the
  // last), 「息」; 「1.信访举报投诉类申请」 as its words, then 「1.」 with the numbers on the next line.
  const wrapped = LAYOUT.replace(
    '               1.本机关不掌握相关政府信 25 3             2 1 31\n               息\n',
    '               本机关不掌握相关政府信 25 3             2 1\n               1.                               31\n               息\n',
  ).replace(
    '               1.信访举报投诉类申请     4                      4\n',
    '               信访举报投诉类申请\n               1.               4                      4\n',
  );
  it('reads those rows as when the number stands with the words', () => {
    expect(wrapped).not.toBe(LAYOUT);
    const plain = importPublishedText(LAYOUT).draft.applications;
    const a = importPublishedText(wrapped).draft.applications;
    // its 「2 1」 stand apart from its 「31」 now (two lines): the neighbours' spacing decides less
    expect(a.unavailableNotHeld).toMatchObject({ natural: '25', business: '3', research: '0' });
    expect(a.notProcessedComplaint).toEqual(plain.notProcessedComplaint);
    expect(a.notProcessedComplaint.natural).toBe('4');
  });
});

// pdfplumber's text of a Chromium print whose part 三 fills only 自然人 and 总计 (the other cells blank,
// as a real county bureau's 2023 page printed it; numbers made up): every row on its label's line, its
// two numbers one space apart — which says nothing of the columns in this text.
describe('part 三 a row per line, one space apart, two numbers a row (pdfplumber)', () => {
  const printed: Partial<Record<ApplicationRow, string>> = {
    newReceived: '3 3',
    granted: '3 3',
    totalHandled: '3 3',
  };
  const text = [
    '三、收到和处理政府信息公开申请情况',
    `${APPLICANT_LABELS.natural} ${APPLICANT_LABELS.business} ${APPLICANT_LABELS.research} ${APPLICANT_LABELS.total}`,
    ...APPLICATION_ROWS.map((row) => `${APPLICATION_ROW_LABELS[row]} ${printed[row] ?? '0 0'}`),
    '四、政府信息公开行政复议、行政诉讼情况',
  ].join('\n');
  const r = importPublishedText(text);
  const a = r.draft.applications;

  it('reads the rows whose total is 0 as 0 in every column', () => {
    expect(Object.values(a.carriedOver)).toEqual(['0', '0', '0', '0', '0', '0']);
    expect(Object.values(a.withheldStateSecret)).toEqual(['0', '0', '0', '0', '0', '0']);
    expect(Object.values(a.carriedForward)).toEqual(['0', '0', '0', '0', '0', '0']);
  });

  it('leaves the 3s unread: any of six columns fits them', () => {
    for (const row of ['newReceived', 'granted'] as const)
      for (const column of APPLICANT_INPUT_COLUMNS) {
        expect(a[row][column]).toBe('');
        expect(unreadReason(r, row, column)).toMatch(/读法有\d+种/u);
      }
  });
});

// A 2019 trial-layout page saved by a crawler a cell per line, each cell closed by 「|」, its blank
// cells dropped (a 2019 report of a district bureau came out so; these numbers are made up): each
// row's printed numbers follow its label; the single 「（六）其他处理」 row stands for 「3.其他」.
describe('part 三 of the 2019 trial layout copied a cell per line with 「|」, blank cells dropped', () => {
  // The format's rows (the table definition), 「（六）其他处理」 and its three rows printed as one row; the
  // rows not named here print a single 0, the group labels nothing.
  const printed: Partial<Record<string, readonly string[]>> = {
    newReceived: ['2', '2'],
    carriedOver: ['0', '0'],
    granted: ['2', '2'],
    totalHandled: ['2', '2'],
    carriedForward: ['0', '0'],
  };
  const rows: readonly [string, readonly string[]][] = MATRIX_LAYOUT.flatMap(
    (e): [string, readonly string[]][] => {
      if (e.kind === 'group') return [[e.label, e.group === 'otherHandling' ? ['0'] : []]];
      if (e.group === 'otherHandling') return [];
      return [[e.label, printed[e.key] ?? ['0']]];
    },
  );
  const text = [
    ...PIPED_PART3_HEAD,
    ...rows.flatMap(([label, values]) => [`${label} |`, ...values.map((v) => `${v} |`), '|||||||']),
    '四、政府信息公开行政复议、行政诉讼情况',
  ].join('\n');
  const r = importPublishedText(text);
  const a = r.draft.applications;

  it('reads the rows printing only 0 as 0 in every column, the single （六） row as 「3.其他」 (none read before)', () => {
    for (const row of [
      'carriedOver',
      'partiallyGranted',
      'withheldStateSecret',
      'notProcessedConfirmation',
    ] as const)
      expect(Object.values(a[row]), row).toEqual(['0', '0', '0', '0', '0', '0']);
    expect(Object.values(a.otherOther)).toEqual(['0', '0', '0', '0', '0', '0']);
    expect(Object.values(a.carriedForward)).toEqual(['0', '0', '0', '0', '0', '0']);
  });

  it('leaves the rows printing 2 | 2 unread: which column holds the 2 is not in the text', () => {
    for (const row of ['newReceived', 'granted'] as const)
      for (const column of APPLICANT_INPUT_COLUMNS) expect(a[row][column], `${row}.${column}`).toBe('');
  });
});
