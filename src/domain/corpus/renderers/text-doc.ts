// The blocks of a report as plain text: a paragraph per line (as copied from Word or a web page),
// tables in one of the text shapes of grid-text.ts; or all of it on one line, as crawlers save a
// page, after the page's metadata lines.
import type { Block } from '../document';
import { browserCopiedCells, cellPerLine, flatCells, tabRows } from './grid-text';

export type TableText = 'cells' | 'tabs';

export function renderText(blocks: readonly Block[], table: TableText = 'cells'): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') out.push(...(table === 'cells' ? cellPerLine(b.rows) : tabRows(b.rows)));
    else if (b.kind === 'signature') out.push(b.organ, b.date);
    else out.push(b.text);
  }
  return `${out.join('\n')}\n`;
}

export type PageMeta = { title: string; publishTime: string; url: string; column: string };

/** The lines a crawler writes before the page text (「标题:」「发布时间:」…「原文链接:」). */
export function pageMetaLines(meta: PageMeta): string[] {
  return [
    `标题:${meta.title}`,
    `发布时间:${meta.publishTime}`,
    '文号: ',
    '发布机构: ',
    `栏目:${meta.column}`,
    `原文链接:${meta.url}`,
  ];
}

/** The whole report on one line, cells run together with `separator`, after the page metadata. */
export function renderOneLine(blocks: readonly Block[], meta: PageMeta, separator: '' | ' '): string {
  const pieces = blocks.map((b) => {
    if (b.kind === 'table') return flatCells(b.rows, separator);
    if (b.kind === 'signature') return `${b.organ}${b.date}`;
    return b.text;
  });
  return [...pageMetaLines(meta), pieces.join(separator)].join('\n');
}

/**
 * A portal page copied from the browser (innerText) when its table cells hold paragraphs: blank
 * lines between paragraphs and around every cell, the tabs between cells on lines of their own,
 * zeros of parts 三 and 四 printed as 「&nbsp;」.
 */
export function renderBrowserCopy(blocks: readonly Block[]): string {
  const pieces = blocks.map((b) => {
    if (b.kind === 'table')
      return browserCopiedCells(b.rows, (c) => b.part !== 'proactive' && c.value === true && c.text === '0');
    if (b.kind === 'signature') return `${b.organ}\n\n${b.date}`;
    return b.text;
  });
  return `${pieces.join('\n\n')}\n`;
}
