// Organ names are typed by hand on different PCs: 「曲阜市人民政府办公室 」 and 「曲阜市人民政府办公室」
// (or with full-width letters/brackets) are the same organ.
export function normalizeOrganName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000]+/gu, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')');
}
