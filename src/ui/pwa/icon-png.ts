// The app icons, drawn in code so they can be regenerated without an image editor or a font
// renderer: a 中国红 (#b3261e, the app's --accent) square with a white mark built from strokes
// that suggest 「年」. Encoded as an 8-bit RGBA PNG with node:zlib (PNG spec, ISO/IEC 15948:
// signature, IHDR, IDAT of filter-type-0 scanlines, IEND; each chunk sealed with a CRC-32).

import { deflateSync } from 'node:zlib';
import { concatBytes } from '../../domain/concat-bytes';

type Rgb = readonly [number, number, number];
export const ICON_RED: Rgb = [0xb3, 0x26, 0x1e];
const WHITE: Rgb = [0xff, 0xff, 0xff];

/** Strokes of the mark in a unit square (x right, y down): [x1, y1, x2, y2]. */
const STROKES: readonly (readonly [number, number, number, number])[] = [
  [0.34, 0.14, 0.22, 0.34], // the short falling stroke at the top left
  [0.3, 0.23, 0.78, 0.23], // first horizontal
  [0.3, 0.42, 0.72, 0.42], // second horizontal
  [0.3, 0.42, 0.3, 0.62], // short vertical on the left
  [0.16, 0.62, 0.84, 0.62], // long horizontal
  [0.54, 0.23, 0.54, 0.88], // the central vertical
];
const STROKE_HALF_WIDTH = 0.045;

function distanceToSegment(
  px: number,
  py: number,
  [x1, y1, x2, y2]: readonly [number, number, number, number],
) {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}

/**
 * RGBA pixels of the icon. `safeZone` shrinks the mark into the central 80 % circle that a
 * maskable icon must keep visible (W3C Web App Manifest, "icon masks").
 */
export function iconPixels(size: number, safeZone = false): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const scale = safeZone ? 0.72 : 1;
  const offset = (1 - scale) / 2;
  const samples = 4; // 4×4 supersampling smooths the strokes' edges
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let inside = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = ((x + (sx + 0.5) / samples) / size - offset) / scale;
          const v = ((y + (sy + 0.5) / samples) / size - offset) / scale;
          if (STROKES.some((s) => distanceToSegment(u, v, s) <= STROKE_HALF_WIDTH)) inside++;
        }
      }
      const a = inside / (samples * samples);
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) px[i + c] = Math.round(ICON_RED[c]! * (1 - a) + WHITE[c]! * a);
      px[i + 3] = 255;
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Encodes square RGBA pixels as a PNG file. */
export function encodePng(size: number, rgba: Uint8Array): Uint8Array {
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, size);
  v.setUint32(4, size);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, filter 0, no interlace
  const raw = new Uint8Array(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter type None
    raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', new Uint8Array(deflateSync(raw, { level: 9 }))),
    chunk('IEND', new Uint8Array(0)),
  ];
  return concatBytes(parts);
}

/** The icon files of the web app manifest (public/icons/), by file name. */
export const ICON_FILES: readonly { name: string; size: number; maskable: boolean }[] = [
  { name: 'icon-192.png', size: 192, maskable: false },
  { name: 'icon-512.png', size: 512, maskable: false },
  { name: 'maskable-512.png', size: 512, maskable: true },
  { name: 'apple-touch-icon-180.png', size: 180, maskable: true },
  { name: 'favicon-32.png', size: 32, maskable: false },
];
