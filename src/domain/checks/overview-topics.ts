// What each sub-item of 「一、总体情况」 is about, by the words that say it (SPEC §2). Some reports
// write part 一 as one undivided text, or number its paragraphs their own way; a check that
// depends on a sub-item (「（一）主动公开情况未填写」) looks for its subject in the whole part before
// it fires (nianbao issue 18: the content present elsewhere in the part).
import { OVERVIEW_KEYS, type OverviewKey } from '../report/keys';
import type { Report, ReportDraft } from '../report/report-schema';

export type OverviewSubKey = Exclude<OverviewKey, 'intro'>;

export const OVERVIEW_TOPICS: Readonly<Record<OverviewSubKey, RegExp>> = {
  // 「全年累计公开公安政府信息184条」: a count of information published is the proactive subject
  // (平潭公安局 2021, part 一 under the author's own headings); not 「依申请公开信息…条」.
  proactive: /主动公开|(?<!申请)公开[^，。；：,;:\d０-９]{0,8}信息\s*[\d０-９]+\s*条/u,
  onRequest: /依申请|公开申请|申请公开/u,
  // 「信息制作与管理」「信息发布和管理」: the subject in the author's words (平潭社会事业局 2025);
  // 「三审三校」「先审后发」「政府信息公开审查制度」: the review before release, which the format
  // counts as 信息管理 (平潭苏平片区 2021, part 一 as 「一是…四是…」 without sub-items).
  management:
    /信息(?:[^，。；：,;:]{0,4}?)管理|公开属性|保密审查|发布审查|公开审查|动态调整|源头认定|三审三校|先审后发|规范性文件(?:清理|管理|统一)/u,
  // 「四是加强平台建设」 (the same report); 「两馆」: the archive and library that hold the
  // disclosed documents, the format's 查阅场所 — also named both (「将公开事项及时报送图书馆和档案馆」,
  // 平潭自然资源与生态环境局 2021/2022, part 一 as 「一是…三是…」).
  platforms:
    /公开平台|平台建设|网站|政务新媒体|公开专栏|政务公开专区|公开栏|查阅点|查阅场所|“两馆”|「两馆」|图书馆[和、及与]档案馆|档案馆[和、及与]图书馆/u,
  oversight: /监督|保障|考核|培训|责任追究|社会评议|督查/u,
};

/**
 * The sub-item of part 一 (or its 总述) that speaks of `words`: the own sub-item first, then the
 * 总述, then the others in order; null when none does.
 */
export function overviewMentioning(
  r: Pick<Report | ReportDraft, 'overview'>,
  key: OverviewSubKey,
  words: RegExp,
): OverviewKey | null {
  if (words.test(r.overview[key])) return key;
  return OVERVIEW_KEYS.find((k) => k !== key && words.test(r.overview[k])) ?? null;
}
