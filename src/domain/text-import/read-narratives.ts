// The narrative parts (SPEC §2): part 一 by its sub-items （一）…（五） (text before them is the
// optional 总述 `intro`), part 五 into 问题 and 改进措施, part 六 by its sub-items （一）…（七）.
// Sub-items are found by their markers, in order; a marker that skips ahead must also carry
// (most of) its heading, so a nested 「（二）」 inside a sub-item's text is not taken for one.

import { OTHER_MATTERS_TOPICS } from '../checks/other-matters-topics';
import { OTHER_MATTERS_KEYS, type OtherMattersKey, OVERVIEW_KEYS, type OverviewKey } from '../report/keys';
import { OTHER_MATTERS_LABELS, OVERVIEW_LABELS, PROBLEMS_LABELS } from '../report/labels';
import type { OtherMatters, Overview, Problems } from '../report/report-schema';
import { isolateInlineItems } from './inline-items';
import { normalizeLabel } from './label-match';
import {
  contentLines,
  headingCoverage,
  isBareHeading,
  namedSubItem,
  stripHeading,
  subItemMarker,
  unpadded,
} from './narrative-lines';
import { saysNothingToReport } from './nothing-to-report';
import { isAuthoredImprovements } from './sections';

const HEADING_MATCH = 0.6;
const join = (lines: readonly string[]) => lines.join('\n');

/** A marked sub-item as found: the key its number (or its heading) gave, its marked line and its text. */
type MarkedItem<K extends string> = { key: K; line: string; heading: string; lines: string[] };

/**
 * The words that make a sub-item's heading one sub-item's and no other's (part 一: 「（二）加强主动公开」 is the
 * 主动公开 item wherever it is numbered, after an item of the author's own such as 「（一）健全组织体系」).
 */
const OVERVIEW_CLAIMS: Partial<Record<OverviewKey, RegExp>> = {
  proactive: /主动公开/u,
  onRequest: /依申请/u,
  management: /管理/u,
  platforms: /平台/u,
  oversight: /监督|保障/u,
};

/** The short heading a marked line opens with (before 「。」「：」), or null for a sentence. */
function markedHeading(rest: string): string | null {
  const sep = rest.search(/[。：:；;，,]/u);
  const head = normalizeLabel(sep < 0 ? rest : rest.slice(0, sep));
  return head.length >= 2 && head.length <= 24 && !/[0-9０-９]/u.test(head) ? head : null;
}

/**
 * Each item where its heading's own words say (`claims`): an item whose heading claims exactly one key
 * goes there; one that claims none keeps its number's key unless another item claims it, else it joins
 * the item before it (or the text before the first, for the first), its heading kept — never dropped.
 */
function placeByClaims<K extends string>(
  items: readonly MarkedItem<K>[],
  claims: Partial<Record<K, RegExp>>,
  labels: Record<K, string>,
  first: string[],
): Partial<Record<K, string[]>> {
  const claimOf = (item: MarkedItem<K>): K | null => {
    const head = markedHeading(item.heading);
    if (head === null) return null;
    const keys = (Object.keys(claims) as K[]).filter((k) => claims[k]!.test(head));
    return keys.length === 1 ? keys[0]! : null;
  };
  const claimed = items.map(claimOf);
  const texts: Partial<Record<K, string[]>> = {};
  let previous: K | null = null;
  items.forEach((item, k) => {
    const own = claimed[k];
    const taken = claimed.some((c, j) => j !== k && c === item.key);
    const key = own ?? (taken ? previous : item.key);
    if (key === null) {
      first.push(item.line, ...item.lines.slice(1));
      return;
    }
    const moved = key !== item.key;
    const rest = moved ? stripHeading(item.heading, labels[key]) : null;
    const lines = moved
      ? own !== null
        ? [...(rest ? [rest] : []), ...item.lines.slice(1)]
        : [item.line, ...item.lines.slice(1)]
      : item.lines.filter((l, i) => i > 0 || l !== '');
    texts[key] = [...(texts[key] ?? []), ...lines];
    previous = key;
  });
  return texts;
}

