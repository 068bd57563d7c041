// Issue 16, item 6: a .docx of a few hundred KB whose document.xml inflates to 100 MB. Its
// declared sizes are checked before anything is inflated, and a file that lies about them is
// stopped while inflating, at the limit.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocxLimitError, readDocxParts, rezip } from './docx-zip';
import { bombDocx, plainDocx, withDeclaredSize } from './test-docx';

const MB = 1024 * 1024;
const LIMIT = 20 * MB;
const bomb = bombDocx(100);

function refusal(bytes: Uint8Array, limit = LIMIT): DocxLimitError | undefined {
  try {
    readDocxParts(bytes, limit);
    return undefined;
  } catch (e) {
    if (e instanceof DocxLimitError) return e;
    throw e;
  }
}

/** The offset of an entry's compressed data (through its local header). */
function dataOffset(zip: Uint8Array, name: string): number {
  const text = new TextDecoder('latin1').decode(zip);
  const header = text.indexOf(`PK\x03\x04`, text.indexOf(name) - 30 - 5);
  const view = new DataView(zip.buffer, zip.byteOffset);
  return header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
}

describe('readDocxParts', () => {
  it('the hostile file is small on disk and really inflates to 100 MB', () => {
    expect(bomb.length).toBeLessThan(400 * 1024);
    expect(unzipSync(bomb)['word/document.xml']!.length).toBeGreaterThan(100 * MB);
  });

  it('refuses a file whose declared sizes pass the limit, before inflating anything', () => {
    // The compressed data is wrecked: had it been inflated, the refusal would be 'invalid'.
    const wrecked = bomb.slice();
    const at = dataOffset(wrecked, 'word/document.xml');
    wrecked.fill(0xff, at, at + 64);
    expect(refusal(wrecked)?.kind).toBe('too-large');
  });

  it('stops inflating at the limit when the file declares 1 KB', () => {
    const liar = withDeclaredSize(bomb, 'word/document.xml', 1024);
    expect(refusal(liar)?.kind).toBe('too-large');
    // the same file under a limit above its real size is read in full: the limit is what stopped it
    expect(refusal(withDeclaredSize(bombDocx(3), 'word/document.xml', 1024), 4 * MB)).toBeUndefined();
    expect(refusal(withDeclaredSize(bombDocx(3), 'word/document.xml', 1024), 2 * MB)?.kind).toBe('too-large');
  });

  it('reads a plain .docx: every text part inflated, the result a zip of exactly those parts', () => {
    const docx = plainDocx('曲阜市人民政府办公室\n2021年');
    const parts = readDocxParts(docx, LIMIT);
    expect(parts.map((p) => p.name).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
    ]);
    const again = unzipSync(rezip(parts));
    expect(new TextDecoder().decode(again['word/document.xml'])).toContain('曲阜市人民政府办公室');
  });

  it('leaves parts other than XML empty (images are never inflated)', () => {
    const withImage = rezip([
      ...readDocxParts(plainDocx('正文'), LIMIT),
      { name: 'word/media/image1.png', data: new Uint8Array(5 * MB) },
    ]);
    const parts = readDocxParts(withImage, MB);
    expect(parts.find((p) => p.name === 'word/media/image1.png')?.data.length).toBe(0);
  });

  it('refuses what is no zip, or a truncated one, as invalid', () => {
    expect(refusal(new TextEncoder().encode('PK\x03\x04 not really a zip'))?.kind).toBe('invalid');
    const docx = plainDocx('正文');
    const at = dataOffset(docx, 'word/document.xml');
    const cut = withDeclaredSize(docx, 'word/document.xml', 1);
    cut.fill(0xff, at, at + 8);
    expect(refusal(cut)?.kind).toBe('invalid');
  });
});
