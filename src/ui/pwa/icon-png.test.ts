import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng, ICON_RED, iconPixels } from './icon-png';

/** Reads back the chunks of a PNG, checking each CRC. */
function chunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; data: Uint8Array }[] = [];
  for (let at = 8; at < png.length; ) {
    const len = view.getUint32(at);
    const type = new TextDecoder().decode(png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + len);
    expect(view.getUint32(at + 8 + len)).toBe(crc32(png.subarray(at + 4, at + 8 + len)));
    out.push({ type, data });
    at += 12 + len;
  }
  return out;
}

describe('icon PNG', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it.each([32, 192])('encodes a %i px icon that decodes back to its pixels', (size) => {
    const pixels = iconPixels(size);
    const png = encodePng(size, pixels);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = new DataView(parts[0]!.data.buffer, parts[0]!.data.byteOffset);
    expect([ihdr.getUint32(0), ihdr.getUint32(4)]).toEqual([size, size]);
    const raw = inflateSync(parts[1]!.data);
    expect(raw.length).toBe(size * (size * 4 + 1));
    const row = 5;
    const line = raw.subarray(row * (size * 4 + 1) + 1, (row + 1) * (size * 4 + 1));
    expect([...line]).toEqual([...pixels.subarray(row * size * 4, (row + 1) * size * 4)]);
  });

  it('paints the corners red and the mark white', () => {
    const size = 64;
    const px = iconPixels(size);
    expect([...px.subarray(0, 4)]).toEqual([...ICON_RED, 255]);
    // the central vertical stroke crosses the long horizontal at (0.54, 0.62)
    const i = (Math.floor(0.62 * size) * size + Math.floor(0.54 * size)) * 4;
    expect([...px.subarray(i, i + 4)]).toEqual([255, 255, 255, 255]);
  });

  it("keeps a maskable icon's mark inside the safe zone", () => {
    const size = 100;
    const px = iconPixels(size, true);
    const safe = (x: number, y: number) => Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) <= size * 0.4;
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) if (!safe(x, y)) expect(px[(y * size + x) * 4]).toBe(ICON_RED[0]);
  });
});
