// The reading of an imported file's bytes into text, without the DOM: it runs in a Web Worker
// (read-file.worker.ts) so a hostile or huge file cannot freeze the page, and in the page only
// where no Worker exists (unit tests). Limits: 20 MB of file, 20 MB of inflated .docx text parts,
// 100 MB of decoded PDF streams (and the PDF reader's own work limits).
import { DocxLimitError, readDocxParts, rezip } from '../../domain/text-import/docx-zip';
import type { TextImportResult } from '../../domain/text-import/import-summary';
import { looksLikeHtml } from '../../domain/text-import/import-text';
import { readWebPage, type WebPageInfo } from '../../domain/web-export/read-web-page';

export type ImportSource =
  /** html: the web page the file came in (「导出网页版」), to compare with what the page shows */
  | { kind: 'json'; text: string; name: string; html?: string }
  /**
   * info: the closing 「报告信息」 of a page of 「导出网页版」, read exactly; imported: the text already
   * read as a report (in the worker, without last year's report), so the page need not parse it
   */
  | { kind: 'published'; text: string; name: string; info?: WebPageInfo; imported?: TextImportResult };

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** What a .docx's text parts may inflate to: a 400-page report's document.xml is a few MB. */
export const MAX_DOCX_INFLATED_BYTES = 20 * 1024 * 1024;

export type ReadFailureKind = 'too-large' | 'invalid' | 'timeout' | 'cancelled';

/** A refusal with the Chinese message the clerk sees; nothing has been written when it is thrown. */
export class ImportReadError extends Error {
  constructor(
    readonly kind: ReadFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'ImportReadError';
  }
}

const NOTHING_WRITTEN = '没有导入任何内容。';

export const READ_MESSAGES = {
  fileTooLarge: `文件过大，超过20 MB的上限，${NOTHING_WRITTEN}`,
  docxTooLarge: `文件过大：这个 .docx 解压后的文字部分超过20 MB的上限（正常的年度报告只有几百 KB），已停止读取，${NOTHING_WRITTEN}`,
  notDocx: '这不是有效的 .docx 文件（文件已损坏或实际是其他格式）。',
  brokenDocx: '无法读取这个 .docx 文件，文件可能已损坏。',
  oldDoc: '不支持旧版 Word（.doc）文件，请在 Word 或 WPS 中另存为 .docx 后再导入。',
  oldWps: '不支持 WPS 文字（.wps）文件，请在 WPS 中另存为 .docx 后再导入。',
  ofd: '不能直接读取 OFD 文件。请用 OFD 阅读器打开它，全选并复制全部文字，粘贴到「或粘贴已发布报告的全文」中再识别。',
  spreadsheet:
    '不能导入 Excel 或 WPS 表格文件。表格中的数字可以在表格软件中选中复制，再粘贴到填报页面的表格中（可整块粘贴）。',
  notText:
    '文件不是可识别的文本（UTF-8 或 GBK 编码），无法读取。请用记事本或 WPS 另存为 UTF-8 编码后再导入。',
  empty: `文件是空的（没有任何文字），${NOTHING_WRITTEN}`,
  image: (kind: string) =>
    `这是图片文件（${kind}），无法从中读取文字，${NOTHING_WRITTEN}请导入报告的文字版本（网页 .html、.txt、Word 的 .docx 或能复制文字的 PDF）；只有截图或扫描件时，请对照图片填写。`,
  archive: (kind: string) => `这是压缩包（${kind}），${NOTHING_WRITTEN}请先解压，再选择其中的报告文件。`,
  timeout: (seconds: number) =>
    `读取超时：文件在${seconds}秒内没有读完，已停止读取，${NOTHING_WRITTEN}文件可能过大或已损坏。`,
  cancelled: `已取消读取文件，${NOTHING_WRITTEN}`,
} as const;

