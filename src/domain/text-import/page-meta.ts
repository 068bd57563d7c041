// Pages saved by crawlers or copied from some portals start with lines of page metadata —
// 「标题:…」「发布时间:…」「文号:」「发布机构:」「栏目:…」「原文链接:https://…」 — before the report.
// They describe the web page, not the report: they are set aside before anything is read, and the
// importer uses only the page title, and only for what the report text itself does not state
// (nianbao issue 18: the page URL is never the report's website).

export type PageMeta = {
  /** 「标题」 (or an HTML page's <title>) */
  title: string;
  /** 「原文链接」: kept to say where the page came from, never read as the website */
  url: string;
  /** 「发布时间」 as written */
  publishTime: string;
  /** 「发布机构」 as written */
  publisher: string;
};

export const EMPTY_PAGE_META: PageMeta = { title: '', url: '', publishTime: '', publisher: '' };

const KEYS: Record<string, keyof PageMeta | null> = {
  标题: 'title',
  文章标题: 'title',
  名称: 'title',
  信息名称: 'title',
  原文链接: 'url',
  链接: 'url',
  网址: 'url',
  发布时间: 'publishTime',
  发布日期: 'publishTime',
  公开日期: 'publishTime',
  发布机构: 'publisher',
  发布单位: 'publisher',
  文号: null,
  发文字号: null,
  发文机关: null,
  栏目: null,
  来源: null,
  信息来源: null,
  索引号: null,
  统一编号: null,
  主题分类: null,
  体裁分类: null,
  组配分类: null,
  信息分类: null,
  信息类别: null,
  分类: null,
  主题词: null,
  关键词: null,
  所属机构: null,
  成文日期: null,
  生成日期: null,
  发文日期: null,
  生效日期: null,
  有效性: null,
  公开方式: null,
  公开形式: null,
  公开范围: null,
  公开时限: null,
  浏览次数: null,
  点击数: null,
  阅读次数: null,
  访问量: null,
  责任编辑: null,
  作者: null,
  字号: null,
  // A crawler's own lines about where it saved the page (「本地目录: zwgk/…」).
  本地目录: null,
  本地路径: null,
  保存路径: null,
  存档路径: null,
  抓取时间: null,
  采集时间: null,
  爬取时间: null,
};
const SPACE = '[ \\t\\u3000]';
const KEY = `(${Object.keys(KEYS)
  .sort((a, b) => b.length - a.length)
  .join('|')})${SPACE}*[:：]`;
/** Pairs on one line: each value runs to the next key (a metadata table copied row by row). */
const PAIR = new RegExp(`(?:^|${SPACE})${KEY}${SPACE}*?(.*?)(?=${SPACE}+${KEY}|${SPACE}*$)`, 'gu');
/** A metadata value is short; a longer one is report text that happens to start so. */
const MAX_VALUE = 300;
const MAX_FURNITURE = 120;
/** A line of metadata pairs is a table row of a few short cells (a whole page on one line is not). */
const MAX_PAIRS_LINE = 1000;

/** A portal's breadcrumb (「当前位置：首页 > 政务公开 > 年报」). */
const BREADCRUMB =
  /^(?:(?:当前位置|您现在的位置|您的位置|所在位置)[ \t\u3000]*[:：])?[ \t\u3000]*首页[ \t\u3000]*[>＞»›→/]/u;
/** A portal's article buttons and counters (「【字体：大 中 小】」「打印本页」「【关闭】」「分享到：」). */
const FURNITURE =
  /【[^】]{0,12}】|\[[^\]]{0,12}\]|字体[:：]?[ \t\u3000]*大[ \t\u3000]*中[ \t\u3000]*小|(?:打印|关闭)(?:本页|窗口|此页)?|分享到[:：]?|扫一扫|(?:浏览|阅读|点击|访问)(?:次数|量|数)?[:：][ \t\u3000]*\d*/gu;

/**
 * A line of page furniture: a breadcrumb, or nothing but buttons and counters (「【字体：大 中 小】
 * 打印本页 浏览次数：1234」). Never report text: at most a short line of them.
 */
export function isPageFurniture(line: string): boolean {
  const t = line.trim();
  if (t === '' || t.length > MAX_FURNITURE) return false;
  if (BREADCRUMB.test(t)) return true;
  const rest = t.replace(FURNITURE, '').replace(/[\s|｜、,，:：;；]/gu, '');
  return rest === '' && t.replace(/\s/gu, '') !== '';
}

