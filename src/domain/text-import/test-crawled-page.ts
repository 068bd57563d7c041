// Test inputs: part 三 headers as pipes or one cell per line (shared by the part 三 tests), and a
// short report as a crawler saves a portal page (nianbao issue 18) — metadata
// lines, then the whole report on one line, table cells glued (「1000001」) or half spaced. The
// parts are given as text so a test can print a part the way a real page did (a fee table for
// part 五, headings in the author's words) and keep the rest ordinary.
import { APPLICATION_ROW_LABELS as R } from '../report/labels';
import { MATRIX_LAYOUT } from '../tables/applications-table';

const HEADER = '申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他';
const APPEALS_HEADER =
  '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计';

/**
 * Part 三's heading, note and header as a crawler saves a table with 「|」 after each cell's text and
 * empty or spanned cells as runs of 「|」 (half-width punctuation, as such pages print the note).
 */
export const PIPED_PART3_HEAD: readonly string[] = [
  '三、收到和处理政府信息公开申请情况',
  '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |',
  '申请人情况 |',
  '||||||||',
  '自然人 |',
  '法人或其他组织 |',
  '总计 |',
  '|||||||',
  '商业企业 |',
  '科研机构 |',
  '社会公益组织 |',
  '法律服务机构 |',
  '其他 |',
  '|||||',
];

/** Part 三's header cells one per line, in the order a PDF's text layer or a copied table gives them. */
export const LINED_PART3_HEADER: readonly string[] = [
  '申请人情况',
  '自然人',
  '法人或其他组织',
  '总计',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
];

export type PageParts = {
  /** part 一 heading and text */
  overview?: string;
  /** part 二's 第二十条第（一）项 rows, e.g. 「规章000行政规范性文件000」 */
  documents?: string;
  /** cells of part 三's rows by label (a row not given prints 「0000000」) */
  rows?: Partial<Record<keyof typeof R, string>>;
  /** part 四's digits */
  appeals?: string;
  /** everything after part 四's digits: parts 五, 六 (and more), the 落款 */
  tail?: string;
};

export const ORDINARY_TAIL =
  '五、存在的主要问题及改进情况（一）存在的主要问题公开的深度还不够。（二）改进措施下一步，我局将加强培训。六、其他需要报告的事项本年度未收取信息处理费。 平潭综合实验区某某局 2026年1月20日';

export function crawledPage(p: PageParts = {}): string {
  const row = (k: keyof typeof R) => `${R[k]}${p.rows?.[k] ?? '0000000'}`;
  const body = [
    '根据《中华人民共和国政府信息公开条例》要求，编制本报告。本报告中所列数据的统计期限为2025年1月1日至2025年12月31日。如对本报告有任何疑问，请与平潭综合实验区某某局办公室联系（地址：平潭综合实验区金井湾商务营运中心1号楼；电话：0591-23100000）。',
    p.overview ??
      '一、总体情况（一）主动公开情况全年主动公开政府信息20条。（二）依申请公开情况全年收到申请1件。（三）政府信息管理情况严格审核。（四）政府信息公开平台建设情况用好门户网站。（五）监督保障情况加强考核。',
    `二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数${p.documents ?? '规章000行政规范性文件000'}第二十条第（五）项信息内容本年处理决定数量行政许可0第二十条第（六）项信息内容本年处理决定数量行政处罚0行政强制0第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0`,
    `三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）${HEADER}`,
    ...MATRIX_LAYOUT.map((r) => (r.kind === 'group' ? r.label : row(r.key))),
    `四、政府信息公开行政复议、行政诉讼情况${APPEALS_HEADER}${p.appeals ?? '000000000000000'}`,
    p.tail ?? ORDINARY_TAIL,
  ].join('');
  return [
    '标题: 平潭综合实验区某某局2025年政府信息公开工作年度报告',
    '发布时间: 2026-01-21 10:00',
    '文号: ',
    '发布机构: 平潭综合实验区某某局',
    '栏目: 政府信息公开年报',
    '==================== 正文 ====================',
    body,
  ].join('\n');
}
