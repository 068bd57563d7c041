// poppler's `pdftohtml -xml` output (pdf2xml: every piece of a PDF's text with its page position,
// as converters and crawlers keep it) read back as text laid out like `pdftotext -layout` — the
// shape the importer reads best. Each piece's characters are spread evenly over its width and laid
// out by the PDF reader's own layout (pdf-text/layout.ts). Read as markup it would be tag text:
// 「top="1184"」 gave numbers that are no cell of the report.
import type { Glyph } from '../pdf-text/interpret';
import { layoutPage } from '../pdf-text/layout';
import { decodeEntities } from './html-entities';

const ROOT = /<pdf2xml[\s>]/u;
const PAGE = /<page\b([^>]*)>([\s\S]*?)<\/page>/gu;
const FONTSPEC = /<fontspec\b([^>]*)\/?>/gu;
const TEXT = /<text\b([^>]*)>([\s\S]*?)<\/text>/gu;
const TAG = /<[^>]*>/gu;
/** Work bounds: a page's pieces and a piece's characters beyond these are not laid out. */
const MAX_PIECES = 20_000;
const MAX_CHARS = 2_000;

/** Whether the text is pdf2xml (its root element near the start). */
export function isPdf2Xml(text: string): boolean {
  return ROOT.test(text.slice(0, 2000));
}

function attr(attrs: string, name: string): number | null {
  const m = new RegExp(`\\b${name}="(-?[0-9.]+)"`, 'u').exec(attrs);
  if (!m) return null;
  const v = Number(m[1]);
  return Number.isFinite(v) ? v : null;
}

function fontId(attrs: string): string | null {
  return /\bfont="([^"]*)"/u.exec(attrs)?.[1] ?? /\bid="([^"]*)"/u.exec(attrs)?.[1] ?? null;
}

/** The pages' text laid out by position, a form feed after each page. */
export function pdf2XmlText(xml: string): string {
  const sizes = new Map<string, number>();
  const pages: string[] = [];
  for (const page of xml.matchAll(PAGE)) {
    const head = page[1] ?? '';
    const body = page[2] ?? '';
    const height = attr(head, 'height') ?? 0;
    for (const f of body.matchAll(FONTSPEC)) {
      const id = fontId(f[1] ?? '');
      const size = attr(f[1] ?? '', 'size');
      if (id !== null && size !== null && size > 0) sizes.set(id, size);
    }
    const glyphs: Glyph[] = [];
    let pieces = 0;
    for (const t of body.matchAll(TEXT)) {
      if (++pieces > MAX_PIECES) break;
      const attrs = t[1] ?? '';
      const top = attr(attrs, 'top');
      const left = attr(attrs, 'left');
      const width = attr(attrs, 'width');
      const h = attr(attrs, 'height');
      if (top === null || left === null || width === null || h === null) continue;
      const id = fontId(attrs);
      const size = (id !== null ? sizes.get(id) : undefined) ?? h;
      const chars = [...decodeEntities((t[2] ?? '').replace(TAG, ''))].slice(0, MAX_CHARS);
      if (chars.length === 0) continue;
      const advance = width / chars.length;
      chars.forEach((ch, i) => {
        if (/\s/u.test(ch)) return;
        glyphs.push({
          text: ch,
          x: left + i * advance,
          y: height - top - h,
          width: advance,
          size,
          upright: true,
          seq: glyphs.length,
        });
      });
    }
    pages.push(layoutPage(glyphs));
  }
  return pages.map((p) => `${p}\n\f`).join('');
}
