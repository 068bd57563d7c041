// Real PDF text of corpus reports whose table labels wrap (nianbao issue 18, item 2): each report is
// laid out as a page with NARROW label columns (so 「（二）部分公开（区分处理的，只计这一情形，不计
// 其他情形）」 and 「1.申请人无正当理由逾期不补正、…」 wrap over 2–4 lines, 「未经复议直接起诉」 over
// two), printed to PDF by Chromium or LibreOffice, and read back with pdftotext with and without
// -layout. The paragraph width of each fixture is chosen so that the preamble's address breaks
// before its last character 「号」 or the phone breaks after 「电话/传真：」, as real reports do.
// The outputs are kept in src/domain/corpus/pdftotext/ (the tests read those files, never this
// script); run it again after a change to the corpus reports or the layouts here:
//   npx tsx scripts/corpus-pdf/make-pdf-fixtures.ts
// PDF_OUT=<dir> also keeps the PDFs there (to check our own PDF reader against pdftotext,
// scripts/corpus-pdf/own-reader-check.ts); OUT=<dir> writes the texts elsewhere.
// Deterministic on one machine (same fonts, same Chromium, LibreOffice and poppler).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusReports } from '../../src/domain/corpus/corpus';
import type { CorpusReport } from '../../src/domain/corpus/corpus-types';
import { type Block, documentOf, type TablePart } from '../../src/domain/corpus/document';
import type { GridCell, GridRow } from '../../src/domain/corpus/national-grid';

type Engine = 'chromium' | 'libreoffice';
type Fixture = {
  key: string;
  engine: Engine;
  /** the text column's width: em (Chromium) or the paragraphs' right margin in cm (LibreOffice) */
  paragraph: number;
  /** the file name after key and engine: 「narrow」, 「blank-narrow」, 「blank-normal」 */
  kind: string;
  /** column widths in em per table (grid columns); null: the browser's own (auto) layout at full width */
  widths: Record<TablePart, readonly number[]> | null;
  /** vertical alignment of label cells and of number cells */
  labelAlign: 'middle' | 'bottom' | 'top';
  valueAlign: 'middle' | 'top';
  /** a minimum height of the data rows in em (a row taller than its label) */
  rowHeight?: number;
  /** what this fixture shows (written into the list) */
  note: string;
  /** zero cells of parts 三 and 四 printed empty; `totals`: the 总计 of every third data row of part 三 too */
  blank?: { totals: boolean };
};

const NARROW = {
  proactive: [5, 4, 4, 4],
  applications: [2.5, 3, 9, 2.4, 2.4, 2.4, 2.4, 2.4, 2.4, 2.6],
  appeals: Array.from({ length: 15 }, () => 1.8),
} as const;
const NARROWER = {
  proactive: [4, 3.5, 3.5, 3.5],
  applications: [2, 2.5, 6.5, 2.4, 2.4, 2.4, 2.4, 2.4, 2.4, 2.6],
  appeals: Array.from({ length: 15 }, () => 1.6),
} as const;

/** Zero cells printed empty (nianbao issue 18: many organs do; -layout text keeps only their gap). */
const BLANK: readonly Fixture[] = [
  {
    key: 'huzhou-2021',
    engine: 'chromium',
    kind: 'blank-normal',
    paragraph: 40,
    widths: null,
    labelAlign: 'middle',
    valueAlign: 'middle',
    blank: { totals: true },
    note: 'Chromium, auto-width table at the text width, zeros of parts 三 and 四 blank, the 总计 of every third row of part 三 blank',
  },
  {
    key: 'hzga-2022',
    engine: 'chromium',
    kind: 'blank-narrow',
    paragraph: 34,
    widths: NARROW,
    labelAlign: 'middle',
    valueAlign: 'middle',
    blank: { totals: false },
    note: 'Chromium, narrow label columns, zeros blank',
  },
  {
    key: 'hongze-2021',
    engine: 'libreoffice',
    kind: 'blank-normal',
    paragraph: 3,
    widths: null,
    labelAlign: 'middle',
    valueAlign: 'middle',
    blank: { totals: true },
    note: 'LibreOffice Writer, auto-width table, zeros blank, some 总计 blank',
  },
  {
    key: 'pingyang-2022',
    engine: 'libreoffice',
    kind: 'blank-narrow',
    paragraph: 5.1,
    widths: NARROWER,
    labelAlign: 'middle',
    valueAlign: 'middle',
    blank: { totals: false },
    note: 'LibreOffice Writer, narrower label columns, zeros blank',
  },
];

