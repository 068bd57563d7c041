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
  原文链接: 'url',
  链接: 'url',
  网址: 'url',
  发布时间: 'publishTime',
  发布日期: 'publishTime',
  发布机构: 'publisher',
  文号: null,
  栏目: null,
  来源: null,
  信息来源: null,
  索引号: null,
  主题分类: null,
  成文日期: null,
  生效日期: null,
  浏览次数: null,
  字号: null,
};
const LINE = new RegExp(
  `^[ \\t\\u3000]*(${Object.keys(KEYS).join('|')})[ \\t\\u3000]*[:：][ \\t\\u3000]*(.*)$`,
  'u',
);
/** A metadata value is one short line; a longer one is report text that happens to start so. */
const MAX_VALUE = 300;

/**
 * The metadata lines at the very start of the text (at least two, blank lines between allowed),
 * and the text with those lines emptied (line numbers stay as they were, for snippets).
 */
export function splitPageMeta(text: string): { meta: PageMeta; text: string } {
  const lines = text.split('\n');
  const meta: PageMeta = { ...EMPTY_PAGE_META };
  const found: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const m = LINE.exec(line);
    if (!m || m[2]!.length > MAX_VALUE) break;
    found.push(i);
    const key = KEYS[m[1]!];
    if (key && !meta[key]) meta[key] = m[2]!.trim();
  }
  // One line is enough when it is the page title (htmlToText hands an HTML <title> on so).
  const titleOnly = found.length === 1 && LINE.exec(lines[found[0]!]!)?.[1] === '标题';
  if (found.length < 2 && !titleOnly) return { meta: { ...EMPTY_PAGE_META }, text };
  for (const i of found) lines[i] = '';
  return { meta, text: lines.join('\n') };
}

/** A metadata line for the page title (how htmlToText hands an HTML page's <title> on). */
export function pageTitleLine(title: string): string {
  return `标题：${title}`;
}
