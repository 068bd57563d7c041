// A PDF's text, laid out like `pdftotext -layout` (pages separated by form feeds), for the
// published-report importer. Our own reader of the file (no PDF library): document.ts (structure),
// filters.ts, fonts.ts + cmap.ts, interpret.ts (content streams), layout.ts. What it cannot read
// it refuses with a reason (PdfTextError), never with made-up text: an encrypted file, pages
// without text (a scan), fonts whose codes map to no text, a broken file, a file that decodes or
// works past the limits.
import { PdfDocument } from './document';
import { DecodeBudget, PdfLimitError } from './filters';
import { ContentReader, type Matrix, type PageContent, type WorkBudget } from './interpret';
import { gridOf, layoutPage } from './layout';
import { arrayOf, nameOf, numOf, type PdfDict, type PdfObject, PdfStream, PdfSyntaxError } from './objects';

export type PdfRefusal =
  /** encrypted with a user password, or by a method not supported (another handler or crypt filter) */
  | 'encrypted'
  /** pages with images and no text */
  | 'scanned'
  /** no text and no images */
  | 'no-text'
  /** text whose codes map to no characters (fonts without ToUnicode or a known encoding) */
  | 'no-unicode'
  /** no readable page tree */
  | 'broken'
  /** decoded streams, operators or glyphs past the limits */
  | 'too-large';

export class PdfTextError extends Error {
  constructor(
    readonly reason: PdfRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'PdfTextError';
  }
}

export type PdfTextLimits = {
  /** bytes all decoded streams together may reach */
  maxDecodedBytes: number;
  maxOperators: number;
  maxGlyphs: number;
  maxPages: number;
};

export const DEFAULT_PDF_LIMITS: PdfTextLimits = {
  maxDecodedBytes: 100 * 1024 * 1024,
  maxOperators: 20_000_000,
  maxGlyphs: 5_000_000,
  maxPages: 2000,
};

export type PdfText = {
  /** the pages' text joined as pdftotext does: each page ends with "\n\f" */
  text: string;
  pages: number;
  glyphs: number;
  /** glyphs whose codes map to no text (shown as U+FFFD) */
  unreadable: number;
};

/** More unreadable glyphs than this share (or any in a short text) refuses the file. */
const UNREADABLE_SHARE = 0.005;

export function extractPdfText(bytes: Uint8Array, limits: PdfTextLimits = DEFAULT_PDF_LIMITS): PdfText {
  try {
    return extract(bytes, limits);
  } catch (e) {
    if (e instanceof PdfTextError) throw e;
    if (e instanceof PdfLimitError) throw new PdfTextError('too-large', e.message);
    if (e instanceof PdfSyntaxError || e instanceof RangeError || e instanceof TypeError) {
      throw new PdfTextError('broken', e.message);
    }
    throw e;
  }
}

function extract(bytes: Uint8Array, limits: PdfTextLimits): PdfText {
  const doc = new PdfDocument(bytes, new DecodeBudget(limits.maxDecodedBytes));
  // Encrypted: read when it opens without a password (RC4, AES-128), else refused.
  if (doc.encryption?.kind === 'refused') {
    throw new PdfTextError('encrypted', `the file is encrypted (${doc.encryption.why})`);
  }
  const catalog = doc.catalog;
  if (!catalog) throw new PdfTextError('broken', 'no catalog');
  const pages = pageList(doc, doc.dict(catalog.get('Pages')), limits.maxPages);
  if (pages.length === 0) throw new PdfTextError('broken', 'no pages');
  const work: WorkBudget = { operators: limits.maxOperators, glyphs: limits.maxGlyphs };
  const reader = new ContentReader(doc, work);
  const contents: PageContent['glyphs'][] = [];
  let glyphs = 0;
  let unreadable = 0;
  let images = 0;
  for (const page of pages) {
    const content: PageContent = reader.readPage(contentsOf(doc, page.dict), page.resources, page.base);
    glyphs += content.glyphs.length;
    for (const g of content.glyphs) if (g.text === null) unreadable++;
    images += content.images;
    contents.push(content.glyphs);
  }
  // One grid for all pages: a table continued on the next page keeps its columns.
  const grid = gridOf(contents);
  const texts = contents.map((g) => layoutPage(g, grid));
  const readable = glyphs - unreadable;
  if (readable === 0) {
    if (unreadable > 0) throw new PdfTextError('no-unicode', 'no glyph maps to text');
    throw new PdfTextError(images > 0 ? 'scanned' : 'no-text', 'no text on any page');
  }
  if (unreadable > Math.max(0, UNREADABLE_SHARE * glyphs)) {
    throw new PdfTextError('no-unicode', `${unreadable} of ${glyphs} glyphs map to no text`);
  }
  return { text: texts.map((t) => `${t}\n\f`).join(''), pages: pages.length, glyphs, unreadable };
}

