// Where a PDF puts ink: each page rendered to a greyscale bitmap with poppler's `pdftoppm`
// (poppler-utils), so borders and rules, which are not text, can be measured too.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type InkPage = {
  number: number;
  /** pixels per millimetre */
  scale: number;
  width: number;
  height: number;
  /** greyscale 0 (black) … 255 (white), row by row */
  grey: Uint8Array;
};

/** Pixels darker than this count as ink: black text and borders, not the faint red 「草稿」 mark. */
export const INK = 128;

function readPgm(buf: Buffer): { width: number; height: number; grey: Uint8Array } {
  // Binary PGM: "P5", width, height, maxval, one whitespace byte, then the pixels.
  let pos = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[pos] ?? 0))) pos++;
    if (buf[pos] === 0x23) {
      while (buf[pos] !== 0x0a) pos++;
      continue;
    }
    let f = '';
    while (pos < buf.length && !/\s/.test(String.fromCharCode(buf[pos] ?? 0)))
      f += String.fromCharCode(buf[pos++] ?? 0);
    fields.push(f);
  }
  if (fields[0] !== 'P5' || fields[3] !== '255')
    throw new Error(`pdftoppm: unexpected PGM header ${fields.join(' ')}`);
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { width, height, grey: new Uint8Array(buf.subarray(pos + 1, pos + 1 + width * height)) };
}

export function readPdfInk(path: string, dpi = 100): InkPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-ink-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', path, join(dir, 'p')]);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)?.[1]) - Number(/(\d+)\.pgm$/.exec(b)?.[1]));
    return files.map((f, i) => ({
      number: i + 1,
      scale: dpi / 25.4,
      ...readPgm(readFileSync(join(dir, f))),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type Box = { x0: number; y0: number; x1: number; y1: number };

/**
 * The bounding box (mm) of the ink inside `within` (mm), or null when there is none; ink in the
 * horizontal bands `skip` (mm from the top) is left out.
 */
export function inkBox(
  page: InkPage,
  within?: Box,
  skip: readonly { y0: number; y1: number }[] = [],
): Box | null {
  const { scale, width, height, grey } = page;
  const px0 = Math.max(0, Math.floor((within?.x0 ?? 0) * scale));
  const py0 = Math.max(0, Math.floor((within?.y0 ?? 0) * scale));
  const px1 = Math.min(width, Math.ceil((within?.x1 ?? width / scale) * scale));
  const py1 = Math.min(height, Math.ceil((within?.y1 ?? height / scale) * scale));
  let box: Box | null = null;
  for (let y = py0; y < py1; y++) {
    if (skip.some((b) => y >= b.y0 * scale && y < b.y1 * scale)) continue;
    for (let x = px0; x < px1; x++) {
      if ((grey[y * width + x] ?? 255) >= INK) continue;
      if (!box) box = { x0: x, y0: y, x1: x + 1, y1: y + 1 };
      else {
        box.x0 = Math.min(box.x0, x);
        box.x1 = Math.max(box.x1, x + 1);
        box.y0 = Math.min(box.y0, y);
        box.y1 = Math.max(box.y1, y + 1);
      }
    }
  }
  return box && { x0: box.x0 / scale, y0: box.y0 / scale, x1: box.x1 / scale, y1: box.y1 / scale };
}

/**
 * A pixel of a rule: lighter than INK, as a thin border is where it falls across two pixel columns
 * (Firefox's tables' right border, 0.75 px at 100 dpi: grey 165, neither column darker than INK).
 * No glyph, watermark or shading draws a run this long (see verticalRules).
 */
const RULE_INK = 200;

/**
 * Vertical rules at least `minLength` mm long (table borders; no glyph is that tall), as their x
 * position and extent in mm.
 */
export function verticalRules(page: InkPage, minLength = 15): { x: number; y0: number; y1: number }[] {
  const { scale, width, height, grey } = page;
  const min = minLength * scale;
  const rules: { x: number; y0: number; y1: number }[] = [];
  for (let x = 0; x < width; x++) {
    let start = -1;
    for (let y = 0; y <= height; y++) {
      const dark = y < height && (grey[y * width + x] ?? 255) < RULE_INK;
      if (dark && start < 0) start = y;
      if (!dark && start >= 0) {
        if (y - start >= min) rules.push({ x: x / scale, y0: start / scale, y1: y / scale });
        start = -1;
      }
    }
  }
  return rules;
}
