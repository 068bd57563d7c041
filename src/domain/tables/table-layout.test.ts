// The printed layout of the three tables against the national format (国办公开办函〔2021〕30号;
// SPEC §3–5, §9), cell by cell. The expected matrices are written out by hand from the format,
// labels included, not built from labels.ts: a label, a merge or a cell in the wrong place fails.
// In a matrix a merged cell shows its text where it starts; a position it covers further right
// shows '<', one it covers further down shows '^'. A number cell shows its row and column key,
// with '=' in front when it is derived (computed, not typed).
import { describe, expect, it } from 'vitest';
import { type Spanned, spanGrid } from './span-grid';
import {
  APPEALS_LAYOUT,
  APPLICATIONS_LAYOUT,
  type LayoutCell,
  layoutGrid,
  layoutRows,
  PROACTIVE_LAYOUT,
  type TableLayout,
} from './table-layout';

function matrix(layout: TableLayout): string[][] {
  const text = (c: LayoutCell) =>
    c.kind === 'value' ? `${c.derived ? '=' : ''}${c.address.row}.${c.address.column}` : c.text;
  return layoutGrid(layout).map((line, r) =>
    line.map((p, c) => (p.row === r && p.column === c ? text(p.cell) : p.row === r ? '<' : '^')),
  );
}

/** The head and body rows of each section, as <thead>/<tbody> would group them. */
const sectionSizes = (layout: TableLayout) => layout.sections.map((s) => `${s.head.length}+${s.body.length}`);

describe('part 二 (SPEC §3): one table, each article of 第二十条 over its rows', () => {
  it('matches the national format cell by cell', () => {
    expect(matrix(PROACTIVE_LAYOUT)).toEqual([
      ['第二十条第（一）项', '<', '<', '<'],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', 'regulations.issued', 'regulations.repealed', 'regulations.inForce'],
      [
        '行政规范性文件',
        'normativeDocuments.issued',
        'normativeDocuments.repealed',
        'normativeDocuments.inForce',
      ],
      ['第二十条第（五）项', '<', '<', '<'],
      ['信息内容', '本年处理决定数量', '<', '<'],
      ['行政许可', 'licensing.decisions', '<', '<'],
      ['第二十条第（六）项', '<', '<', '<'],
      ['信息内容', '本年处理决定数量', '<', '<'],
      ['行政处罚', 'punishment.decisions', '<', '<'],
      ['行政强制', 'enforcement.decisions', '<', '<'],
      ['第二十条第（八）项', '<', '<', '<'],
      ['信息内容', '本年收费金额（单位：万元）', '<', '<'],
      ['行政事业性收费', 'fees.amount', '<', '<'],
    ]);
    expect(sectionSizes(PROACTIVE_LAYOUT)).toEqual(['2+2', '2+1', '2+2', '2+1']);
  });
  it('marks the fee cell as decimal, the counts as integers', () => {
    const values = layoutRows(PROACTIVE_LAYOUT)
      .flat()
      .filter((c) => c.kind === 'value');
    expect(values.filter((c) => c.decimal).map((c) => c.address.column)).toEqual(['amount']);
  });
});

