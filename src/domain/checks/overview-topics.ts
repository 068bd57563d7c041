// What each sub-item of 「一、总体情况」 is about, by the words that say it (SPEC §2). Some reports
// write part 一 as one undivided text, or number its paragraphs their own way; a check that
// depends on a sub-item (「（一）主动公开情况未填写」) looks for its subject in the whole part before
// it fires (nianbao issue 18: the content present elsewhere in the part).
import { OVERVIEW_KEYS, type OverviewKey } from '../report/keys';
import type { Report, ReportDraft } from '../report/report-schema';

export type OverviewSubKey = Exclude<OverviewKey, 'intro'>;

/** A subject's words, tested on a sub-item's text. */
export type Topic = { test(text: string): boolean };

const PROACTIVE_WORDS = /主动公开|解读|编发/u;
/** words of making public; no one of them overlaps another */
const MADE_PUBLIC = /公[开布示]|发布|上网/gu;

/**
 * Anything made public, published, posted or put online — 「公开」「公布」「公示」「发布」「上网」 — but not in
 * a sentence about applications (申请 before or after it up to 「。」「；」), nor 「政务公开」「公开工作」
 * 「…公开条例」: what /(?<!申请[^。；]*|政务)(?:公[开布示]|发布|上网)(?![^。；]*申请|工作|条例)/u says, read
 * once per stretch between 「。」「；」 (that pattern's look-behind and look-ahead read the whole stretch
 * at each word: quadratic in a long sentence of many such words).
 */
function madePublic(text: string): boolean {
  for (const piece of text.split(/[。；]/u)) {
    const firstApplication = piece.indexOf('申请');
    const lastApplication = piece.lastIndexOf('申请');
    for (const m of piece.matchAll(MADE_PUBLIC)) {
      const at = m.index;
      const end = at + m[0].length;
      if (firstApplication >= 0 && firstApplication + 2 <= at) continue;
      if (at >= 2 && piece.startsWith('政务', at - 2)) continue;
      if (lastApplication >= end || piece.startsWith('工作', end) || piece.startsWith('条例', end)) continue;
      return true;
    }
  }
  return false;
}

export const OVERVIEW_TOPICS: Readonly<Record<OverviewSubKey, Topic>> = {
  // Each subject as a lexical field — the words any organ uses for it — not a list of headings
  // (nianbao issue 18 §5: part 一 as one paragraph or 「一是…五是」 in words nobody listed).
  // Proactive: 主动公开, policy interpretation (解读), or anything made public, published (发布, 公布, 编发), posted or
  // put online (「发布各类政务信息1235条」「公示行政许可决定」「政策文件及时上网」「全过程公开」) — but
  // not in a sentence about applications (「依申请公开件23件，上级信息公开协助调查件8件」, 曲阜 2021), nor
  // the work in general (「政务公开」「公开工作」「政府信息公开条例」).
  proactive: { test: (text) => PROACTIVE_WORDS.test(text) || madePublic(text) },
  // On request: 申请, or 索取 (「对群众来函索取统计资料的，依法予以提供」).
  onRequest: /申请|索取/u,
  // Keeping information: its management (「信息制作与管理」「信息资源规范化、标准化管理」), the review
  // before release (审核, 保密/秘密, 「三审三校」「先审后发」), and keeping the record (清理 of documents,
  // 归档, 台账, 档案, 隐私, 失效/有效期 marked, 编号) — not 「合同审查」, nor 「信息…，…日常管理」 across a clause.
  management:
    /(?:信息|发布|公开)[^，。；：,;:]{0,4}?(?:管理|审)|审核|资源|秘|公开属性|动态(?:调整|更新)|源头认定|三审|先审后发|清理|归档|台账|档案(?!馆)|隐私|去标识|失效|有效期|编号/u,
  // The channels: 平台, 网站/网页/门户, 新媒体 and its accounts (公众号, 抖音, 视频号), 专栏/专区/公开栏, 查阅 places, 公报,
  // 发布会, 热线, 显示屏; 「两馆」, the archive and library that hold the disclosed documents — also
  // named both (平潭自然资源与生态环境局 2021/2022), one of them alone is not.
  platforms:
    /平台|网[站页]|门户|新媒体|公众号|微[信博]|客户端|抖音|视频号|账号|专[栏区]|公开栏|查阅|公报|发布会|热线|显示屏|两馆|(?:图书|档案)馆[和、及与][^，。；]{0,4}?(?:档案|图书)馆/u,
  // Oversight and its means: 监督, 保障, 考核/考评, 培训, 问责/责任(制), 评议/评估, 督查/督办, 检查/自查,
  // 通报, a 领导小组 or 组织领导.
  oversight: /监督|保障|考[核评]|培训|问责|责任|评[议估]|督[查办导]|检查|自查|通报|领导小组|组织领导/u,
};

/**
 * The sub-item of part 一 (or its 总述) that speaks of `words`: the own sub-item first, then the
 * 总述, then the others in order; null when none does.
 */
export function overviewMentioning(
  r: Pick<Report | ReportDraft, 'overview'>,
  key: OverviewSubKey,
  words: Topic,
): OverviewKey | null {
  if (words.test(r.overview[key])) return key;
  return OVERVIEW_KEYS.find((k) => k !== key && words.test(r.overview[k])) ?? null;
}
