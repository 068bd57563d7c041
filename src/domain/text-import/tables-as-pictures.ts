// Tables published as pictures (nianbao issue 18): many portals put parts 二–四's tables on the page
// as images (a scan, a screenshot of the Word table). The page's text then holds the parts'
// headings with nothing under them, or not even the headings, while parts 一, 五 and 六 are text.
// 「未找到第二部分」 told the clerk the wrong thing: the part is there, its numbers are in a picture
// and must be typed from it. The narrative parts are imported as usual.
import { PART_TITLES, type PartKey } from '../report/labels';

export const TABLE_PARTS = ['proactive', 'applications', 'appeals'] as const satisfies readonly PartKey[];
export type TablePart = (typeof TABLE_PARTS)[number];

const NUMERAL: Record<TablePart, string> = { proactive: '二', applications: '三', appeals: '四' };
const DIGIT = /[0-9０-９]/u;

/**
 * The table parts whose tables the text seems to hold as pictures: a part found with no digit under
 * its heading; a part not found, when no table part holds a digit at all. Only in a text whose
 * narrative parts are there (a text of headings only is no report read).
 * `of(part)`: the part's lines without its heading, or null when not found.
 */
export function picturedTables(
  of: (part: PartKey) => readonly string[] | null,
  narrativeText: boolean,
): TablePart[] {
  if (!narrativeText) return [];
  const empty = (part: TablePart) => {
    const lines = of(part);
    return lines !== null && !lines.some((l) => DIGIT.test(l));
  };
  const noTable = TABLE_PARTS.every((p) => of(p) === null || empty(p));
  return TABLE_PARTS.filter((p) => empty(p) || (noTable && of(p) === null));
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
