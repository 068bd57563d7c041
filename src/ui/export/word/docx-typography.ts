// Page and type of an official document after GB/T 9704-2012《党政机关公文格式》, in Word's units:
// A4 portrait; 天头 37 mm, 订口 28 mm, 切口 26 mm, bottom 35 mm; title 二号 小标宋; body 三号 仿宋,
// 22 lines a page (fixed line pitch); first-level headings 黑体, second-level 楷体; page number
// 四号 宋体 between 一字线, 7 mm below the type area. This file imports nothing from docx so the
// numbers can be read (and tested) without loading the library.

/** Twips (1/20 pt) per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (millimetres: number): number => Math.round(millimetres * TWIPS_PER_MM);

export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
  /** distance of the draft mark from the top edge */
  header: mm(15),
  /** bottom of the page number ~ 7 mm below the type area, minus the height of a 四号 line */
  footer: mm(23),
} as const;
/** Width of the type area: every table spans it. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Font sizes in half-points, by their Chinese 字号 names. */
export const SIZE = {
  erhao: 44, // 二号 22 pt: title
  sanhao: 32, // 三号 16 pt: body and headings
  sihao: 28, // 四号 14 pt: page number, draft mark
  wuhao: 21, // 五号 10.5 pt: tables and the note above the matrix
  xiaowu: 18, // 小五 9 pt: the 15-column appeals table
} as const;

/** Fixed line pitch of the body: 28 pt (22 lines on the 225 mm type area). */
export const BODY_LINE = 560;
/** Fixed line pitch of the title: 二号 needs more room. */
export const TITLE_LINE = 700;

/**
 * Font names. Word substitutes a font that is not installed, so the GB/T names are set for East Asian
 * text (仿宋, 黑体 and 楷体 ship with Windows; 方正小标宋简体 is on most government PCs), and
 * Times New Roman for digits and Latin text, as official templates do.
 */
const LATIN = 'Times New Roman';
export const FONT = {
  title: { ascii: LATIN, hAnsi: LATIN, eastAsia: '方正小标宋简体', cs: LATIN },
  body: { ascii: LATIN, hAnsi: LATIN, eastAsia: '仿宋', cs: LATIN },
  heiti: { ascii: LATIN, hAnsi: LATIN, eastAsia: '黑体', cs: LATIN },
  kaiti: { ascii: LATIN, hAnsi: LATIN, eastAsia: '楷体', cs: LATIN },
  pageNumber: { ascii: '宋体', hAnsi: '宋体', eastAsia: '宋体', cs: '宋体' },
} as const;

/** Dark red of the draft mark (red on screen, still dark when printed in greyscale). */
export const DRAFT_COLOR = 'C00000';
