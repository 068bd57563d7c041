// Organ names are typed by hand on different PCs: 「曲阜市人民政府办公室 」 and 「曲阜市人民政府办公室」
// (or with full-width letters/brackets) are the same organ.
const SPACES = /[\s\u3000]+/gu;

export function normalizeOrganName(name: string): string {
  // Dropping a space can bring a base letter next to its combining mark (「a　́」, 「ᄀ ᅡ」), which NFKC
  // then composes, and NFKC can yield a space (「‾」); so both run until nothing changes — the key of
  // a key is the key itself (a few rounds at most).
  let key = name;
  for (let round = 0; round < 4; round++) {
    const next = key.normalize('NFKC').replace(SPACES, '');
    if (next === key) break;
    key = next;
  }
  return key.replace(/[（]/g, '(').replace(/[）]/g, ')');
}
