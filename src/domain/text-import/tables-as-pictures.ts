// Tables published as pictures (nianbao issue 18): many portals put parts 二–四's tables on the page
// as images (a scan, a screenshot of the Word table). The page's text then holds the parts'
// headings with nothing under them, or not even the headings, while parts 一, 五 and 六 are text.
// 「未找到第二部分」 told the clerk the wrong thing: the part is there, its numbers are in a picture
// and must be typed from it. The narrative parts are imported as usual.
import { PART_KEYS, PART_TITLES, type PartKey } from '../report/labels';

export const TABLE_PARTS = ['proactive', 'applications', 'appeals'] as const satisfies readonly PartKey[];
export type TablePart = (typeof TABLE_PARTS)[number];

const NUMERAL: Record<TablePart, string> = { proactive: '二', applications: '三', appeals: '四' };
/**
 * What any text of a part's table holds: a digit, or one of its header and row words. A table whose
 * zeros are printed blank (&nbsp;) still has its words; a picture leaves none of them.
 */
const TABLE_TEXT: Record<TablePart, RegExp> = {
  proactive: /[0-9０-９]|第二十条|信息内容|规章|规范性文件|行政许可|行政处罚|行政强制|收费/u,
  applications: /[0-9０-９]|申请人|自然人|法人|本年新收|予以公开|总计/u,
  appeals: /[0-9０-９]|复议|诉讼|维持|纠正|审结|总计/u,
};

/**
 * The table parts whose tables the text seems to hold as pictures: a part found with nothing of its
 * table under its heading, the text going on to a later part after it; every table part, when none is found
 * or holds anything of its table and the text goes on to part 五 or 六. A text that ends in a table part's
 * heading (an excerpt, a paste cut short) says nothing of pictures: that part was not copied.
 * `of(part)`: the part's lines without its heading, or null when not found.
 */
export function picturedTables(of: (part: PartKey) => readonly string[] | null): TablePart[] {
  const after = (part: PartKey) => PART_KEYS.slice(PART_KEYS.indexOf(part) + 1).some((p) => of(p) !== null);
  const empty = (part: TablePart) => {
    const lines = of(part);
    return lines !== null && !lines.some((l) => TABLE_TEXT[part].test(l));
  };
  const goesOn = of('problems') !== null || of('otherMatters') !== null;
  const noTable = goesOn && TABLE_PARTS.every((p) => of(p) === null || empty(p));
  return TABLE_PARTS.filter((p) => (empty(p) && after(p)) || (noTable && of(p) === null));
}

const named = (part: TablePart) => `第${NUMERAL[part]}部分「${PART_TITLES[part]}」`;

/** Why a pictured table's cells were not read (the import summary's reason, one per part). */
export function picturedReason(part: TablePart, found: boolean): string {
  return found
    ? `${named(part)}在原文中只有标题，没有表格文字（表格可能是以图片发布的），请对照原文录入`
    : `原文中没有${named(part)}的文字（表格可能是以图片发布的，或未一并复制），请对照原文录入`;
}

/** The summary's one warning for them, in place of 「未找到第N部分」. */
export function picturedWarning(parts: readonly TablePart[]): string {
  const which = parts.map((p) => NUMERAL[p]).join('、');
  return `第${which}部分的表格在原文中没有文字，可能是以图片发布的：表中数字未导入，请对照原文逐项录入。其余部分的文字已照常导入。`;
}
