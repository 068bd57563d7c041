import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeOrganName } from './organ-name';

describe('normalizeOrganName', () => {
  it('treats spacing, full-width letters and brackets as the same organ', () => {
    expect(normalizeOrganName(' 曲阜市人民政府办公室（本级）\u3000')).toBe('曲阜市人民政府办公室(本级)');
    expect(normalizeOrganName('ＸＸ市 教育局')).toBe('XX市教育局');
  });

  it('ignores invisible format characters picked up by copying the name', () => {
    for (const name of [
      '某县\u200b财政局',
      '\ufeff某县财政局',
      '某县财政局\u200e',
      '某\u2060县\u202a财政局\u202c',
      '某县\u00ad财政局',
    ])
      expect(normalizeOrganName(name), escape(name)).toBe('某县财政局');
  });

  it('is idempotent where dropping a space joins a letter and its combining mark', () => {
    for (const name of ['a\u3000\u0301', '\u1100 \u1161', '\u203e', 'e \u0301局']) {
      const once = normalizeOrganName(name);
      expect(normalizeOrganName(once), escape(name)).toBe(once);
    }
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: 'grapheme', maxLength: 4 }),
            fc.constantFrom(' ', '\u3000', '\u0301', '\u1161'),
          ),
          {
            maxLength: 10,
          },
        ),
        (parts) => {
          const once = normalizeOrganName(parts.join(''));
          expect(normalizeOrganName(once)).toBe(once);
        },
      ),
      { numRuns: 500 },
    );
  });
});
