// Content streams (§7.8, §8, §9.3–9.4): the graphics state (q/Q/cm), text objects and their
// operators (BT/ET, Tf Tc Tw Tz TL Ts Tr, Td TD Tm T*, Tj TJ ' "), Form XObjects drawn with Do (their
// /Matrix and /Resources), and whether the page paints images. The result is every shown glyph with
// its text, its origin and advance on the page, and its size; nothing is drawn.
import type { PdfDocument } from './document';
import { PdfLimitError } from './filters';
import { type Font, loadFont } from './fonts';
import {
  arrayOf,
  isDict,
  Lexer,
  nameOf,
  numOf,
  Parser,
  type PdfDict,
  type PdfObject,
  PdfOp,
  PdfStream,
  PdfString,
} from './objects';

export type Matrix = [number, number, number, number, number, number];
export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 × m2 (apply m1, then m2), as PDF composes matrices. */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  const [a, b, c, d, e, f] = m1;
  const [A, B, C, D, E, F] = m2;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

export type Glyph = {
  /** the text; null for a code that maps to no text (unreadable) */
  text: string | null;
  /** origin on the page (y up) */
  x: number;
  y: number;
  /** the advance of the glyph itself (without char/word spacing), on the page */
  width: number;
  /** the font size on the page */
  size: number;
  /** left-to-right upright text; otherwise rotated or vertical (laid out as runs) */
  upright: boolean;
  /** order of showing on the page */
  seq: number;
};

export type PageContent = { glyphs: Glyph[]; images: number };

/** Work limits: a hostile file cannot keep the reader busy for long (the worker's timeout is the last resort). */
export type WorkBudget = { operators: number; glyphs: number };

type TextState = {
  font: Font | null;
  size: number;
  charSpace: number;
  wordSpace: number;
  scale: number;
  leading: number;
  rise: number;
};
type GState = { ctm: Matrix; text: TextState };

const MAX_FORM_DEPTH = 12;
/**
 * Kangxi radicals and CJK compatibility ideographs (fonts map glyphs shared with them to these:
 * 「⽂件全⾯」 for 「文件全面」 in Chromium's PDFs) and Latin ligatures: their usual characters, as
 * pdftotext gives them.
 */
const COMPATIBILITY = /[\u2f00-\u2fdf\uf900-\ufaff\ufb00-\ufb06]/u;
const MAX_GSTATE_DEPTH = 256;

export class ContentReader {
  private readonly fonts = new Map<PdfDict, Font | null>();
  private seq = 0;
  constructor(
    private readonly doc: PdfDocument,
    private readonly work: WorkBudget,
  ) {}

  readPage(contents: Uint8Array[], resources: PdfDict | null, base: Matrix): PageContent {
    const out: PageContent = { glyphs: [], images: 0 };
    const state: GState = {
      ctm: base,
      text: { font: null, size: 0, charSpace: 0, wordSpace: 0, scale: 1, leading: 0, rise: 0 },
    };
    // The parts of a page's /Contents array are one stream (an operator may straddle two parts).
    const total = contents.reduce((n, c) => n + c.length + 1, 0);
    const data = new Uint8Array(total);
    let at = 0;
    for (const c of contents) {
      data.set(c, at);
      at += c.length;
      data[at++] = 10;
    }
    this.run(data, resources, state, out, []);
    return out;
  }

  private font(resources: PdfDict | null, name: string): Font | null {
    const fonts = this.doc.dict(resources?.get('Font'));
    const dict = this.doc.dict(fonts?.get(name));
    if (!dict) return null;
    if (!this.fonts.has(dict)) this.fonts.set(dict, loadFont(this.doc, dict));
    return this.fonts.get(dict) ?? null;
  }