export async function readSourceBytes(name: string, bytes: Uint8Array): Promise<ImportSource> {
  const lower = name.toLowerCase();
  if (bytes.length > MAX_FILE_BYTES) throw new ImportReadError('too-large', READ_MESSAGES.fileTooLarge);
  if (lower.endsWith('.docx')) return { kind: 'published', text: await docxToText(bytes), name };
  // A PDF by its name, or by its first bytes (a report saved without an extension).
  if (lower.endsWith('.pdf') || startsWith(bytes, PDF_MAGIC)) {
    // The reader and its messages are one chunk, loaded only for a PDF.
    const { pdfToText } = await import('./read-pdf');
    const read = pdfToText(bytes);
    if (!read.ok) throw new ImportReadError(read.tooLarge ? 'too-large' : 'invalid', read.message);
    return { kind: 'published', text: read.text, name };
  }
  const refusal = refusedFormat(lower, bytes);
  if (refusal) throw new ImportReadError('invalid', refusal);
  const text = decodeText(bytes);
  // An empty file was read as a report with nothing in it: offered for import, and in 批量审核
  // audited (18 problems) and kept as a 参考报告 of no organ.
  if (text.replace(/^\uFEFF/u, '').trim() === '') throw new ImportReadError('invalid', READ_MESSAGES.empty);
  if (lower.endsWith('.json')) return { kind: 'json', text, name };
  if (lower.endsWith('.html') || lower.endsWith('.htm') || /^\s*<(!doctype|html)/i.test(text)) {
    return htmlSource(text, name);
  }
  if (/^\s*\{/.test(text)) return { kind: 'json', text, name };
  return { kind: 'published', text, name };
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]; // the compound file of .doc, .wps, .xls, .et

/**
 * Files clerks have beside a published report that are no text the importer can read (an OFD, an
 * old Word or WPS document, a spreadsheet): said so by name (an old Word file also by its first
 * bytes), with what to do instead.
 */
function refusedFormat(lower: string, bytes: Uint8Array): string | null {
  if (lower.endsWith('.ofd')) return READ_MESSAGES.ofd;
  const image = imageKind(lower, bytes);
  if (image) return READ_MESSAGES.image(image);
  const archive = archiveKind(lower, bytes);
  if (archive) return READ_MESSAGES.archive(archive);
  if (lower.endsWith('.doc')) return READ_MESSAGES.oldDoc;
  if (lower.endsWith('.wps')) return READ_MESSAGES.oldWps;
  if (/\.(?:xlsx?|et|ett)$/u.test(lower)) return READ_MESSAGES.spreadsheet;
  if (startsWith(bytes, OLE_MAGIC)) return READ_MESSAGES.oldDoc;
  return null;
}

/**
 * A screenshot or a photo of a report, by its first bytes or its name: before, it was 「不是可识别
 * 的文本…请用记事本另存为 UTF-8」, advice that cannot help with a picture.
 */
function imageKind(lower: string, bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'GIF';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'TIFF';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes.subarray(8), [0x57, 0x45, 0x42, 0x50]))
    return 'WebP';
  const ext = /\.(png|jpe?g|gif|bmp|tiff?|webp|heic)$/u.exec(lower)?.[1];
  return ext ? ext.toUpperCase().replace('JPG', 'JPEG') : null;
}

/** A zip (not a .docx), RAR or 7z: a folder of reports sent packed. */
function archiveKind(lower: string, bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x52, 0x61, 0x72, 0x21])) return 'RAR';
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])) return '7z';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || lower.endsWith('.zip')) return 'ZIP';
  const ext = /\.(rar|7z)$/u.exec(lower)?.[1];
  return ext ? ext.toUpperCase() : null;
}

const asHtmlPage = (fragment: string) => `<!DOCTYPE html><html><body>${fragment}</body></html>`;

// Someone else's web page (and a .docx, as HTML from mammoth) is handed on as HTML: the importer
// reads its tables by their structure (merged cells, empty cells) and its <title>, not a flattened
// text (nianbao issue 18).
/** A web page: the report file of 「导出网页版」's data block, or else its text (readWebPage). */
export function htmlSource(html: string, name: string): ImportSource {
  const page = readWebPage(html);
  if (page.kind === 'data') return { kind: 'json', text: page.json, name, html };
  // A page of 「导出网页版」 whose data block a CMS dropped: its text, and the 「报告信息」 it ends with.
  if (page.info) return { kind: 'published', text: page.text, name, info: page.info };
  // A copied fragment (「<span>…」) is wrapped so that the importer knows it for HTML.
  return { kind: 'published', text: looksLikeHtml(html) ? html : asHtmlPage(html), name };
}

/** .docx → checked text parts (docx-zip.ts) → HTML with mammoth (loaded only for a .docx), as a page. */
async function docxToText(bytes: Uint8Array): Promise<string> {
  // A .docx is a zip file: it starts with "PK\x03\x04".
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new ImportReadError('invalid', READ_MESSAGES.notDocx);
  }
  let checked: Uint8Array<ArrayBuffer>;
  try {
    checked = rezip(readDocxParts(bytes, MAX_DOCX_INFLATED_BYTES));
  } catch (e) {
    if (e instanceof DocxLimitError && e.kind === 'too-large')
      throw new ImportReadError('too-large', READ_MESSAGES.docxTooLarge);
    throw new ImportReadError('invalid', READ_MESSAGES.brokenDocx);
  }
  const mammoth = await import('mammoth');
  try {
    // zipSync's output is a fresh buffer of exactly the zip
    const arrayBuffer = checked.buffer;
    // Images were left out of the checked zip: never read them (an empty image, no data: URI).
    // mammoth's browser build reads `arrayBuffer`, its Node build (the unit tests) `buffer`.
    const input = { arrayBuffer, buffer: checked };
    const result = await mammoth.convertToHtml(input, {
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    return asHtmlPage(result.value);
  } catch {
    throw new ImportReadError('invalid', READ_MESSAGES.brokenDocx);
  }
}

/**
 * Text files come as UTF-8 or, saved by Notepad on Chinese Windows, as GBK: try UTF-8 strictly,
 * then GB18030 (a superset of GBK); refuse what is neither rather than import garbage.
 */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('gb18030').decode(bytes);
    if (text.includes('\uFFFD')) throw new ImportReadError('invalid', READ_MESSAGES.notText);
    return text;
  }
}
