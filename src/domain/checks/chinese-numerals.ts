// Counts written in Chinese numerals in report narratives: 「二十三件」「一百零五件」「两件」「十件」,
// and digit-by-digit forms such as 「二〇二一」. Plain TypeScript, no tables beyond the digits.

const DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Every character that can occur in a numeral (for building scanners). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** The value of a Chinese numeral, or null if the text is not one. */
export function parseChineseNumeral(text: string): number | null {
  if (text === '') return null;
  const hasUnit = [...text].some((ch) => ch in SMALL_UNIT || ch in BIG_UNIT);
  if (!hasUnit) {
    // 「二〇二一」: positional digits. A lone digit is just itself.
    let v = 0;
    for (const ch of text) {
      const d = DIGIT[ch];
      if (d === undefined) return null;
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0; // completed 万/亿 groups
  let section = 0; // within the current group (below 万)
  let digit: number | null = null; // a digit waiting for its unit
  let lastSmall = Number.POSITIVE_INFINITY; // units inside a section must decrease: 千 > 百 > 十
  let lastBig = Number.POSITIVE_INFINITY;
  for (const ch of text) {
    const d = DIGIT[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null; // 「二三」 inside a unit numeral
      digit = d;
      continue;
    }
    const small = SMALL_UNIT[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      let mult = digit;
      if (mult === null || mult === 0) {
        // 「十五」 = 15, 「一百零十」 = 110: only 十 may stand without its digit, meaning one.
        if (small !== 10 || (mult === null && section !== 0)) return null;
        mult = 1;
      }
      section += mult * small;
      lastSmall = small;
      digit = null;
      continue;
    }
    const big = BIG_UNIT[ch];
    if (big !== undefined) {
      if (big >= lastBig) return null;
      section += digit ?? 0;
      if (section === 0) return null;
      total += section * big;
      section = 0;
      digit = null;
      lastSmall = Number.POSITIVE_INFINITY;
      lastBig = big;
      continue;
    }
    return null;
  }
  return total + section + (digit ?? 0);
}

/** A count as written in a narrative: ASCII or full-width digits (with separators), or Chinese. */
export function parseCountToken(text: string): number | null {
  let ascii = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0x30 && code <= 0x39) ascii += ch;
    else if (code >= 0xff10 && code <= 0xff19) ascii += String(code - 0xff10);
    else if (ch === ',' || ch === '，') continue;
    else return parseChineseNumeral(text);
  }
  return ascii === '' ? null : Number(ascii);
}