type Page = { dict: PdfDict; resources: PdfDict | null; base: Matrix };

const INHERITED = ['Resources', 'MediaBox', 'CropBox', 'Rotate'] as const;

/** The page tree's leaves in order, with their inherited attributes (§7.7.3.4). */
function pageList(doc: PdfDocument, root: PdfDict | null, maxPages: number): Page[] {
  const pages: Page[] = [];
  const seen = new Set<PdfDict>();
  const walk = (node: PdfDict, inherited: Map<string, PdfObject | undefined>, depth: number) => {
    if (seen.has(node) || depth > 64 || pages.length >= maxPages) return;
    seen.add(node);
    const here = new Map(inherited);
    for (const key of INHERITED) {
      const v = node.get(key);
      if (v !== undefined) here.set(key, v);
    }
    const kids = arrayOf(doc.resolve(node.get('Kids')));
    const type = nameOf(doc.resolve(node.get('Type')));
    if (kids && type !== 'Page') {
      for (const kid of kids) {
        const k = doc.dict(kid);
        if (k) walk(k, here, depth + 1);
      }
      return;
    }
    const resources = doc.dict(here.get('Resources'));
    pages.push({ dict: node, resources, base: baseMatrix(doc, here) });
  };
  if (root) walk(root, new Map(), 0);
  return pages;
}

/** From user space to the page as shown (y up, origin at the box's lower left), /Rotate applied. */
function baseMatrix(doc: PdfDocument, attrs: Map<string, PdfObject | undefined>): Matrix {
  const box = (
    arrayOf(doc.resolve(attrs.get('CropBox'))) ??
    arrayOf(doc.resolve(attrs.get('MediaBox'))) ??
    []
  ).map((v) => numOf(doc.resolve(v)) ?? 0);
  const [ax = 0, ay = 0, bx = 595, by = 842] = box;
  const x0 = Math.min(ax, bx);
  const x1 = Math.max(ax, bx);
  const y0 = Math.min(ay, by);
  const y1 = Math.max(ay, by);
  const rotate = (((numOf(doc.resolve(attrs.get('Rotate'))) ?? 0) % 360) + 360) % 360;
  switch (rotate) {
    case 90:
      return [0, -1, 1, 0, -y0, x1];
    case 180:
      return [-1, 0, 0, -1, x1, y1];
    case 270:
      return [0, 1, -1, 0, y1, -x0];
    default:
      return [1, 0, 0, 1, -x0, -y0];
  }
}

/** A page's /Contents: one stream or an array of streams, decoded; parts that cannot be decoded are left out. */
function contentsOf(doc: PdfDocument, page: PdfDict): Uint8Array[] {
  const c = doc.resolve(page.get('Contents'));
  const parts = Array.isArray(c) ? c.map((x) => doc.resolve(x)) : [c];
  const out: Uint8Array[] = [];
  for (const p of parts) {
    if (!(p instanceof PdfStream)) continue;
    try {
      out.push(doc.streamData(p));
    } catch (e) {
      if (e instanceof PdfLimitError) throw e;
    }
  }
  return out;
}
