// Organ names are typed by hand on different PCs: 「曲阜市人民政府办公室 」 and 「曲阜市人民政府办公室」
// (or with full-width letters/brackets) are the same organ.
const SPACES = /[\s\u3000]+/gu;
/**
 * Invisible format characters a name picks up when copied from a web page or a chat (U+200B,
 * U+2060, U+FEFF, direction marks U+200E/F): 「某县\u200b财政局」 was another organ than 「某县财政局」 —
 * listed 未报送 against a 单位名单, never linked to last year's report, summed as a second unit.
 */
const FORMAT_CHARS = /\p{Cf}+/gu;

export function normalizeOrganName(name: string): string {
  // Dropping a space can bring a base letter next to its combining mark (「a　́」, 「ᄀ ᅡ」), which NFKC
  // then composes, and NFKC can yield a space (「‾」); so both run until nothing changes — the key of
  // a key is the key itself (a few rounds at most).
  let key = name;
  for (let round = 0; round < 4; round++) {
    const next = key.normalize('NFKC').replace(SPACES, '').replace(FORMAT_CHARS, '');
    if (next === key) break;
    key = next;
  }
  return key.replace(/[（]/g, '(').replace(/[）]/g, ')');
}