/** Splits lines into sub-items by markers （一）…; `first` collects the lines before any marker. */
function splitByMarkers<K extends string>(
  lines: readonly string[],
  keys: readonly K[],
  labels: Record<K, string>,
  first: string[],
  ownOrder = false,
  claims?: Partial<Record<K, RegExp>>,
): { texts: Partial<Record<K, string[]>>; markers: number } {
  const texts: Partial<Record<K, string[]>> = {};
  const items: MarkedItem<K>[] = [];
  let current: string[] = first;
  let last = 0;
  let markers = 0;
  let itemLines: string[] | null = null;
  for (const line of contentLines(lines)) {
    const m = subItemMarker(line, { arabic: true });
    const numbered = m ? keys[m.n - 1] : undefined;
    // A heading that names another sub-item than its number (the author's own order) is that one's.
    const named = ownOrder && m && !m.arabic ? namedSubItem(m.rest, numbered, keys, labels) : null;
    const key = named !== null && texts[named] === undefined ? named : numbered;
    // 「2.依申请公开」 numbers a sub-item only when its heading follows; 「2.制度建设」 is a list.
    const headed = (k: K) => m !== null && (!m.arabic || stripHeading(m.rest, labels[k]) !== m.rest);
    if (
      m &&
      key !== undefined &&
      m.n > last &&
      headed(key) &&
      (m.n === last + 1 || headingCoverage(m.rest, labels[key]) >= HEADING_MATCH)
    ) {
      last = m.n;
      markers++;
      current = texts[key] ?? [];
      texts[key] = current;
      const rest = stripHeading(m.rest, labels[key]);
      // The item's own lines (its first is what stands after the heading), for placeByClaims.
      const item: MarkedItem<K> = { key, line, heading: m.rest, lines: [rest] };
      items.push(item);
      if (rest) current.push(rest);
      itemLines = item.lines;
      continue;
    }
    current.push(line);
    itemLines?.push(line);
  }
  if (claims && items.length > 0) {
    return { texts: placeByClaims(items, claims, labels, first), markers };
  }
  return { texts, markers };
}

export function readOverview(padded: readonly string[]): Overview {
  const lines = unpadded(padded);
  const subKeys = OVERVIEW_KEYS.filter((k): k is Exclude<OverviewKey, 'intro'> => k !== 'intro');
  const intro: string[] = [];
  const inline = isolateInlineItems(lines, {
    labels: subKeys.map((k) => OVERVIEW_LABELS[k]),
    listAfterSentence: false,
    ownOrder: true,
  });
  const { texts } = splitByMarkers(inline, subKeys, OVERVIEW_LABELS, intro, true, OVERVIEW_CLAIMS);
  const out = { intro: join(intro) } as Overview;
  for (const k of subKeys) out[k] = join(texts[k] ?? []);
  return out;
}

export function readOtherMatters(padded: readonly string[]): { texts: OtherMatters; warnings: string[] } {
  const lines = unpadded(padded);
  const before: string[] = [];
  const inline = isolateInlineItems(lines, {
    labels: OTHER_MATTERS_KEYS.map((k) => OTHER_MATTERS_LABELS[k]),
    listAfterSentence: true,
  });
  const { texts, markers } = splitByMarkers(inline, OTHER_MATTERS_KEYS, OTHER_MATTERS_LABELS, before, true);
  const warnings: string[] = [];
  const out = Object.fromEntries(OTHER_MATTERS_KEYS.map((k) => [k, join(texts[k] ?? [])])) as OtherMatters;
  const byTopic = markers === 0 ? splitByTopics(before) : null;
  if (byTopic) {
    warnings.push('第六部分未按（一）至（七）分项，已按内容分到各项，请核对。');
    return { texts: { ...out, ...byTopic }, warnings };
  }
  const nothing = markers === 0 ? join(contentLines(before)).trim() : '';
  // 「无其他需要报告的事项。」 in any wording (nothing-to-report.ts), also 「无其 他…」 spaced out as a
  // distributed cell prints it.
  if (saysNothingToReport(nothing)) {
    // The whole part answers 「无」: so does each of its sub-items (the format requires every one);
    // the printed sentence stays in 其他事项.
    for (const k of OTHER_MATTERS_KEYS) out[k] = k === 'otherItems' ? nothing : '无。';
    warnings.push(`第六部分全文为「${nothing}」，未分项，已按各项均为「无」导入，请核对。`);
    return { texts: out, warnings };
  }
  if (before.length > 0) {
    // No sub-item markers (the 2019 layout prescribes none) or text ahead of the first one.
    const target: OtherMattersKey =
      markers === 0 ? 'otherItems' : (OTHER_MATTERS_KEYS.find((k) => texts[k]) ?? 'otherItems');
    out[target] = join([...before, ...(out[target] ? [out[target]] : [])]);
    warnings.push(
      markers === 0
        ? `第六部分未按（一）至（七）分项，全文已导入「${OTHER_MATTERS_LABELS.otherItems}」，请核对。`
        : `第六部分开头有未编号的文字，已并入「${OTHER_MATTERS_LABELS[target]}」，请核对。`,
    );
  }
  return { texts: out, warnings };
}