  private run(
    data: Uint8Array,
    resources: PdfDict | null,
    start: GState,
    out: PageContent,
    forms: PdfStream[],
  ) {
    const parser = new Parser(new Lexer(data));
    const stack: GState[] = [];
    let gs: GState = { ctm: start.ctm, text: { ...start.text } };
    let tm: Matrix = IDENTITY;
    let tlm: Matrix = IDENTITY;
    const operands: PdfObject[] = [];
    const num = (k: number) => numOf(operands[k]) ?? 0;

    const nextLine = (tx: number, ty: number) => {
      tlm = multiply([1, 0, 0, 1, tx, ty], tlm);
      tm = tlm;
    };
    const show = (s: PdfString) => {
      const font = gs.text.font;
      if (!font) return;
      const t = gs.text;
      for (const code of font.split(s.bytes)) {
        if (--this.work.glyphs < 0) throw new PdfLimitError('too many glyphs');
        const g = font.glyph(code);
        if (g.text !== null && COMPATIBILITY.test(g.text)) g.text = g.text.normalize('NFKC');
        const trm = multiply(multiply([t.size * t.scale, 0, 0, t.size, 0, t.rise], tm), gs.ctm);
        const size = Math.hypot(trm[2], trm[3]);
        const spacing = t.charSpace + (g.wordSpace ? t.wordSpace : 0);
        if (font.vertical) {
          if (g.text !== ' ') {
            out.glyphs.push({
              text: g.text,
              x: trm[4],
              y: trm[5],
              width: size,
              size,
              upright: false,
              seq: this.seq++,
            });
          }
          tm = multiply([1, 0, 0, 1, 0, g.vAdvance * t.size + spacing], tm);
          continue;
        }
        const upright =
          trm[0] > 0 && Math.abs(trm[1]) <= 0.05 * trm[0] && trm[3] > 0 && Math.abs(trm[2]) <= 0.05 * trm[3];
        // A space shows as the gap it leaves; so does any glyph without ink but with text ' '.
        if (g.text !== ' ' && g.text !== '\u00a0') {
          out.glyphs.push({
            text: g.text,
            x: trm[4],
            y: trm[5],
            width: g.width * Math.hypot(trm[0], trm[1]),
            size,
            upright,
            seq: this.seq++,
          });
        }
        tm = multiply([1, 0, 0, 1, (g.width * t.size + spacing) * t.scale, 0], tm);
      }
    };
    const adjust = (n: number) => {
      const t = gs.text;
      if (t.font?.vertical) tm = multiply([1, 0, 0, 1, 0, (-n / 1000) * t.size], tm);
      else tm = multiply([1, 0, 0, 1, (-n / 1000) * t.size * t.scale, 0], tm);
    };

    for (;;) {
      const item = parser.nextContent();
      if (item === undefined) break;
      if (!(item instanceof PdfOp)) {
        if (operands.length < 64) operands.push(item);
        continue;
      }
      if (--this.work.operators < 0) throw new PdfLimitError('too many operators');
      switch (item.op) {
        case 'q':
          if (stack.length < MAX_GSTATE_DEPTH) stack.push({ ctm: gs.ctm, text: { ...gs.text } });
          break;
        case 'Q':
          gs = stack.pop() ?? gs;
          break;
        case 'cm':
          if (operands.length >= 6)
            gs.ctm = multiply([num(0), num(1), num(2), num(3), num(4), num(5)], gs.ctm);
          break;
        case 'BT':
          tm = IDENTITY;
          tlm = IDENTITY;
          break;
        case 'ET':
          break;
        case 'Tf': {
          const name = nameOf(operands[0]);
          gs.text.font = name === null ? null : this.font(resources, name);
          gs.text.size = num(1);
          break;
        }
        case 'Tc':
          gs.text.charSpace = num(0);
          break;
        case 'Tw':
          gs.text.wordSpace = num(0);
          break;
        case 'Tz':
          gs.text.scale = num(0) / 100;
          break;
        case 'TL':
          gs.text.leading = num(0);
          break;
        case 'Ts':
          gs.text.rise = num(0);
          break;
        case 'Td':
          nextLine(num(0), num(1));
          break;
        case 'TD':
          gs.text.leading = -num(1);
          nextLine(num(0), num(1));
          break;
        case 'Tm':
          if (operands.length >= 6) {
            tlm = [num(0), num(1), num(2), num(3), num(4), num(5)];
            tm = tlm;
          }
          break;
        case 'T*':
          nextLine(0, -gs.text.leading);
          break;
        case 'Tj':
          if (operands[0] instanceof PdfString) show(operands[0]);
          break;
        case "'":
          nextLine(0, -gs.text.leading);
          if (operands[0] instanceof PdfString) show(operands[0]);
          break;
        case '"':
          gs.text.wordSpace = num(0);
          gs.text.charSpace = num(1);
          nextLine(0, -gs.text.leading);
          if (operands[2] instanceof PdfString) show(operands[2]);
          break;
        case 'TJ':
          for (const part of arrayOf(operands[0]) ?? []) {
            if (part instanceof PdfString) show(part);
            else if (typeof part === 'number') adjust(part);
          }
          break;
        case 'Do':
          this.draw(nameOf(operands[0]), resources, gs, out, forms);
          break;
        case 'BI':
          parser.skipInlineImage();
          out.images++;
          break;
        default:
          break;
      }
      operands.length = 0;
    }
  }

  private draw(
    name: string | null,
    resources: PdfDict | null,
    gs: GState,
    out: PageContent,
    forms: PdfStream[],
  ) {
    if (name === null) return;
    const xobjects = this.doc.dict(resources?.get('XObject'));
    const x = this.doc.resolve(xobjects?.get(name));
    if (!(x instanceof PdfStream)) return;
    const subtype = nameOf(this.doc.resolve(x.dict.get('Subtype')));
    if (subtype === 'Image') {
      out.images++;
      return;
    }
    if (subtype !== 'Form' || forms.includes(x) || forms.length >= MAX_FORM_DEPTH) return;
    const m = (arrayOf(this.doc.resolve(x.dict.get('Matrix'))) ?? []).map((v) => numOf(v));
    const matrix: Matrix = m.length === 6 && m.every((v) => v !== null) ? (m as Matrix) : IDENTITY;
    const own = this.doc.resolve(x.dict.get('Resources'));
    let data: Uint8Array;
    try {
      data = this.doc.streamData(x);
    } catch (e) {
      if (e instanceof PdfLimitError) throw e;
      return;
    }
    this.run(data, isDict(own) ? own : resources, { ctm: multiply(matrix, gs.ctm), text: gs.text }, out, [
      ...forms,
      x,
    ]);
  }
}
