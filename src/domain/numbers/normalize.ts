// Clerks paste numbers from Excel, WPS, web pages and type them through a Chinese IME:
// full-width digits, thousands separators and stray spaces are normal input, not errors.

const FULL_WIDTH_ZERO = 0xff10;
/** Text that normalises to itself: what almost every cell holds, so it skips the walk below. */
const ALREADY_NORMAL = /^[0-9.]*$/;

/** Full-width digits and point to ASCII; drops whitespace (incl. U+3000, NBSP) and thousands separators. */
export function normalizeNumberText(raw: string): string {
  if (ALREADY_NORMAL.test(raw)) return raw;
  let out = '';
  for (const ch of raw) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= FULL_WIDTH_ZERO && code <= FULL_WIDTH_ZERO + 9) out += String(code - FULL_WIDTH_ZERO);
    else if (ch === '．' || ch === '。') out += '.';
    else if (ch === ',' || ch === '，' || ch === '、' || /\s/u.test(ch)) continue;
    else out += ch;
  }
  return out;
}

/** 「/」「-」「—」 (and their look-alikes) written in a cell of a published table mean "none", i.e. 0. */
const DASHES = new Set(['/', '／', '-', '－', '—', '——', '–', '−', '\\', '无']);
export function isDashText(normalized: string): boolean {
  return DASHES.has(normalized);
}