/** 「本局无其他需要说明的情况。」 among other sentences: the 其他事项 item in any wording (not a bare 「无。」). */
const otherNothing = (sentence: string) => /其[他它]/u.test(sentence) && saysNothingToReport(sentence);

/**
 * Part 六 without markers, cut into its sub-items by what each sentence is about
 * (other-matters-topics.ts), in the order of the format; null unless at least two items are told,
 * or the fee statement alone.
 */
function splitByTopics(lines: readonly string[]): Partial<OtherMatters> | null {
  const text = join(contentLines(lines));
  const sentences = text.split(/(?<=[。；;！？!?\n])/u).filter((t) => t.trim() !== '');
  let current = -1;
  const parts = new Map<number, string[]>();
  const pending: string[] = [];
  for (const sentence of sentences) {
    const topic = OTHER_MATTERS_KEYS.findIndex(
      (k, i) =>
        i > current &&
        (OTHER_MATTERS_TOPICS[k]?.test(sentence) || (k === 'otherItems' && otherNothing(sentence))),
    );
    if (topic > current) current = topic;
    if (current < 0) pending.push(sentence);
    else parts.set(current, [...(parts.get(current) ?? []), sentence]);
  }
  // One item told: only the fee statement stands alone (「2022年，本局未收取信息处理费。」, the one
  // thing many organs report in part 六) — taken for 其他事项 it left （一） empty; a lone sentence on
  // another topic may only touch it (「创新」「提案」 in passing) and stays there.
  const fees = OTHER_MATTERS_KEYS.indexOf('processingFees');
  if (parts.size === 1 && parts.has(fees) && pending.length === 0)
    return { processingFees: parts.get(fees)!.join('').trim() };
  if (parts.size < 2) return null;
  const first = Math.min(...parts.keys());
  parts.set(first, [...pending, ...parts.get(first)!]);
  return Object.fromEntries([...parts].map(([k, v]) => [OTHER_MATTERS_KEYS[k]!, v.join('').trim()]));
}

/**
 * Where the improvement measures begin in part 五. Published reports rarely label them; they
 * open with phrases such as 「针对上述不足，…」「下一步，…」「在今后的工作中，…」「2022年，…将…」
 * (「在2020年的…工作中，我街道将…」; the year also in full-width digits, 「２０２２年」, or with a space before 年 as pypdf and PDFium
 * copy a PDF's digits beside Chinese: 「2020 年，我们将…」, or with a thousands separator: 「2,020年」),
 * or with its purpose: 「为继续做好政务公开工作，…将…」 (平潭金井片区 2021), or 「我局将继续…」 (平潭金井片区 2020)
 * — any organ or 我们 as the subject (「我区政府办将加强…」「我们将进一步…」) and 将 followed by a verb of
 * intent, never 将 alone (「我局将公开工作纳入考核」 uses 将 as 把), or a plan (「我们计划…」「本单位拟…」)
 * — or 「新的一年/明年，…将…」, 「后续，…」「下步，…」.
 */
const IMPROVEMENT_OPENING =
  '(?:针对|(?:在|接下来的?)?(?:下一步|下步|下一阶段|下阶段|今后)|接下来|后续|为此|对此|改进措施|改进情况|整改措施|整改情况|(?:在[ \\u3000]?)?(?:[0-9０-９]{4}|[0-9],[0-9]{3})[ \\u3000]?年[^。]{0,20}将|为[^。，,；;]{2,20}[，,][^。]{0,30}将|(?:新的一年|明年|来年)[^。]{0,20}将|(?:我们|[我本][\\u4e00-\\u9fff]{1,6}?)(?:将(?:继续|进一步|持续|不断|着力|重点|切实|全面|努力|加强|强化|深入|认真|严格|大力|积极|坚持|扎实|加大|加快|推动|完善)|计划(?!性)|拟(?![定稿])|打算))';
const IMPROVEMENT_OPENINGS = new RegExp(`^${IMPROVEMENT_OPENING}`, 'u');
/** The same opening inside a paragraph, after a sentence (a page saved as one line). */
const IMPROVEMENT_OPENING_INSIDE = new RegExp(`[。；](?=\\s*${IMPROVEMENT_OPENING})`, 'u');

/** How reports head the second sub-item of part 五 (the part's title says 「改进情况」). */
const PROBLEMS_HEADINGS = [
  '（二）改进情况',
  `（二）${PROBLEMS_LABELS.improvements}`,
  '（二）整改情况',
  '（二）整改措施',
];

