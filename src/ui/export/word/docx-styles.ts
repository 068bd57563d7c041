// Word styles of the report (GB/T 9704 typography, see docx-typography.ts). Headings use Word's
// own Title / Heading 1 / Heading 2 styles so the navigation pane and outline work; their colours
// are set to black because docx's defaults are blue.
import { AlignmentType, type IStylesOptions, LineRuleType } from 'docx';
import { BODY_LINE, FONT, SIZE, TITLE_LINE } from './docx-typography';

const exact = (line: number) => ({ line, lineRule: LineRuleType.EXACT });
/** First-line indent of two characters (firstLineChars), with the twips for readers that ignore it. */
const INDENT_2 = { firstLineChars: 200, firstLine: 2 * SIZE.sanhao * 10 };

export const REPORT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT.body, size: SIZE.sanhao, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
      paragraph: { spacing: exact(BODY_LINE) },
    },
    title: {
      run: { font: FONT.title, size: SIZE.erhao, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { ...exact(TITLE_LINE), after: BODY_LINE } },
    },
    heading1: {
      run: { font: FONT.heiti, size: SIZE.sanhao, color: '000000', bold: false },
      paragraph: { indent: INDENT_2, spacing: exact(BODY_LINE), keepNext: true, outlineLevel: 0 },
    },
    heading2: {
      run: { font: FONT.kaiti, size: SIZE.sanhao, color: '000000', bold: false },
      paragraph: { indent: INDENT_2, spacing: exact(BODY_LINE), keepNext: true, outlineLevel: 1 },
    },
  },
  paragraphStyles: [
    {
      id: 'ReportBody',
      name: 'Report Body',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { indent: INDENT_2, alignment: AlignmentType.BOTH, spacing: exact(BODY_LINE) },
    },
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: SIZE.wuhao },
      // Tables are set solid (single spacing), not on the 28 pt body pitch.
      paragraph: {
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        indent: { firstLine: 0, firstLineChars: 0 },
      },
    },
    {
      id: 'TableNote',
      name: 'Table Note',
      basedOn: 'Normal',
      run: { size: SIZE.wuhao },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { line: 240, lineRule: LineRuleType.AUTO, after: 60 },
        keepNext: true,
      },
    },
  ],
};