describe('part 三 (SPEC §4): the matrix with its merged headers and row groups', () => {
  const seven = (row: string) => [
    `${row}.natural`,
    `${row}.business`,
    `${row}.research`,
    `${row}.publicInterest`,
    `${row}.legal`,
    `${row}.otherOrg`,
    `=${row}.total`,
  ];
  const totals = [
    '=totalHandled.natural',
    '=totalHandled.business',
    '=totalHandled.research',
    '=totalHandled.publicInterest',
    '=totalHandled.legal',
    '=totalHandled.otherOrg',
    '=totalHandled.total',
  ];
  it('matches the national format cell by cell', () => {
    expect(matrix(APPLICATIONS_LAYOUT)).toEqual([
      ['', '<', '<', '申请人情况', '<', '<', '<', '<', '<', '<'],
      ['^', '^', '^', '自然人', '法人或其他组织', '<', '<', '<', '<', '总计'],
      ['^', '^', '^', '^', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '^'],
      ['一、本年新收政府信息公开申请数量', '<', '<', ...seven('newReceived')],
      ['二、上年结转政府信息公开申请数量', '<', '<', ...seven('carriedOver')],
      ['三、本年度办理结果', '（一）予以公开', '<', ...seven('granted')],
      ['^', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '<', ...seven('partiallyGranted')],
      ['^', '（三）不予公开', '1.属于国家秘密', ...seven('withheldStateSecret')],
      ['^', '^', '2.其他法律行政法规禁止公开', ...seven('withheldOtherLaw')],
      ['^', '^', '3.危及“三安全一稳定”', ...seven('withheldSafetyStability')],
      ['^', '^', '4.保护第三方合法权益', ...seven('withheldThirdParty')],
      ['^', '^', '5.属于三类内部事务信息', ...seven('withheldInternalAffairs')],
      ['^', '^', '6.属于四类过程性信息', ...seven('withheldProcessInfo')],
      ['^', '^', '7.属于行政执法案卷', ...seven('withheldEnforcementFile')],
      ['^', '^', '8.属于行政查询事项', ...seven('withheldQueryMatter')],
      ['^', '（四）无法提供', '1.本机关不掌握相关政府信息', ...seven('unavailableNotHeld')],
      ['^', '^', '2.没有现成信息需要另行制作', ...seven('unavailableNeedsCreation')],
      ['^', '^', '3.补正后申请内容仍不明确', ...seven('unavailableUnclear')],
      ['^', '（五）不予处理', '1.信访举报投诉类申请', ...seven('notProcessedComplaint')],
      ['^', '^', '2.重复申请', ...seven('notProcessedDuplicate')],
      ['^', '^', '3.要求提供公开出版物', ...seven('notProcessedPublication')],
      ['^', '^', '4.无正当理由大量反复申请', ...seven('notProcessedMassRepeated')],
      ['^', '^', '5.要求行政机关确认或重新出具已获取信息', ...seven('notProcessedConfirmation')],
      [
        '^',
        '（六）其他处理',
        '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        ...seven('otherNoCorrection'),
      ],
      [
        '^',
        '^',
        '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        ...seven('otherUnpaidFee'),
      ],
      ['^', '^', '3.其他', ...seven('otherOther')],
      ['^', '（七）总计', '<', ...totals],
      ['四、结转下年度继续办理', '<', '<', ...seven('carriedForward')],
    ]);
    expect(sectionSizes(APPLICATIONS_LAYOUT)).toEqual(['3+25']);
    expect(APPLICATIONS_LAYOUT.note).toBe(
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    );
  });
  it('gives the header cells and row labels the scopes an HTML table needs', () => {
    const { head, body } = APPLICATIONS_LAYOUT.sections[0]!;
    const scopes = (rows: readonly (readonly LayoutCell[])[]) =>
      rows.map((r) => r.flatMap((c) => (c.kind === 'value' ? [] : [`${c.text || '∅'}:${c.scope}`])));
    expect(scopes(head)).toEqual([
      ['∅:col', '申请人情况:colgroup'],
      ['自然人:col', '法人或其他组织:colgroup', '总计:col'],
      ['商业企业:col', '科研机构:col', '社会公益组织:col', '法律服务机构:col', '其他:col'],
    ]);
    expect(scopes(body.slice(2, 4))).toEqual([
      ['三、本年度办理结果:rowgroup', '（一）予以公开:row'],
      ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）:row'],
    ]);
  });
});

describe('part 四 (SPEC §5): 行政复议 and 行政诉讼, one row of numbers', () => {
  const five = (group: string) => [
    `${group}.upheld`,
    `${group}.corrected`,
    `${group}.other`,
    `${group}.pending`,
    `=${group}.total`,
  ];
  it('matches the national format cell by cell', () => {
    const fields = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    expect(matrix(APPEALS_LAYOUT)).toEqual([
      ['行政复议', '<', '<', '<', '<', '行政诉讼', '<', '<', '<', '<', '<', '<', '<', '<', '<'],
      [...fields, '未经复议直接起诉', '<', '<', '<', '<', '复议后起诉', '<', '<', '<', '<'],
      ['^', '^', '^', '^', '^', ...fields, ...fields],
      [...five('reconsideration'), ...five('litigationDirect'), ...five('litigationAfterReconsideration')],
    ]);
    expect(sectionSizes(APPEALS_LAYOUT)).toEqual(['3+1']);
  });
});

describe('spanGrid', () => {
  it.each([
    ['a hole', [[{}], [{}, {}]], /第1行第2列是空洞/],
    ['an overlap', [[{ rowSpan: 2 }, {}], [{ colSpan: 2 }]], /超出第2列/],
    ['a cell past the last row', [[{ rowSpan: 2 }, {}]], /纵向合并超出表格/],
  ])('rejects %s', (_name, rows, error) => {
    expect(() => spanGrid(rows as Spanned[][], 2)).toThrow(error);
  });
});