/** A rule between the page's metadata and its text (「==== 正文 ====」, 「----------」). */
const RULE =
  /^[ \t\u3000]*[=\-─━_*~#]{4,}[ \t\u3000]*(?:[\p{Script=Han}]{0,4}[ \t\u3000]*[=\-─━_*~#]{4,})?[ \t\u3000]*$/u;
/** A crawler's note on the files it saved beside the page (「页面链接与图片详见 links.tsv(同目录)」). */
const SAVED_FILE_NOTE = /^[^。；]{0,60}\b[\w-]+\.(?:tsv|csv|jsonl?|xml|txt|html?|md)\b[^。；]{0,30}$/u;

/** A line of the page's head that a crawler or a portal put there: a rule or a note on saved files. */
export function isCrawlerLine(line: string): boolean {
  const t = line.trim();
  return t.length <= MAX_FURNITURE && (RULE.test(t) || SAVED_FILE_NOTE.test(t));
}

/** The `key: value` pairs a line consists of, or null when any of it is something else. */
function pairsOf(line: string): [string, string][] | null {
  if (line.length > MAX_PAIRS_LINE) return null;
  const t = line.replace(FURNITURE, (m) => (/[:：]\s*\d/u.test(m) ? m : ' '));
  const pairs = [...t.matchAll(PAIR)].map((m): [string, string] => [m[1]!, m[2]!.trim()]);
  if (pairs.length === 0 || t.replace(PAIR, '').trim() !== '') return null;
  return pairs.some(([, v]) => v.length > MAX_VALUE) ? null : pairs;
}

/** A date and time opening a portal's article info line (「2022-01-25 10:00」「2022年01月25日」). */
const LEADING_DATE =
  /^[ \t\u3000]*\d{4}[ \t\u3000]*[-/.年][ \t\u3000]*\d{1,2}[ \t\u3000]*[-/.月][ \t\u3000]*\d{1,2}(?:[ \t\u3000]*日)?(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?/u;

/**
 * The site an article stands on and its date, with no key words (「某某市人民政府门户网站
 * www.example.gov.cn 2023-01-30」): the portal's, not the report's website.
 */
const SITE_AND_DATE = new RegExp(
  String.raw`^[ \t\u3000•·]*[\p{Script=Han}（）()·]{2,30}(?:网|网站)[ \t\u3000]+(?:(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/?[ \t\u3000]+)?` +
    LEADING_DATE.source.replace(/^\^\[ \\t\\u3000\]\*/u, '') +
    String.raw`[ \t\u3000]*$`,
  'u',
);

/**
 * A portal's article info line under the title (「发布时间：… 来源：… 浏览次数：… 【字体：大 中 小】」,
 * 「2022-01-25 10:00 来源：本网 【打印】【关闭】」, the site's name and address with the date): page
 * furniture, not the report's preamble.
 */
export function isArticleInfo(line: string): boolean {
  if (line.trim().length > MAX_FURNITURE) return false;
  if (isPageFurniture(line) || SITE_AND_DATE.test(line)) return true;
  const rest = line.replace(LEADING_DATE, '');
  return rest.trim() !== '' && pairsOf(rest) !== null;
}

/** A value on the line after its key (a metadata table copied one cell per line): short, no key. */
const looksLikeValue = (line: string) =>
  line.trim() !== '' && line.trim().length <= 60 && pairsOf(line) === null && !/[。；]/u.test(line);

/**
 * The metadata lines at the very start of the text (at least two pairs, blank lines between
 * allowed, the page's breadcrumb and buttons among them), and the text with those lines emptied
 * (line numbers stay as they were, for snippets).
 */
export function splitPageMeta(text: string): { meta: PageMeta; text: string } {
  const lines = text.split('\n');
  const meta: PageMeta = { ...EMPTY_PAGE_META };
  const found: number[] = [];
  let pairCount = 0;
  const keys: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const pairs = pairsOf(line);
    if (!pairs) {
      if (!isPageFurniture(line) && !isCrawlerLine(line)) break;
      found.push(i);
      continue;
    }
    found.push(i);
    for (const [k, v] of pairs) {
      let value = v;
      // 「索引号：」 alone on its line, its value on the next (one cell per line).
      if (value === '' && pairs.length === 1) {
        let j = i + 1;
        while (j < lines.length && lines[j]!.trim() === '') j++;
        if (j < lines.length && looksLikeValue(lines[j]!)) {
          value = lines[j]!.trim();
          found.push(j);
          i = j;
        }
      }
      pairCount++;
      keys.push(k);
      const key = KEYS[k];
      if (key && !meta[key]) meta[key] = value;
    }
  }
  // One pair is enough when it is the page title (htmlToText hands an HTML <title> on so).
  const titleOnly = pairCount === 1 && keys[0] === '标题';
  if (pairCount < 2 && !titleOnly) return { meta: { ...EMPTY_PAGE_META }, text };
  for (const i of found) lines[i] = '';
  return { meta, text: lines.join('\n') };
}

/** A metadata line for the page title (how htmlToText hands an HTML page's <title> on). */
export function pageTitleLine(title: string): string {
  return `标题：${title}`;
}
