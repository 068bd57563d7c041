// A corpus report as the blocks of a published page, in order: title, preamble, the six parts
// (headings, paragraphs, tables), the 落款. Every renderer (renderers/*) prints these blocks.
import { OTHER_MATTERS_KEYS, OVERVIEW_KEYS } from '../report/keys';
import { OTHER_MATTERS_LABELS, OVERVIEW_LABELS, PART_TITLES } from '../report/labels';
import type { CorpusReport } from './corpus-types';
import { type GridRow, nationalTables } from './national-grid';

export type TablePart = 'proactive' | 'applications' | 'appeals';
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string; level: 'part' | 'item' }
  | { kind: 'para'; text: string }
  | { kind: 'table'; part: TablePart; rows: GridRow[] }
  | { kind: 'signature'; organ: string; date: string };

const paras = (text: string): Block[] =>
  text
    .split('\n')
    .filter((t) => t.trim() !== '')
    .map((t) => ({ kind: 'para', text: t }));

const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

export function documentOf(r: CorpusReport): Block[] {
  const tables = nationalTables(r.numbers);
  const blocks: Block[] = [
    { kind: 'title', text: r.title },
    ...r.preamble.map((t) => ({ kind: 'para' as const, text: t })),
  ];
  const layout = r.layout ?? {};
  blocks.push({ kind: 'heading', text: PART_TITLES.overview, level: 'part' }, ...paras(r.overview.intro));
  for (const k of OVERVIEW_KEYS) {
    if (k === 'intro') continue;
    const heading = layout.overviewHeadings?.[k] ?? OVERVIEW_LABELS[k];
    if (layout.overviewInline === undefined)
      blocks.push({ kind: 'heading', text: heading, level: 'item' }, ...paras(r.overview[k]));
    else {
      // 「（一）主动公开情况。全年……」: the heading opens the sub-item's first paragraph.
      const [first = '', ...rest] = paras(r.overview[k]).map((b) => (b.kind === 'para' ? b.text : ''));
      blocks.push(
        { kind: 'para', text: `${heading}${layout.overviewInline}${first}` },
        ...paras(rest.join('\n')),
      );
    }
  }
  for (const part of ['proactive', 'applications', 'appeals'] as const)
    blocks.push(
      { kind: 'heading', text: PART_TITLES[part], level: 'part' },
      { kind: 'table', part, rows: tables[part] },
    );
  const [problemsHeading, improvementsHeading] = layout.problemsHeadings ?? [];
  blocks.push(
    { kind: 'heading', text: PART_TITLES.problems, level: 'part' },
    ...(problemsHeading ? [{ kind: 'heading' as const, text: problemsHeading, level: 'item' as const }] : []),
    ...paras(r.problems.problems),
    ...(improvementsHeading
      ? [{ kind: 'heading' as const, text: improvementsHeading, level: 'item' as const }]
      : []),
    ...paras(r.problems.improvements),
  );
  blocks.push({ kind: 'heading', text: PART_TITLES.otherMatters, level: 'part' });
  if (layout.otherMattersUnmarked)
    blocks.push({ kind: 'para', text: OTHER_MATTERS_KEYS.map((k) => r.otherMatters[k]).join('') });
  else
    for (const k of OTHER_MATTERS_KEYS) {
      const label = OTHER_MATTERS_LABELS[k];
      const marker = label.slice(0, 3);
      const text = r.otherMatters[k];
      // 「（一）信息处理费收取情况：本年度…」 or only 「（一）本年度…」, as reports print them.
      blocks.push({ kind: 'para', text: r.otherMattersHeadings ? `${label}：${text}` : `${marker}${text}` });
    }
  if (r.publishDate)
    blocks.push({
      kind: 'signature',
      organ: r.agencyName,
      date: r.publishDateText ?? chineseDate(r.publishDate),
    });
  return blocks;
}
