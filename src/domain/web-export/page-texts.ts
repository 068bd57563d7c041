// The texts of a page of 「导出网页版」 read by its own structure (web-page.ts reportArticle): the
// preamble between the title and 「一、总体情况」, and every sub-item under its heading, each heading a
// line of its own in a fixed order. The published-report importer looks for sub-item markers inside
// running text too (real reports run them together), so a paragraph that mentions 「（三）」 could be
// cut there; on this page nothing is run together, and a paragraph belongs to the heading above it.
import { NARRATIVE_PARTS, type NarrativePart } from '../report/keys';
import { NARRATIVE_LABELS, PART_TITLES, type PartKey } from '../report/labels';
import { PROBLEMS_HEADINGS } from './web-page';

export type PageTexts = {
  /** null when the page's title line was not found (the article pasted without it) */
  preamble: string | null;
  narratives: { [P in NarrativePart]: Record<string, string> };
};

type Marker = { line: string; target: string | null };

/** Every heading line of the article in order, and whose text follows it (null: a table's lines). */
const MARKERS: Marker[] = (Object.keys(PART_TITLES) as PartKey[]).flatMap((part): Marker[] => {
  if (!(NARRATIVE_PARTS as readonly string[]).includes(part))
    return [{ line: PART_TITLES[part], target: null }];
  const labels = NARRATIVE_LABELS[part as NarrativePart];
  const keys = Object.keys(labels);
  return [
    { line: PART_TITLES[part], target: keys.includes('intro') ? `${part}.intro` : null },
    ...keys
      .filter((k) => k !== 'intro')
      .map((key) => ({
        line: part === 'problems' ? (PROBLEMS_HEADINGS[key] ?? labels[key]!) : labels[key]!,
        target: `${part}.${key}`,
      })),
  ];
});

/**
 * `lines`: the page's text up to its 「报告信息」; `titleAt`: the line of its title, -1 if none. Null
 * when a heading is missing or out of order (not this page's structure, or edited in the CMS).
 */
export function readPageTexts(lines: readonly string[], titleAt: number): PageTexts | null {
  const texts = new Map<string, string[]>();
  let next = 0;
  let target: string | null = titleAt >= 0 ? 'preamble' : null;
  for (const raw of lines.slice(titleAt + 1)) {
    const line = raw.trim();
    if (line === '') continue;
    if (next < MARKERS.length && line === MARKERS[next]!.line) {
      target = MARKERS[next]!.target;
      next++;
      continue;
    }
    if (target !== null) texts.set(target, [...(texts.get(target) ?? []), line]);
  }
  if (next < MARKERS.length) return null;
  const textOf = (id: string) => (texts.get(id) ?? []).join('\n');
  const narratives = Object.fromEntries(
    NARRATIVE_PARTS.map((part) => [
      part,
      Object.fromEntries(Object.keys(NARRATIVE_LABELS[part]).map((key) => [key, textOf(`${part}.${key}`)])),
    ]),
  ) as PageTexts['narratives'];
  return { preamble: titleAt >= 0 ? textOf('preamble') : null, narratives };
}
