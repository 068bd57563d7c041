// Turns what the user chose or pasted into text for one of the two importers: a report file
// (.json, the interchange format) or a published report (.txt / .html / .docx / pasted text).
// Someone else's web page (and a .docx, as HTML from mammoth) is handed on as HTML: the importer
// reads its tables by their structure (merged cells, empty cells) and its <title>, not a flattened
// text (nianbao issue 18).
import { looksLikeHtml } from '../../domain/text-import/import-text';
import { readWebPage, type WebPageInfo } from '../../domain/web-export/read-web-page';
import { readFileText } from '../components/download';

export type ImportSource =
  | { kind: 'json'; text: string; name: string }
  /** info: the closing 「报告信息」 of a page of 「导出网页版」, read exactly */
  | { kind: 'published'; text: string; name: string; info?: WebPageInfo };

const MAX_BYTES = 20 * 1024 * 1024;

export async function readImportFile(file: File): Promise<ImportSource> {
  const name = file.name;
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return { kind: 'json', text: await readFileText(file, MAX_BYTES), name };
  if (lower.endsWith('.docx')) return { kind: 'published', text: await docxToText(file), name };
  if (lower.endsWith('.doc'))
    throw new Error('不支持旧版 Word（.doc）文件，请在 Word 或 WPS 中另存为 .docx 后再导入。');
  const text = await decodeText(file);
  if (lower.endsWith('.html') || lower.endsWith('.htm') || /^\s*<(!doctype|html)/i.test(text)) {
    return htmlSource(text, name);
  }
  if (/^\s*\{/.test(text)) return { kind: 'json', text, name };
  return { kind: 'published', text, name };
}

const asHtmlPage = (fragment: string) => `<!DOCTYPE html><html><body>${fragment}</body></html>`;

/** A web page: the report file of 「导出网页版」's data block, or else its text (readWebPage). */
export function htmlSource(html: string, name: string): ImportSource {
  const page = readWebPage(html);
  if (page.kind === 'data') return { kind: 'json', text: page.json, name };
  // A page of 「导出网页版」 whose data block a CMS dropped: its text, and the 「报告信息」 it ends with.
  if (page.info) return { kind: 'published', text: page.text, name, info: page.info };
  // A copied fragment (「<span>…」) is wrapped so that the importer knows it for HTML.
  return { kind: 'published', text: looksLikeHtml(html) ? html : asHtmlPage(html), name };
}

/** .docx → HTML with mammoth (loaded only when a .docx is imported) → text. */
async function docxToText(file: File): Promise<string> {
  if (file.size > MAX_BYTES) throw new Error('文件过大，超过20 MB的上限。');
  const buffer = await file.arrayBuffer();
  const bytes = new Uint8Array(buffer.slice(0, 4));
  // A .docx is a zip file: it starts with "PK\x03\x04".
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new Error('这不是有效的 .docx 文件（文件已损坏或实际是其他格式）。');
  }
  const mammoth = await import('mammoth');
  try {
    const result = await mammoth.convertToHtml({ arrayBuffer: buffer });
    return asHtmlPage(result.value);
  } catch {
    throw new Error('无法读取这个 .docx 文件，文件可能已损坏。');
  }
}

/**
 * Text files come as UTF-8 or, saved by Notepad on Chinese Windows, as GBK: try UTF-8 strictly,
 * then GB18030 (a superset of GBK); refuse what is neither rather than import garbage.
 */
async function decodeText(file: File): Promise<string> {
  if (file.size > MAX_BYTES) throw new Error('文件过大，超过20 MB的上限。');
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('gb18030').decode(bytes);
    if (text.includes('\uFFFD')) {
      throw new Error(
        '文件不是可识别的文本（UTF-8 或 GBK 编码），无法读取。请用记事本或 WPS 另存为 UTF-8 编码后再导入。',
      );
    }
    return text;
  }
}
