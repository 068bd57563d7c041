// A PDF's text for the published-report importer (read-bytes.ts loads this module, with our own
// PDF reader domain/pdf-text, only when a PDF is imported: nothing of it is in the first load).
import { extractPdfText, PdfTextError } from '../../domain/pdf-text/extract-pdf-text';

/** As read-bytes.ts says it (this module does not import it: read-bytes loads this one). */
const NOTHING_WRITTEN = '没有导入任何内容。';

const COPY_PASTE =
  '请用 PDF 阅读器或浏览器打开它，全选（Ctrl+A）并复制（Ctrl+C）全部文字，粘贴到「或粘贴已发布报告的全文」中再识别。';

export const PDF_MESSAGES = {
  encrypted: `此 PDF 已加密，需要打开密码或使用了本工具不支持的加密方式（只限制复制、打印的 PDF 可以直接读取），${NOTHING_WRITTEN}${COPY_PASTE}`,
  scanned: `这是扫描件，没有可识别的文字：PDF 的页面是图片，本工具不识别图片中的字，${NOTHING_WRITTEN}请找到该报告的网页版或 Word 版再导入。`,
  noText: `这个 PDF 中没有文字，${NOTHING_WRITTEN}`,
  noUnicode: `这个 PDF 的字体没有记录字符编码，其中的字无法可靠识别（本工具不猜测字符），${NOTHING_WRITTEN}${COPY_PASTE}若复制出的是乱码，请找网页版或 Word 版。`,
  broken: `无法读取这个 PDF 文件，文件可能已损坏或不完整，${NOTHING_WRITTEN}`,
  tooLarge: `文件过大：这个 PDF 解压后的内容超过100 MB的上限或内容过多（正常的年度报告只有几 MB），已停止读取，${NOTHING_WRITTEN}`,
} as const;

export type PdfRead = { ok: true; text: string } | { ok: false; tooLarge: boolean; message: string };

/**
 * A PDF's text laid out like `pdftotext -layout` (domain/pdf-text, our own reader), for the text
 * importer; or the reason it cannot be read (read-bytes.ts refuses the file with it, nothing written).
 */
export function pdfToText(bytes: Uint8Array): PdfRead {
  const refuse = (message: string, tooLarge = false): PdfRead => ({ ok: false, tooLarge, message });
  try {
    return { ok: true, text: extractPdfText(bytes).text };
  } catch (e) {
    if (!(e instanceof PdfTextError)) return refuse(PDF_MESSAGES.broken);
    switch (e.reason) {
      case 'encrypted':
        return refuse(PDF_MESSAGES.encrypted);
      case 'scanned':
        return refuse(PDF_MESSAGES.scanned);
      case 'no-text':
        return refuse(PDF_MESSAGES.noText);
      case 'no-unicode':
        return refuse(PDF_MESSAGES.noUnicode);
      case 'too-large':
        return refuse(PDF_MESSAGES.tooLarge, true);
      default:
        return refuse(PDF_MESSAGES.broken);
    }
  }
}