function isImprovementsHeading(rest: string): boolean {
  return (
    headingCoverage(rest, PROBLEMS_LABELS.improvements) >= HEADING_MATCH ||
    /改进|整改/u.test(rest.slice(0, 12))
  );
}

const isProblemsHeading = (rest: string): boolean =>
  headingCoverage(rest, PROBLEMS_LABELS.problems) >= HEADING_MATCH ||
  stripHeading(rest, PROBLEMS_LABELS.problems) !== rest;

/**
 * Part 五 with its improvements first (上海市人民政府办公厅 2025: 「（一）2024年工作中存在问题的改进情况」
 * then 「（二）2025年工作中存在的主要问题」): each sub-item's text goes where its heading says, not by
 * its place. Only when the first line is a marked improvements heading and the next marker heads the
 * problems (not the improvements too); null otherwise.
 */
function improvementsFirst(all: readonly string[]): Problems | null {
  const first = subItemMarker(all[0] ?? '');
  // 「（一）2024年工作中存在问题的改进情况」: a bare heading that ends on the improvements
  const names = (rest: string) =>
    isImprovementsHeading(rest) || /(?:改进|整改)(?:情况|措施|举措)?$/u.test(rest.trim());
  const bare = (rest: string) => !/[。；;，,：:]/u.test(rest) && normalizeLabel(rest).length <= 24;
  if (!first || !bare(first.rest) || !names(first.rest)) return null;
  const at = all.findIndex((line, k) => {
    const m = k > 0 ? subItemMarker(line) : null;
    return m !== null && m.n === first.n + 1 && isProblemsHeading(m.rest) && !names(m.rest);
  });
  if (at < 0) return null;
  const second = subItemMarker(all[at]!)!;
  const rest = isBareHeading(second.rest) ? '' : stripHeading(second.rest, PROBLEMS_LABELS.problems);
  return {
    improvements: join(all.slice(1, at)),
    problems: join([...(rest ? [rest] : []), ...all.slice(at + 1)]),
  };
}

export function readProblems(padded: readonly string[]): { texts: Problems; warnings: string[] } {
  const lines = unpadded(padded);
  // 「（一）存在的主要问题……（二）改进情况……」 run together on one line: each heading on its own line.
  const all = contentLines(
    isolateInlineItems(lines, {
      labels: [`（一）${PROBLEMS_LABELS.problems}`, PROBLEMS_HEADINGS],
      listAfterSentence: false,
    }),
  );
  const reversed = improvementsFirst(all);
  if (reversed) return { texts: reversed, warnings: [] };
  const problems: string[] = [];
  const improvements: string[] = [];
  let current = problems;
  let split = false;
  all.forEach((line, k) => {
    // 「六、下一步改进举措」: part 五 printed as two parts in the author's words (sections.ts AUTHORED).
    if (!split && k > 0 && isAuthoredImprovements(line)) {
      split = true;
      current = improvements;
      return;
    }
    const m = subItemMarker(line);
    if (m && !split && k > 0 && isImprovementsHeading(m.rest)) {
      split = true;
      current = improvements;
      const rest = isBareHeading(m.rest) ? '' : stripHeading(m.rest, PROBLEMS_LABELS.improvements);
      if (rest) current.push(rest);
      return;
    }
    // 「（一）存在的主要问题」, or shorter in the author's words (「（一）存在问题」).
    const problemsHeading =
      m !== null &&
      (headingCoverage(m.rest, PROBLEMS_LABELS.problems) >= HEADING_MATCH ||
        stripHeading(m.rest, PROBLEMS_LABELS.problems) !== m.rest);
    if (m && k === 0 && problemsHeading) {
      const rest = isBareHeading(m.rest) ? '' : stripHeading(m.rest, PROBLEMS_LABELS.problems);
      if (rest) current.push(rest);
      return;
    }
    if (!split && k > 0 && IMPROVEMENT_OPENINGS.test(line)) {
      split = true;
      current = improvements;
    }
    current.push(line);
  });
  if (!split) {
    // The opening may sit inside a paragraph: 「…有待提高。针对上述不足，…」「…不足。2024年，我区将…」.
    const text = join(problems);
    const at = text.search(IMPROVEMENT_OPENING_INSIDE);
    if (at >= 0)
      return {
        texts: { problems: text.slice(0, at + 1).trim(), improvements: text.slice(at + 1).trim() },
        warnings: [],
      };
  }
  const warnings =
    !split && problems.length > 0
      ? [`第五部分未能区分问题与改进措施，全文已导入「${PROBLEMS_LABELS.problems}」，请核对。`]
      : [];
  return { texts: { problems: join(problems), improvements: join(improvements) }, warnings };
}