export const FIXTURES: readonly Fixture[] = [
  {
    key: 'hongze-2021',
    engine: 'chromium',
    paragraph: 32.5,
    kind: 'narrow',
    widths: NARROW,
    labelAlign: 'middle',
    valueAlign: 'middle',
    note: 'Chromium, label and number cells centred vertically: numbers on the middle line of a 3-line label, between the lines of a 2- or 4-line one',
  },
  {
    key: 'lixia-2022',
    engine: 'chromium',
    paragraph: 34,
    kind: 'narrow',
    widths: NARROWER,
    labelAlign: 'middle',
    valueAlign: 'middle',
    note: 'Chromium, narrower label columns (labels over 3–5 lines), centred',
  },
  {
    key: 'pingyang-2022',
    engine: 'libreoffice',
    paragraph: 5.1,
    kind: 'narrow',
    widths: NARROW,
    labelAlign: 'middle',
    valueAlign: 'middle',
    note: 'LibreOffice Writer, centred: numbers on a line of their own between the lines of a 2-line label, group labels in fragments between the rows',
  },
  {
    key: 'hzga-2022',
    engine: 'libreoffice',
    paragraph: 9,
    kind: 'narrow',
    widths: NARROWER,
    labelAlign: 'middle',
    valueAlign: 'middle',
    note: 'LibreOffice Writer, narrower label columns, centred: numbers on a line of their own inside the label',
  },
  {
    key: 'qingzhou-2022',
    engine: 'chromium',
    paragraph: 33,
    kind: 'narrow',
    widths: NARROW,
    labelAlign: 'bottom',
    valueAlign: 'top',
    rowHeight: 3.4,
    note: 'Chromium, rows at least 3 lines high, labels at the cell bottom, numbers at the top: numbers on the line before a short label, on the first line of a long one',
  },
  ...BLANK,
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function table(rows: readonly GridRow[], widths: readonly number[] | null, f: Fixture): string {
  const em = (w: number) => Math.round(w * 14); // px at 10.5pt
  const align = (c: GridCell) => (c.value ? f.valueAlign : c.header ? 'middle' : f.labelAlign);
  const spans = (c: GridCell) =>
    `${(c.rowspan ?? 1) > 1 ? ` rowspan="${c.rowspan}"` : ''}${(c.colspan ?? 1) > 1 ? ` colspan="${c.colspan}"` : ''}`;
  const tall = (row: GridRow) =>
    f.rowHeight && row.some((c) => c.value) ? ` style="height:${f.rowHeight}em"` : '';
  if (widths === null) {
    // The engine's own column widths, the table as wide as the text (as most portals publish it).
    const html = rows.map(
      (row) =>
        `<tr${tall(row)}>${row.map((c) => `<td${spans(c)} valign="${align(c)}">${esc(c.text)}</td>`).join('')}</tr>`,
    );
    return `<table border="1" cellspacing="0" cellpadding="2" width="100%" style="width:100%;table-layout:auto">\n${html.join('\n')}\n</table>`;
  }
  const total = widths.reduce((a, b) => a + b, 0);
  const cols = widths.map((w) => `<col width="${em(w)}" style="width:${w}em">`).join('');
  // Every cell gets its width too (LibreOffice's HTML import reads td width, not col).
  const colOf: number[][] = [];
  const cellWidth = (c: GridCell, at: number) =>
    widths.slice(at, at + (c.colspan ?? 1)).reduce((a, b) => a + b, 0);
  const html = rows.map((row, r) => {
    colOf[r] ??= [];
    let col = 0;
    const tds = row.map((c) => {
      while (colOf[r]![col]) col++;
      for (let dr = 0; dr < (c.rowspan ?? 1); dr++)
        for (let dc = 0; dc < (c.colspan ?? 1); dc++) {
          colOf[r + dr] ??= [];
          colOf[r + dr]![col + dc] = 1;
        }
      const w = cellWidth(c, col);
      col += c.colspan ?? 1;
      return `<td${spans(c)} width="${em(w)}" valign="${align(c)}" style="vertical-align:${align(c)}">${esc(c.text)}</td>`;
    });
    return `<tr${tall(row)}>${tds.join('')}</tr>`;
  });
  return `<table border="1" cellspacing="0" cellpadding="2" width="${em(total)}" style="width:${total}em"><colgroup>${cols}</colgroup>\n${html.join('\n')}\n</table>`;
}

/**
 * Parts 三 and 四 with their zero cells empty; with `totals`, the 总计 (last cell) of every third
 * data row of part 三 empty too, as some organs print a row's parts without its sum.
 */
function blanked(rows: readonly GridRow[], part: TablePart, f: Fixture): GridRow[] {
  if (!f.blank || part === 'proactive') return rows.map((r) => [...r]);
  let data = 0;
  return rows.map((row) => {
    const values = row.filter((c) => c.value);
    const dropTotal =
      part === 'applications' && f.blank?.totals === true && values.length > 0 && data++ % 3 === 1;
    const last = values.at(-1);
    return row.map((c) =>
      c.value && (c.text === '0' || (dropTotal && c === last)) ? { ...c, text: '' } : c,
    );
  });
}

function page(r: CorpusReport, f: Fixture): string {
  const blocks: Block[] = documentOf(r);
  const p = (text: string, extra = '') =>
    f.engine === 'libreoffice'
      ? `<p style="margin-right:${f.paragraph}cm;text-indent:2em${extra}">${esc(text)}</p>`
      : `<p style="text-indent:2em${extra}">${esc(text)}</p>`;
  const body = blocks.map((b) => {
    if (b.kind === 'title') return `<h1 style="font-size:16pt;text-align:center">${esc(b.text)}</h1>`;
    if (b.kind === 'heading') return `<p><b>${esc(b.text)}</b></p>`;
    if (b.kind === 'para') return p(b.text);
    if (b.kind === 'signature')
      return `<p align="right">${esc(b.organ)}</p><p align="right">${esc(b.date)}</p>`;
    return table(blanked(b.rows, b.part, f), f.widths?.[b.part] ?? null, f);
  });
  const width = f.engine === 'chromium' ? `.article{width:${f.paragraph}em}` : '';
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(r.title)}</title>
<style>body{font-family:"Noto Serif CJK SC",serif;font-size:10.5pt}${width}
table{border-collapse:collapse;table-layout:fixed}td{border:1px solid #000;text-align:center;padding:2px}
p{margin:0.2em 0}</style></head>
<body><div class="article">
${body.join('\n')}
</div></body></html>
`;
}

const OUT = process.env.OUT ?? join(import.meta.dirname, '../../src/domain/corpus/pdftotext');

function main(): void {
  const only = process.argv[2];
  const reports = corpusReports(
    readFileSync(join(import.meta.dirname, '../../src/domain/fixtures/qufu-2021.txt'), 'utf8'),
  );
  const work = mkdtempSync(join(tmpdir(), 'nianbao-pdf-'));
  for (let f of FIXTURES) {
    const name = `${f.key}-${f.engine}-${f.kind}`;
    if (only && !name.startsWith(only)) continue;
    if (process.env.PARAGRAPH) f = { ...f, paragraph: Number(process.env.PARAGRAPH) };
    const r = reports.find((x) => x.key === f.key);
    if (!r) throw new Error(`no corpus report ${f.key}`);
    const html = join(work, `${name}.html`);
    const pdf = join(work, `${name}.pdf`);
    writeFileSync(html, page(r, f));
    if (f.engine === 'chromium')
      execFileSync(
        '/usr/bin/chromium',
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-pdf-header-footer',
          `--print-to-pdf=${pdf}`,
          pathToFileURL(html).href,
        ],
        { stdio: 'pipe', timeout: 120_000 },
      );
    else {
      mkdirSync(join(work, 'lo'), { recursive: true });
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=${pathToFileURL(join(work, 'lo-profile')).href}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf:writer_web_pdf_Export',
          '--outdir',
          work,
          html,
        ],
        { stdio: 'pipe', timeout: 120_000 },
      );
    }
    for (const [mode, args] of [
      ['layout', ['-layout']],
      ['plain', []],
    ] as const) {
      const text = execFileSync('pdftotext', [...args, '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      writeFileSync(join(OUT, `${name}.${mode}.txt`), text);
    }
    if (process.env.PDF_OUT) copyFileSync(pdf, join(process.env.PDF_OUT, `${name}.pdf`));
    console.log(`${name}: ${f.note}`);
  }
}

main();
