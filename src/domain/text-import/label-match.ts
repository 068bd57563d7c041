// Tolerant label matching for published texts (SPEC §11): labels arrive with full-width or
// half-width punctuation, spaces inside, other numbering styles (「1.」「1、」「（1）」「①」) and
// typos (a character missing or changed). Labels are compared after normalising all of that
// away, by the longest common subsequence, so a typo costs one character, not the whole label.

/** Numbering at the start of a label: 「一、」「（一）」「1.」「1、」「(1)」 (after NFKC). */
const LEADING_NUMBERING =
  /^\s*(?:\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|[一二三四五六七八九十\d]{1,3}\s*[、.,:])\s*/u;

const NUMERALS = '一二三四五六七八九十';

/**
 * The value of a label's own numbering (「3.」「3、」「（三）」「三、」 → 3), or null when it has none or
 * one of more than one digit or numeral (no row label of the format is numbered past 9).
 */
export function labelNumbering(text: string): number | null {
  const m = LEADING_NUMBERING.exec(text.normalize('NFKC'));
  if (!m) return null;
  const core = m[0].replace(/[\s()、.,:]/gu, '');
  if (/^\d$/u.test(core)) return Number(core);
  const at = NUMERALS.indexOf(core);
  return core.length === 1 && at >= 0 ? at + 1 : null;
}

/**
 * Comparable form of a label: NFKC, numbering dropped, only letters and digits kept, and 「其它」
 * as 「其他」 (both are in use: 「（七）其它处理」「其它结果」 print the same row).
 */
export function normalizeLabel(text: string): string {
  const nfkc = text.normalize('NFKC');
  return nfkc
    .replace(LEADING_NUMBERING, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/其它/gu, '其他');
}

/** The label with parenthesised notes removed: 「（二）部分公开（区分处理的，…）」 → 「部分公开」. */
export function withoutNotes(label: string): string {
  return label
    .normalize('NFKC')
    .replace(LEADING_NUMBERING, '')
    .replace(/\([^()]*\)/g, '');
}

/** Forms a label may be published in (full label, and without its parenthesised note), normalised. */
export function labelForms(label: string): string[] {
  const full = normalizeLabel(label);
  const short = normalizeLabel(withoutNotes(label));
  return short && short !== full ? [full, short] : [full];
}

/** Length of the longest common subsequence (one row of the classic table). */
export function lcsLength(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  const row = new Int32Array(b.length + 1);
  for (let i = 0; i < a.length; i++) {
    const ca = a.charCodeAt(i);
    let diagonal = 0;
    for (let j = 0; j < b.length; j++) {
      const above = row[j + 1]!;
      row[j + 1] = ca === b.charCodeAt(j) ? diagonal + 1 : Math.max(above, row[j]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** 0…1: LCS over the longer length, so both a missing and an extra character cost one. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 0 : lcsLength(a, b) / longer;
}

/** Upper bound of `similarity` from the lengths alone, to prune before the LCS table. */
export function similarityBound(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 0 : Math.min(a.length, b.length) / longer;
}

/** 0…1: how much of `label` appears, in order, in `text` (for headings with extra words). */
export function coverage(text: string, label: string): number {
  return label.length === 0 ? 0 : lcsLength(text, label) / label.length;
}

/** Best similarity of an already-normalised text to any of the forms. */
export function bestSimilarity(text: string, forms: readonly string[], floor = 0): number {
  let best = 0;
  for (const form of forms) {
    if (similarityBound(text, form) <= Math.max(best, floor)) continue;
    best = Math.max(best, similarity(text, form));
  }
  return best;
}
