// Report information (SPEC §1) from the head of a published report: the title lines, then the
// preamble (「本报告由…编制。…统计期限自Y年1月1日起至Y年12月31日止。本报告电子版可在…网站（…）
// 查阅…联系（地址：…，联系电话：…）」). Contact details are looked for in the preamble first,
// then anywhere in the text.
import { parseChineseNumeral } from '../checks/chinese-numerals';
import type { ReportKind } from '../report/keys';
import { REPORT_TITLE } from '../report/labels';
import { MAX_YEAR, MIN_YEAR } from '../report/report-schema';
import { asciiDigits, snippetOf } from './clean-text';
import type { MetaFinding } from './import-summary';
import { EMPTY_PAGE_META, isArticleInfo, type PageMeta } from './page-meta';

export type MetaRead = {
  title: string;
  agencyName: string;
  year: number | null;
  preamble: string;
  website: string;
  contactAddress: string;
  contactPhone: string;
  publishDate: string;
  /** the publish date is the article's 「发布日期：…」 line, which the report's own 落款 date overrides */
  publishDateLabelled: boolean;
  reportKind: ReportKind;
  /** the organ was read from the page's title (metadata), not from the report's text */
  agencyFromPage: boolean;
  /** the organ was read from the unit a reader is sent to (「请与…办公室联系」): a 落款 overrides it */
  agencyFromContact?: boolean;
  /** no organ read, and the contact unit is a government's 办公室: whose report it is, the text does not say */
  contactOffice?: string;
  findings: MetaFinding[];
};

/** 「政府信息公开」: the part of the report title every published title keeps, wherever the year goes. */
const TITLE_CORE = REPORT_TITLE.slice(0, REPORT_TITLE.indexOf('工作'));
/**
 * A title that drops 「政府」 with its year before 「信息公开」 (「某某镇政府2022年信息公开工作年度报告」,
 * 「某某开发区管委会2023年信息公开工作年度报告」): the year is what ends the organ's name.
 */
const YEAR_CORE = /\d{4}\s*年度?信息公开(?:工作)?(?:年度)?报告/u;
const hasTitleCore = (t: string) => t.includes(TITLE_CORE) || YEAR_CORE.test(yearDigits(t));
/**
 * A metadata table's label before the title in the same line, typed with spaces and no colon
 * (「标   题 县政府办2022年度…报告」, 「标  题: …」, 「名称 某某管理委员会2023年…报告」): not the organ.
 */
const TITLE_LABEL =
  /^(?:标[ \t\u3000]*题|名[ \t\u3000]*称|文章标题|信息名称)(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)/u;
const withoutTitleLabel = (line: string) => line.replace(TITLE_LABEL, '');
const MAX_TITLE_LINE = 60;
/** Short template lines a page may print above a first long line that opens on the title. */
const MAX_LINES_ABOVE_INLINE_TITLE = 3;
/** A page's navigation path (「首页 > 政务公开 > 年报」) is never part of the title. */
const BREADCRUMB = /[>＞»›]|^(?:首页|当前位置|您的位置|您现在的位置)/u;
/** A title at the start of a long line (a page saved as one line): up to its 「…年度报告」. */
const INLINE_TITLE =
  /^([^《》。，,；;]{2,60}?政府信息公开(?:工作)?年度报告(?:[（(]\d{4}年度?[）)])?)(?!格式)/u;
/** A breadcrumb's or a label's end inside the organ part of a one-line page's title: what follows it names the organ. */
const CRUMB_END = /^.*[>＞»›|｜:：]/u;
/**
 * A breadcrumb opening a page saved as one line (「当前位置： 首页政务公开政府信息公开年报 平潭…」,
 * 「首页 > 政务公开 > 年报 …」): up to the space before the report's own title.
 */
const LEADING_CRUMB =
  /^(?:(?:当前位置|您现在的位置|您的位置|所在位置)\s*[:：]\s*)?首页[^\s。，,；;]*(?:\s*[>＞»›→/]\s*[^\s。，,；;]*)*\s+/u;
/**
 * A portal's article info after the title on a page saved as one line (「来源：某某 时间：2022-02-08
 * 16:34 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： -->」): page furniture, not preamble.
 */
const INLINE_ARTICLE_INFO =
  /^(?:\s*(?:(?:来源|信息来源|时间|发布时间|发布日期|作者|浏览次数|点击数|字号)\s*[:：]\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|[^\s:：。，,；;]{1,20})?|微信|微博|QQ空间|全真版|文字版|文件下载|相关链接\s*[:：]?|打印|关闭|分享到\s*[:：]?|【[^】]{0,12}】|-->|\|))+\s*/u;
const DATE_LINE = /^[（(]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[）)]?$/u;

/** Digits of a year written in Chinese numerals (「二〇二四」), one character each. */
const YEAR_DIGITS = '〇一二三四五六七八九';
/**
 * The zero of such a year as it is typed: 〇, and in many documents ○ (a circle from the symbol
 * menu), 零, the letter O or a digit 0 (「二○二四年」「二O二四年」「二0二四年」).
 */
const ZEROS = '〇○零OＯ0０';
/**
 * Four such digits, a space between two of them allowed (PDFium copies a letter O apart from the
 * Chinese beside it: 「二 O 二三年」).
 */
const CN_YEAR = `[${ZEROS}一二三四五六七八九](?: ?[${ZEROS}一二三四五六七八九]){3}`;
/** A year of such digits with at least one Chinese numeral (「2024」 is read as it is) → '2024', else null. */
function yearOf(spaced: string): string | null {
  const y = spaced.replace(/ /gu, '');
  if (!/[一二三四五六七八九]/u.test(y) || y.length !== 4) return null;
  return [...y].map((ch) => (ZEROS.includes(ch) ? '0' : String(YEAR_DIGITS.indexOf(ch)))).join('');
}
/** 「二〇二四年一月二十六日」, as official documents date their 落款 (groups: year, month, day). */
export const CHINESE_DATE_PATTERN = `(${CN_YEAR})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,4})\\s*日`;
const CHINESE_DATE = new RegExp(CHINESE_DATE_PATTERN, 'gu');

/** 「二〇二一年」「二○二一年度」 (a year in Chinese numerals) → 「2021年」. */
const CHINESE_YEAR = new RegExp(`(${CN_YEAR})(?=\\s*年)`, 'gu');
function arabicYears(text: string): string {
  return text.replace(CHINESE_YEAR, (y) => yearOf(y) ?? y);
}
/** A year printed with a thousands separator (「2,023年」, a converter formatting every number). */
const SEPARATED_YEAR = /(?<![\d,.])([12]),(\d{3})(?=\s*年)/gu;
/** Dates and years in Chinese numerals and full-width digits as ASCII digits (for finding years). */
const yearDigits = (text: string) =>
  asciiDigits(arabicYears(arabicDates(text))).replace(SEPARATED_YEAR, '$1$2');

/** 「二〇二四年一月二十六日」 → 「2024年1月26日」 (other text unchanged). */
export function arabicDates(text: string): string {
  return text.replace(CHINESE_DATE, (whole, y: string, m: string, d: string) => {
    const year = yearOf(y);
    const month = parseChineseNumeral(m);
    const day = parseChineseNumeral(d);
    return year === null || month === null || day === null ? whole : `${year}年${month}月${day}日`;
  });
}

/** 「2022年1月20日」 (or 「二〇二二年一月二十日」) on a line of its own → '2022-01-20' (only real calendar dates). */
export function dateLine(line: string): string {
  const m = DATE_LINE.exec(asciiDigits(arabicDates(line.trim())));
  if (!m) return '';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return '';
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * 「发布日期：2020-01-31」「发布时间：2020/1/31 09:30」 on a line of its own under the title, as a
 * portal's article prints it: the publish date, not preamble text.
 */
const LABELLED_DATE =
  /^(?:发布|公开|印发|成文)?(?:日期|时间)\s*[:：]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?=\s|$)/u;
/** The labelled date opening `line` and the text after it (a page saved as one line goes on). */
/** What a portal's article info line carries beside its date (「来源：本网 【字体：大 中 小】」). */
const PAGE_INFO = /^(?:来源|信息来源|作者|浏览|点击|阅读|字体|字号|【|\[|分享|打印)/u;
export function labelledDate(line: string): { date: string; rest: string } | null {
  const text = asciiDigits(line.trim());
  const m = LABELLED_DATE.exec(text);
  const date = m ? dateLine(`${m[1]}年${m[2]}月${m[3]}日`) : '';
  const rest = m ? text.slice(m[0].length).trim() : '';
  // The article info line of a page (date, source, font size) is page furniture, not the report's.
  return m && date && !PAGE_INFO.test(rest) ? { date, rest } : null;
}

/**
 * The title: up to four consecutive short lines (a title is often broken over lines) ending in
 * 「报告」. Lines above it that end in 「报告」 themselves (a breadcrumb 「首页 > 年度报告」, a
 * column name) are not part of it.
 */
/** A title ends in 「报告」, or in 「报告（2021年度）」 with its year after it. */
const TITLE_END = /报告(?:[（(]\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年度?\s*[）)])?$/u;
/** The line under a title that is only its year 「（2021年度）」 (not the title printed again). */
const YEAR_LINE = /^[（(]\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年度?\s*[）)]$/u;

/**
 * The head lines a title is looked for in: a portal's page copied whole puts its site navigation,
 * links and metadata table above the title (16 short lines on 海南州人民政府's page, helper-73).
 */
const TITLE_WINDOW = 24;

function findTitle(labelled: readonly string[]): { title: string; end: number } | null {
  const lines = labelled.map(withoutTitleLabel);
  // 「（2021年度）」 on the line under the title is the title's last line.
  const withYearLine = (title: string, end: number) => {
    const next = (lines[end] ?? '').replace(/\s+/gu, '');
    return /報告$|报告$/u.test(title) && YEAR_LINE.test(next)
      ? { title: title + next, end: end + 1 }
      : { title, end };
  };
  // A portal's article info line (「发布时间：… 来源：本网 【字体：大 中 小】」) is no part of a title, nor its
  // header's links (「微信 |微博|手机| |无障碍」 read 「无障碍市房管局」 as the organ of 「市房管局2021年…」).
  const usable = (line: string) =>
    line.length <= MAX_TITLE_LINE &&
    !/[。；]$/u.test(line) &&
    !BREADCRUMB.test(line) &&
    !isArticleInfo(line) &&
    !isHeaderLinks(line);
  // A title naming no organ (a page's 「2022年政府信息公开工作年度报告」 over the article's own
  // 「某某镇人民政府」 / 「2022年政府信息公开工作年度报告」): the title further down that names one, if any.
  let organless: { title: string; end: number } | null = null;
  for (let end = 0; end < Math.min(lines.length, TITLE_WINDOW); end++) {
    // …only right under it (the article's own title block), not anywhere in the page's head.
    if (organless && end > organless.end + 2) break;
    if (!usable(lines[end]!)) continue;
    let start = end;
    while (start > 0 && end - start < 3 && usable(lines[start - 1]!) && !/报告$/u.test(lines[start - 1]!))
      start--;
    // The fewest lines that make a title naming its organ (a page's 「无障碍浏览 长者专版」 above
    // it is not part of it); else the most that make a title at all.
    let widest: string | null = null;
    for (let from = end; from >= start; from--) {
      const joined = lines
        .slice(from, end + 1)
        .join('')
        .replace(/\s+/gu, '');
      if (!hasTitleCore(joined) || !TITLE_END.test(joined)) continue;
      if (agencyFromTitle(joined) !== '') return withYearLine(joined, end + 1);
      widest = joined;
    }
    if (widest !== null) organless ??= withYearLine(widest, end + 1);
  }
  return organless;
}

/** The links of a portal's header (「设为首页」「无障碍」「长者版」「微信」), a line of nothing else. */
const HEADER_LINK_WORDS =
  '无障碍(?:浏览|阅读|模式)?|(?:打开)?适老化(?:模式|版)?|长者(?:专)?版|长辈版|关怀版|手机(?:版|端)?|微信|微博|设为首页|加入收藏|登录|注册|简体|繁体|繁體|English|ENGLISH';
const HEADER_LINK = new RegExp(`^(?:${HEADER_LINK_WORDS})$`, 'u');
function isHeaderLinks(line: string): boolean {
  const words = line.split(/[\s|｜]+/u).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => HEADER_LINK.test(w));
}

/** A page's header links glued before an organ's name (「无障碍市房管局」 from 「手机| |无障碍」 on a one-line page). */
const LEADING_HEADER_LINKS = new RegExp(`^(?:${HEADER_LINK_WORDS})+`, 'u');
const withoutHeaderLinks = (name: string) => {
  const rest = name.replace(LEADING_HEADER_LINKS, '');
  return rest === name || rest.length < 2 ? name : rest;
};
/** What no organ's name holds: a breadcrumb's marks, a label's colon, a site's 首页. */
const NAVIGATION_IN_NAME = /[>＞»›|:：]|首页|当前位置|您的位置/u;
/** A place's name ends so (「张掖市甘州区」 before 「东街街道」), a crumb's words do not. */
const PLACE_END = /(?:省|市|区|县|州|旗|盟|镇|乡|新区|开发区|园区|示范区)$/u;

/** A line that is a report title by itself (「某某局2023年政府信息公开年度报告」), not a sentence. */
function isTitleLine(line: string): boolean {
  const t = withoutTitleLabel(line).replace(/\s+/gu, '');
  return t.length <= MAX_TITLE_LINE && !/[。；，]/u.test(t) && hasTitleCore(t) && TITLE_END.test(t);
}

function organOnly(title: string, pageTitle: string): string {
  const flat = title.replace(/\s+/gu, '');
  const named = pageTitle.includes(TITLE_CORE)
    ? agencyFromTitle(reportPart(pageTitle.replace(/\s+/gu, '')))
    : '';
  const at = named === '' ? -1 : flat.lastIndexOf(named);
  if (at > 0 && agencyFromTitle(flat.slice(at)) === named) return flat.slice(at);
  const head = flat.slice(0, flat.lastIndexOf(TITLE_CORE));
  const crumb = CRUMB_END.exec(head);
  const rest = crumb ? flat.slice(crumb[0].length) : '';
  return rest !== '' && agencyFromTitle(rest) !== '' ? rest : title;
}

/** An organ's name without its place: 「县政府办」「区人民政府办公室」「镇政府」. */
const PLACELESS = /^[省市区县旗镇乡](?:人民)?政府(?:办公室|办)?$/u;
/** Characters that open a clause, not a place's name (「2022年，」「在…」「由…」). */
const CLAUSE_OPENING = /^[年在由和与及的是对将经据按]+/u;

/**
 * The placeless name written out with its place in the report's own text: the same level (县, 区 …),
 * government, and office where the title has one (「县政府办」 → 「府谷县人民政府办公室」).
 */
function withPlace(name: string, text: string): { name: string; snippet: string } | null {
  const level = name[0]!;
  const office = /办(?:公室)?$/u.test(name) ? '(?:办公室|办)' : '(?!办)';
  const flat = withoutSoftBreaks(text);
  // Not the placeless title itself glued to page furniture before it (a metadata table's 「公文时效
  // 有效」 then 「县政府办2022年度政府信息公开…」 read 「有效县政府办」): a name followed by the report's year and title.
  const m = [
    ...flat.matchAll(new RegExp(`([\\p{Script=Han}]{1,8}?${level})(?:人民)?政府${office}`, 'gu')),
  ].find((x) => !/^\s*\d{4}\s*年度?(?:政府)?(?:信息公开|政务公开)/u.test(flat.slice(x.index + x[0].length)));
  if (!m) return null;
  const place = m[1]!.replace(CLAUSE_OPENING, '');
  if (place.length < 2 || NAMES_NONE.test(place)) return null;
  return { name: m[0].slice(m[1]!.length - place.length), snippet: around(flat, m.index, m[0].length) };
}

/** A name that opens on its level (「区统计局」「县…局」「省…厅」; 市 but 「市中区」), not a government's. */
const FROM_LEVEL = /^(?:[省区县]|市(?!中区))(?!(?:人民)?政府)\p{Script=Han}{2,}$/u;
/** Labels a page prints before a name (「来源：」 is cut at its colon; 「发布机构某某局」 is not). */
const NAME_LABEL = /^(?:信息来源|来源|发布机构|发布单位|发文机关|作者)/u;

/**
 * The name with its place before it, standing apart from other words (「深圳市福田」 + 「区…署」), in the
 * page or the report's first sentences.
 */
function placeBefore(name: string, text: string): { name: string; snippet: string } | null {
  const flat = withoutSoftBreaks(text);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const m = new RegExp(`(?<!\\p{Script=Han})(\\p{Script=Han}{2,12})${escaped}`, 'u').exec(flat);
  if (!m) return null;
  const place = m[1]!.replace(NAME_LABEL, '').replace(CLAUSE_OPENING, '');
  if (place.length < 2 || NAMES_NONE.test(place) || NOT_A_NAME.test(place)) return null;
  return { name: `${place}${name}`, snippet: around(flat, m.index, m[0].length) };
}

function validYear(text: string | undefined): number | null {
  const y = Number(text);
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/** 「曲阜市人民政府办公室2021年政府信息公开工作年度报告」 → 「曲阜市人民政府办公室」. */
/**
 * The report's own part of a page's <title>, which also names the site and column in any order
 * (「站点 - 标题」「站点|栏目|标题」「标题_栏目_站点」): the part holding 「政府信息公开」 that
 * names an organ before it; the whole title when no part does. A 「-」 between digits is a date's.
 */
function reportPart(title: string): string {
  const parts = title.split(/[_|｜]|(?<!\d)[-–—－]+(?!\d)/u);
  return parts.find((p) => p.includes(TITLE_CORE) && agencyFromTitle(p) !== '') ?? title;
}

/**
 * 「合水镇人民政府信息公开工作年度报告」: the organ's 「人民政府」 and the report's 「政府信息公开」 share
 * their 「政府」 — a name cut before it at 「人民」 is the 人民政府's.
 */
const withSharedGovernment = (name: string) => (/人民$/u.test(name) ? `${name}政府` : name);

function agencyFromTitle(title: string): string {
  const flat = yearDigits(title);
  const core = flat.indexOf(TITLE_CORE);
  const at = core >= 0 ? core : (YEAR_CORE.exec(flat)?.index ?? -1);
  if (at <= 0) return '';
  const name = flat
    .slice(0, at)
    // 「2025湖口县大垅乡2025年度…报告」: a year typed before the title without its 年 is no part of the name.
    .replace(/^(?:\d{4}|\d,\d{3})(?:年度?)?/u, '')
    .replace(/\d{4}年度?$/u, '')
    // 「…管理局关于报送2020年度…报告的函」 (a report sent as a letter, 平潭苏平片区 2020)
    .replace(/关于(?:报送|上报|印发|公布|发布)?$/u, '')
    .trim();
  // An organ is named in words: marks alone (「( )」 torn from a title by a PDF's text) are none.
  return /[\u3400-\u9FFF]/u.test(name) ? withSharedGovernment(name) : '';
}

const AGENCY_IN_PREAMBLE = /本报告由(.{2,40}?)(?:按照|根据|依据|依照|结合|编制|制作)/u;
/**
 * 「…有关要求，由武进区卫生健康局编制的2024年度…报告」: the organ that compiled its own report. One
 * that 「汇总编制」 compiles a government's report from its units' (「由高淳区人民政府办公室汇总编制」):
 * it is not the reporting organ.
 */
/**
 * The internal office that compiled a 乡镇's or 街道's report (「由两城镇人民政府党政办公室编制」): the
 * organ is the government or office it belongs to; a 党政办公室 reports no year of its own.
 */
const INTERNAL_OFFICE = /(?<=(?:政府|镇|乡|街道|办事处))党政(?:综合)?办(?:公室)?$/u;
const organOfCompiler = (name: string) => name.replace(INTERNAL_OFFICE, '');
const COMPILED_BY =
  /由([^，。,；;：:《》“”「」\s\d]{2,40}?)(?:(?:结合|根据|按照|依据|依照)[^，。,；;]{0,30}?)?(?:负责)?(?:编制|制作)/u;
/**
 * A title line whose end is cut or garbled (「昌图县七家子镇2023年政府信息公开 工作告年度报」) or
 * that ends in 「年报」: the organ and year before 「政府信息公开」 still name the report.
 */
/** A sentence's opening, not an organ: 「现将我局」「现公布区统计局」「根据」. */
const NOT_A_NAME = /[我本其该此]|^(?:现|特|根据|依据|按照|依照|关于)/u;
const TITLE_PREFIX = /^([^，。,；;：:《》“”「」\s\d]{2,40}?)\s*(\d{4})\s*年度?\s*政府信息公开/u;
const YEAR_IN_PREAMBLE = /自\s*(\d{4})\s*年\s*1\s*月\s*1\s*日/u;
/** The statistics period without 「自」: 「统计期限为2024年1月1日至2024年12月31日」 (a whole year). */
const FULL_YEAR_PERIOD =
  /(\d{4})\s*年\s*1\s*月\s*1\s*日\s*起?\s*(?:至|到|—|－|-)\s*(?:(\d{4})\s*年\s*)?12\s*月\s*31\s*日/u;
/**
 * The report's own title named in its first sentences: 「特编制湛江市某某办公室2023年政府信息公开
 * 工作年度报告」, 「公布2024年度淳安县人民政府办公室政府信息公开年度报告」 (organ, year). A name holds no
 * angle brackets: the notice 「…政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>」 cited
 * before 「现发布《某某街道办事处2022年…报告》」 is no report named by its 「公开」, nor is a breadcrumb's
 * 「…>政府信息公开年报」 run into the title on a page saved as one line (「信息公开」 is no verb).
 */
const TITLE_IN_TEXT =
  /(?:编制|公布|(?<!信息)公开|发布|制作)(?:形成|完成|了)?[《「“]?(?:(\d{4})\s*年度?)?([^，。,；;：:《》〈〉<>“”「」\s\d]{2,40}?)(?:(\d{4})\s*年度?)?(?:政府)?信息公开(?:工作)?(?:情况)?(?:年度)?报告/u;
const TITLE_IN_TEXT_ALL = new RegExp(TITLE_IN_TEXT.source, 'gu');
/**
 * How an organ's name ends (人民政府, 局, 办公室, 街道, 镇 …); 「本镇」「我局」 name none, nor does a
 * name without its place (「区人民政府办公室」「市政府办公室」「区统计局」「县交通运输局」: which 区 the
 * text does not say — no place's name opens on 省, 区 or 县, nor on 市 but 「市中区」), nor a kind alone
 * (「2024年，街道办事处深入贯彻…」: which 街道 the sentence does not say).
 */
const NAMES_NONE = /^(?:[本我全各该]|[省市区县镇乡](?:人民)?政府)/u;
const ORGAN_NAME =
  /^(?![本我全各该]|[省市区县镇乡](?:人民)?政府|[省区县]|市(?!中区)|(?:街道(?:办事处|办)?|办事处|管委会|管理委员会|管理区)$)[\s\S]{2,}(?:政府|局|委员会|管委会|委|办公室|办|厅|院|中心|署|处|所|站|馆|街道|镇|乡|苏木|管理区)$/u;
/**
 * A place alone (「桐梓县」「合江县」): the report of that place's government, as a title names it
 * (「合江县2022年政府信息公开工作年度报告」). Taken only where the text names the report itself
 * (「现公布桐梓县2022年政府信息公开工作年度报告」), never from a clause before a verb.
 */
const PLACE_NAME = /^(?![本我全各该])[\u3400-\u9FFF]{1,12}(?:县|市|区|旗|州|盟)$/u;
/** 「特编制2023年政府信息公开年度报告」: the report named by its year only. */
const YEAR_TITLE_IN_TEXT = /(?:编制|编写|公布|发布)了?(\d{4})\s*年度?政府信息公开(?:工作)?(?:年度)?报告/u;
/**
 * The clause before 「特编制」「现公布」「认真编写了」: its last words name the organ (「泉州市司法局认真编写了
 * 2025年政府信息公开工作年度报告」).
 */
const ORGAN_BEFORE = /([^，。,；;：:《》“”「」\s\d]{2,40}?)(?:特|现|特此|认真|已)?$/u;
/** 「现将我局2022年度政府信息公开工作情况报告如下」: the year the report is about. */
const YEAR_OF_WORK = /(\d{4})\s*年度?(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:情况)?(?:年度)?报告/u;
/**
 * Part 一 opening on a year (「2023年，我镇…」「（一）主动公开情况。2024年，我局…」「2022年以来，…」, or the
 * subject straight after it, 「2025年中仓街道积极推动…」 — not a month or a part of the year): the year
 * whose work the report reports — taken only when nothing else states it (a page that prints neither
 * title nor preamble). On the real set every such opening names the report's year (helper-67: 247 of 247).
 */
const OPENING_YEAR =
  /^[ \t\u3000]*(?:[（(][一二三四五六][)）][^。\n]{0,16}?[。：:]?[ \t\u3000]*)?(\d{4})[ \t\u3000]*年度?(?:以来)?[ \t\u3000]*[，,]/mu;
/** The opening paragraph's year run straight into its subject (not a month, a part of the year, 以来). */
const OPENING_YEAR_SUBJECT =
  /^[ \t\u3000]*(\d{4})[ \t\u3000]*年度?(?=[\u4e00-\u9fff])(?!以来|以前|之前|起|底|末|初|上半|下半|前|后|第|[一二三四五六七八九十]+月)/mu;
/**
 * The opening's first paragraph that opens on a year, when no paragraph before it names a year (「一年来，
 * 区教育局…」 then 「2023年，区教育局…本年度…」): the first year the report's own text gives.
 */
function openingYearOf(opening: string): RegExpExecArray | null {
  const m = OPENING_YEAR.exec(opening) ?? OPENING_YEAR_SUBJECT.exec(opening);
  return m && !/\d{4}\s*年/u.test(opening.slice(0, m.index)) ? m : null;
}
/**
 * A year part 一 writes as a time its work was done (「（二）依申请公开。2024年共收到申请0件」), not one
 * it compares with, starts from or cites: not after 较/比/同/与/自/截至/至/于 (「较2023年增长」「自2022年起」),
 * nor before 以来/起/之前/底/版 (「2021年以来」), nor inside 《》 or a notice's 〔〕 number.
 */
const WORK_YEAR = /(?<![较比同与自至于〔[（(])(\d{4})\s*年度?(?!以来|起|之前|以前|底|版|\d)/gu;
/**
 * The one year part 一 speaks of, when it writes years but all of them the same one (a page whose
 * title, preamble and opening name none; 「2024年共收到依申请公开0件」 the report's only year). Two
 * different years, or none, give none: which is the report's is then not said.
 */
function soleYearOf(text: string): { year: number; snippet: string } | null {
  const flat = yearDigits(withoutSoftBreaks(text)).replace(/《[^《》]{0,80}》/gu, '');
  const found = [...flat.matchAll(WORK_YEAR)].map((m) => ({ year: validYear(m[1]), at: m.index }));
  const years = new Set(found.map((f) => f.year));
  const first = found[0];
  if (years.size !== 1 || !first || first.year === null) return null;
  return { year: first.year, snippet: around(flat, first.at, 8) };
}
/**
 * Part 一's sub-items opening on a year (「（二）主动公开及依申请公开情况\n2025年，我委主动公开…较2024年稳步增长…
 * 含2024年转入2025年办结」): the year they all open on, when it is also the latest year part 一 writes — the
 * work reported is that year's, the earlier ones are compared with or carried from (soleYearOf finds two).
 * A paragraph opening on an earlier year than another part 一 names (「2019年，在…评估中被评为优秀单位。
 * 2020年，…」) gives none.
 */
const ITEM_OPENING_YEAR =
  /[（(][一二三四五六][)）][^。\n（(]{0,16}?[。：:]?[ \t\u3000]*(\d{4})[ \t\u3000]*年度?(?:以来)?[ \t\u3000]*[，,]/gu;
function paragraphYearOf(text: string): { year: number; snippet: string } | null {
  const flat = yearDigits(text);
  // at a line's start, or after a sub-item's heading anywhere (a page saved as one line)
  const opens = [
    ...flat.matchAll(new RegExp(OPENING_YEAR.source, 'gmu')),
    ...flat.matchAll(ITEM_OPENING_YEAR),
  ].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  const years = new Set(opens.map((m) => validYear(m[1])));
  const first = opens[0];
  if (years.size !== 1 || !first) return null;
  const year = validYear(first[1]);
  const written = [...flat.replace(/《[^《》]{0,80}》/gu, '').matchAll(/(?<![\d〔[])(\d{4})\s*年/gu)].map(
    (m) => Number(m[1]),
  );
  if (year === null || written.some((y) => y > year)) return null;
  return { year, snippet: around(flat, first.index ?? 0, first[0].length) };
}
/** 「截至2023年12月31日」「截止2024年底」: the end of the year reported. */
const YEAR_END = /截[至止]\s*(\d{4})\s*年\s*(?:12\s*月\s*31\s*日|年底|底)/u;
/** 「…等六个方面汇报我镇2023年政府信息公开工作」: the year whose work the report reports. */
const YEAR_REPORTED = /(?:汇报|报告|总结)[^。；;，,\d]{0,12}?(\d{4})\s*年度?(?:政府信息公开|政务公开)工作/u;

/**
 * 「结合2022年威海市人民政府办公室政府信息公开工作实际，编制发布本报告」: the 山东 template's first
 * sentence names the organ whose work the report covers (its pages print no title in the article:
 * 威海市人民政府办公室 2022, 荣成市信访局 2025, 威海市环翠区信访局 2025).
 */
const WORK_OF_ORGAN =
  /(?:结合|做好)\s*(?:(\d{4})\s*年度?)?([^，。,；;：:《》“”「」\s\d]{2,40}?)(?:(\d{4})\s*年度?)?(?:政府信息公开|政务公开)(?:工作)?(?:的)?(?:实际)?/u;

/**
 * 「现将平潭综合实验区投资促进局2024年度政府信息公开工作的有关情况向社会公众发布」: the organ whose
 * year of work the report makes public (its article prints no title; its 落款 may sign with an
 * older name of the organ, 平潭投资促进局 2024 signed 「…国有资产管理局」).
 */
const MAKES_PUBLIC_WORK_OF =
  /(?:现将|现就|现把)\s*([^，。,；;：:《》“”「」\s\d]{2,40}?)\s*(\d{4})\s*年度?(?:政府信息公开|政务公开)(?:工作)?/u;

/**
 * The subject of one of the report's first clauses — an organ's name followed by what it did
 * (「2024年，路桥区人力资源和社会保障局以…为指导」「在区委、区政府的领导下，官洲街道办事处认真贯彻落实…」),
 * or that names its year's report (「某某街道2024年度工作报告根据《条例》…编制」) or its own work (「某某区退役军人事务局
 * 政府信息公开工作是根据…部署进行的」).
 * A name that opens on a bare level (「区教育局」「市委市政府」) says not which place's; 「我局」 names none.
 */
const SUBJECT =
  /^(?:\d{4}\s*年度?(?:以来)?\s*)?([\u3400-\u9FFF（）()]{2,30}?(?:人民政府|政府|局|委员会|管委会|委|办公室|办|厅|院|中心|署|处|所|站|馆|街道|镇|乡|苏木|管理区))(?=以|认真|坚持|深入|严格|紧紧|紧密|围绕|按照|根据|依据|全面|高度|始终|持续|进一步|积极|扎实|不断|切实|聚焦|立足|贯彻|落实|在|\d{4}\s*年度?(?:政府信息公开|政务公开)?(?:工作)?(?:年度)?报告|(?:本年度|\d{4}\s*年度?)?(?:政府信息公开|政务公开)工作(?:是|由|在|按照|根据|坚持|严格|认真))/u;
/** How many of the first clauses (of the preamble, of part 一) are looked at for such a subject. */
const SUBJECT_CLAUSES = 8;

function organAsSubject(text: string): { organ: string; snippet: string } | null {
  const flat = withoutSoftBreaks(text);
  let at = 0;
  for (const clause of flat.split(/[，,。；;\n]/u).slice(0, SUBJECT_CLAUSES)) {
    const m = SUBJECT.exec(clause.trim());
    const name = m?.[1];
    if (name && ORGAN_NAME.test(name) && !NOT_A_NAME.test(name))
      return { organ: name, snippet: around(flat, flat.indexOf(clause, at), clause.length) };
    at += clause.length;
  }
  return null;
}

/** 「如对本报告有任何疑问，请与某某开发区综合办公室联系」: the unit a reader is sent to. */
const CONTACT_UNIT =
  /(?:请与|请联系|可与|联系单位[：:])\s*([^，。,；;：:（(《》“”「」\s\d]{2,40}?)\s*(?:联系|[（(，,。；;])/u;
/**
 * An organ's own internal unit (its 办公室 acting for it): what stands before it is the organ
 * (「某某局办公室」「某某镇党政办公室」「某某开发区综合办公室」).
 */
const INTERNAL_UNIT =
  /(?:党政综合办公室|党政办公室|党政办|综合办公室|行政办公室|政务公开办公室|信息公开办公室|办公室|综合科|综合股|综合处|综合部)$/u;
/** A zone's name alone is its 管委会's (「某某经济开发区」). */
const ZONE = /(?:开发区|园区|新区|实验区|示范区|合作区)$/u;

/**
 * The organ named only as the unit a reader is sent to: 「请与舒城某某开发区综合办公室联系」 — an
 * organ's own office acting for it, so the report is the organ's. Not when the unit is a
 * government's 办公室 (「请与某某县人民政府办公室联系」): that office is an organ of its own, and the
 * report may be the government's or the office's — left unread, the office named in the warning; so
 * is a zone's 管委会办公室 (平潭综合实验区's report sends readers to 「管委会办公室」).
 */
function organOfContact(
  text: string,
  selfNamed = '',
): { organ: string; snippet: string } | { office: string } | null {
  const flat = withoutSoftBreaks(text);
  const m = CONTACT_UNIT.exec(flat);
  const unit = m?.[1];
  const inner = unit ? INTERNAL_UNIT.exec(unit) : null;
  if (m && unit && !inner && sendsToItself(unit, selfNamed))
    return { organ: unit, snippet: around(flat, m.index, m[0].length) };
  if (!m || !unit || !inner) return null;
  const organ = unit.slice(0, inner.index);
  // A government's (or a zone's 管委会's) 办公室 is an organ of its own: the report's when the text calls
  // itself 「我办」 (新华区人民政府办公室 2025: 「请与新华区人民政府办公室联系」, 「我办共收到…」).
  if (/(?:政府|管委会|管理委员会)$/u.test(organ)) {
    if (inner[0] !== '办公室' || !ORGAN_NAME.test(unit)) return null;
    return /[我本]办/u.test(selfNamed) && !/[我本](?:区|县|市|镇|乡|街道?|局|委)/u.test(selfNamed)
      ? { organ: unit, snippet: around(flat, m.index, m[0].length) }
      : { office: unit };
  }
  if (NOT_A_NAME.test(organ) || !(ORGAN_NAME.test(organ) || (ZONE.test(organ) && organ.length >= 4)))
    return null;
  return { organ, snippet: around(flat, m.index, m[0].length) };
}

/**
 * 「请与平度市公安局（地址：…）联系」 where the report calls itself 「我局」: the reader is sent to the organ
 * itself. Taken only when the unit is an organ's name (not a government's, which may be the superior
 * a 乡 or 街道 sends readers to) and the text speaks of itself by that organ's kind (「我局」「本局」 for
 * a 局, 「我委」 for a 委员会 or 委, 「我办」, 「我院」, 「我厅」, 「我署」).
 */
const SELF_KIND: readonly (readonly [RegExp, RegExp])[] = [
  [/局$/u, /[我本]局/u],
  [/(?:委员会|委)$/u, /[我本]委/u],
  [/办$/u, /[我本]办/u],
  [/院$/u, /[我本]院/u],
  [/厅$/u, /[我本]厅/u],
  [/署$/u, /[我本]署/u],
];
function sendsToItself(unit: string, selfNamed: string): boolean {
  if (!ORGAN_NAME.test(unit) || NOT_A_NAME.test(unit) || /(?:政府|管委会|管理委员会)$/u.test(unit))
    return false;
  return SELF_KIND.some(([kind, self]) => kind.test(unit) && self.test(selfNamed));
}

/**
 * 「本报告电子版可在深圳市交通运输局网站（…）查阅」 where the report calls itself 「我局」: the organ whose own
 * website carries the report (the reader is sent to 「我局政务公开工作小组」, the organ named nowhere else).
 */
const OWN_WEBSITE =
  /(?:可在|可从|可登录|登录|在|通过)\s*([\u3400-\u9FFF（）()]{2,30}?)(?:政府)?(?:门户)?网站/u;
function organOfWebsite(text: string, selfNamed: string): { organ: string; snippet: string } | null {
  const flat = withoutSoftBreaks(text);
  const m = OWN_WEBSITE.exec(flat);
  const name = m?.[1];
  return m && name && sendsToItself(name, selfNamed)
    ? { organ: name, snippet: around(flat, m.index, m[0].length) }
    : null;
}

/** Organ and year from the first sentences (the preamble, or part 一's opening paragraph). */
function fromOpening(text: string): {
  agency: string;
  year: number | null;
  snippet: string;
  yearSnippet: string;
} {
  const flat = yearDigits(text);
  // 「…的要求,绍兴市越城区东湖街道特编制2023年政府信息公开年度报告」: the organ before the verb.
  const namesReport = (name: string) => ORGAN_NAME.test(name) || PLACE_NAME.test(name);
  // The report named with its organ, not a notice cited before it (「《…关于编制2023年政府信息公开工作
  // 年度报告有关事项的通知》…现编制形成《漳州市某某局2023年…报告》」); else the first naming.
  const titles = [...flat.matchAll(TITLE_IN_TEXT_ALL)];
  const t = titles.find((m) => namesReport(withSharedGovernment(m[2]!))) ?? titles[0] ?? null;
  const titleName = t ? withSharedGovernment(t[2]!) : '';
  const v = t && namesReport(titleName) ? null : YEAR_TITLE_IN_TEXT.exec(flat);
  const before = v ? ORGAN_BEFORE.exec(flat.slice(0, v.index)) : null;
  const named = t && namesReport(titleName) ? { organ: titleName, at: t } : null;
  const preceding = before && v && ORGAN_NAME.test(before[1]!) ? { organ: before[1]!, at: v } : null;
  const w = named || preceding ? null : WORK_OF_ORGAN.exec(flat);
  const working = w && ORGAN_NAME.test(w[2]!) && !NOT_A_NAME.test(w[2]!) ? { organ: w[2]!, at: w } : null;
  const p = named || preceding || working ? null : MAKES_PUBLIC_WORK_OF.exec(flat);
  const madePublic = p && ORGAN_NAME.test(p[1]!) && !NOT_A_NAME.test(p[1]!) ? { organ: p[1]!, at: p } : null;
  // 「本报告…由泉港生态环境局编制」 standing in part 一 (a page whose preamble is its first paragraph).
  const c = named || preceding || working || madePublic ? null : COMPILED_BY.exec(flat);
  const compiled =
    c && ORGAN_NAME.test(c[1]!) && !NOT_A_NAME.test(c[1]!) ? { organ: organOfCompiler(c[1]!), at: c } : null;
  const organ = named ?? preceding ?? working ?? madePublic ?? compiled;
  const period = FULL_YEAR_PERIOD.exec(flat);
  const periodYear =
    period && (period[2] === undefined || period[2] === period[1]) ? validYear(period[1]) : null;
  const titled = t
    ? { year: validYear(t[1] ?? t[3]), at: t }
    : v
      ? { year: validYear(v[1]), at: v }
      : working
        ? { year: validYear(working.at[1] ?? working.at[3]), at: working.at }
        : madePublic
          ? { year: validYear(madePublic.at[2]), at: madePublic.at }
          : null;
  const work = YEAR_OF_WORK.exec(flat) ?? YEAR_REPORTED.exec(flat);
  const year = periodYear ?? titled?.year ?? validYear(work?.[1]);
  const at = periodYear !== null ? period : titled?.year ? titled.at : work;
  return {
    agency: organ?.organ ?? '',
    year,
    snippet: organ ? around(flat, organ.at.index, organ.at[0].length) : '',
    yearSnippet: year !== null && at ? around(flat, at.index, at[0].length) : '',
  };
}
// The top-level label ends where the letters do: 「table.MsoNormalTable」 (a Word style sheet's selector)
// is no host 「table.MsoNormalT」.
const WEBSITE =
  /(?:https?:\/\/)?(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.)+[a-z]{2,10}(?![a-z])(?::\d{1,5})?(?:\/[\w\-./?%&=#~]*)?/giu;
// 「联系电话：」「电话/传真：」「电话（传真）：」「咨询电话：」「热线：」 — not a 「举报电话」「投诉电话」 the
// report's text publishes for the public (甘南州卫生健康委 2025: 「公布举报电话(0941-…)」 in part 一).
const PHONE =
  /(?<!举报|投诉|举报投诉)(?:电[ \t\u3000]*话|热[ \t\u3000]*线|联系方式)(?:号码)?(?:\s*[/／、及和或]\s*传真|[（(]传真[）)])?\s*[：:]?\s*([0-9(（][0-9\-－—–()（）\s、/]{4,60}[0-9])/u;
const ADDRESS = /(?:联系地址|通讯地址|通信地址|办公地址|地址)\s*[：:]\s*/u;
/**
 * 「联系地址，…」 (a comma where the colon belongs; 平潭综合实验区财政金融局 2023–2025): taken only
 * when no 「地址：」 is printed and what follows names a building (「…大楼主楼6层」, 「…128号」), so
 * prose (「更新了办公地址，方便群众」) is never read as one.
 */
const ADDRESS_COMMA = /(?:联系地址|通讯地址|通信地址|办公地址)\s*[，,]\s*/gu;
const BUILDING = /(?:号|楼|层|室|大厦|院)$|(?:号|楼|层|室)\d*$/u;

/**
 * The text with soft line breaks removed: a break not after 「。！？；」 is where a PDF wrapped a
 * line (「…东七街二十八\n号」, 「http://…/c\nol/…」), so contact details are looked for across it.
 */
export function withoutSoftBreaks(text: string): string {
  // The character before the break is the line's last that is not a space: a line padded with
  // spaces (pdfplumber's layout text) keeps its 「。」 break, and the match stays linear there.
  return text.replace(/([^。！？；;!?\s])[ \t]*\n[ \t]*(?=\S)/gu, '$1');
}

function around(text: string, index: number, length: number): string {
  return snippetOf(text.slice(Math.max(0, index - 15), index + length + 15));
}

const FILE_TYPE = /\.(?:tsv|csv|txt|json|jsonl|xml|md|pdf|docx?|xlsx?|wps|ofd|zip|rar|7z|jpe?g|png|gif)$/iu;

function findWebsite(printed: string): { value: string; index: number } | null {
  // 「c１１１２０２」: a site typed with full-width digits is the same address (one character each).
  const text = asciiDigits(printed);
  for (const m of text.matchAll(WEBSITE)) {
    const index = m.index ?? 0;
    if (text[index - 1] === '@' || /@/u.test(text.slice(index + m[0].length, index + m[0].length + 1)))
      continue;
    // A final 「.」 ends the sentence; a final 「/」 is part of the address as printed.
    const value = m[0].replace(/\.+$/u, '');
    // A file name (「links.tsv」「附件1.pdf」) is no website: a host ending in a file type.
    if (!/^(?:https?:\/\/|www\.)/iu.test(value) && FILE_TYPE.test(value.split('/')[0]!)) continue;
    if (/[a-z]/iu.test(value)) return { value, index };
  }
  return null;
}

/** The address up to the next 「，」「；」「。」, a closing bracket it did not open, or 「邮编」「电话」. */
function findAddress(text: string): { value: string; index: number } | null {
  const m = ADDRESS.exec(text);
  if (m) return addressAt(text, m.index, m.index + m[0].length);
  for (const c of text.matchAll(ADDRESS_COMMA)) {
    const found = addressAt(text, c.index, c.index + c[0].length);
    if (found && BUILDING.test(found.value)) return found;
  }
  return null;
}

function addressAt(text: string, index: number, start: number): { value: string; index: number } | null {
  let depth = 0;
  let end = start;
  for (; end < text.length && end - start < 200; end++) {
    const ch = text[end]!;
    if ('，,；;。\n\t'.includes(ch)) break;
    if (ch === '（' || ch === '(') depth++;
    if (ch === '）' || ch === ')') {
      if (depth === 0) break;
      depth--;
    }
    if (/^(?:邮编|邮政编码|联系电话|电话)/u.test(text.slice(end, end + 4))) break;
  }
  // pdftotext sets the digits of a PDF from LibreOffice apart by spaces (「县前街 128 号」): no
  // Chinese address has a space next to a Chinese character.
  // 「地址：…一楼101室、联系电话：…」: the 「、」 that separates the next field is not the address's.
  const raw = text.slice(start, end).trim();
  // Cut at a tab or line end with its number or unit right after (「…洪泽湖大道\t90\t号」: a page laid
  // out by spaces that became tabs): the address goes on past the cut, unread rather than cut short.
  const after = text.slice(end, end + 40);
  if (
    (text[end] === '\t' || text[end] === '\n') &&
    /^\s*(?:[0-9０-９]|(?:层|楼|号|室|栋|幢|单元))/u.test(after)
  )
    return null;
  // Cut at a tab with more of the text after it than the next field: the line's spaces became tabs.
  if (
    text[end] === '\t' &&
    /^\s*[\u3400-\u9FFF]/u.test(after) &&
    !/^\s*(?:邮|电话|联系电话|传真|网址|电子)/u.test(after)
  )
    return null;
  // A gap between a Chinese character and a unit that counts (「主楼 层」「大道 号」): the number that
  // stood there went elsewhere (pdfplumber moves a line's digits to a line of their own) — the
  // address as printed is not in the text.
  if (/[\u3400-\u9FFF][ \t\u3000]+(?:层|楼|号|室|栋|幢|单元)/u.test(raw)) return null;
  const value = raw
    .replace(/(?<=[\u3400-\u9FFF])[ \t\u3000]+|[ \t\u3000]+(?=[\u3400-\u9FFF])/gu, '')
    .replace(/[、\s]+$/u, '');
  return value ? { value, index } : null;
}

/**
 * 「请与钦北区林业局办公室联系(0777-3686012)或电子邮箱…」: a number alone in brackets right after
 * 「联系」, no 「电话」 before it (a phone number's shape only: area code and number, or 7–8 digits).
 */
const PHONE_AFTER_CONTACT = /联系\s*[（(]\s*((?:0\d{2,3}\s*[-－—–]\s*)?\d{7,8})\s*[）)]/u;

function findPhone(text: string): { value: string; index: number } | null {
  const digits = asciiDigits(text);
  const labelled = PHONE.exec(digits);
  const bracketed = PHONE_AFTER_CONTACT.exec(digits);
  const m = labelled && (!bracketed || labelled.index <= bracketed.index) ? labelled : bracketed;
  if (!m) return null;
  const value = m[1]!
    .replace(/[－—–]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
  return { value, index: m.index };
}

/**
 * `head`: the lines before the first part heading; `whole`: the whole text, searched for contact
 * details the preamble does not give; `hasParts`: false when no part heading was found, so the
 * head is not taken for a preamble.
 */
/**
 * A report named by its place alone (「某某市2025年政府信息公开工作年度报告」, 「全市各级行政机关」):
 * the people's government's report of that place as a whole.
 */
const PLACE_ONLY = /^[\u4e00-\u9fff]{1,20}?(?:自治区|自治州|自治县|省|市|区|县|旗|州|盟|镇|乡)$/u;
const ORGAN_WORD = /(?:局|委|办|厅|院|部|署|处|所|站|馆|队|社|会|室|中心|公司|街道|园区|开发区|新区|管理区)/u;

/**
 * A people's government reports as a whole (本级政府, due 31 March), also when it writes itself
 * 「…区政府」 or only its place's name; its offices and departments as departments.
 */
/** The government of a place reporting for all its administrative organs (「全市各级行政机关」「全县各级政府部门」). */
const WHOLE_PLACE =
  /全(?:省|市|区|县|旗|州|盟)(?:各级(?:各类)?(?:行政机关|政府部门|政府)|各乡镇(?:（街道）|\(街道\))?[、和及]?(?:各)?(?:部门|单位))/u;

export const reportKindOf = (agencyName: string): ReportKind =>
  /政府$/u.test(agencyName) || (PLACE_ONLY.test(agencyName) && !ORGAN_WORD.test(agencyName))
    ? 'government'
    : 'department';

/**
 * A year spaced from the Chinese around it, as many extractors print prose (「现公布某市 2022 年政府信息
 * 公开工作年度报告」「2025 年上海市…」): read as 「某市2022年」, so the organ before the year is found.
 * Nothing else is joined (a date's, a phone number's spaces stay).
 */
const joinSpacedDigits = (line: string): string =>
  line
    .replace(/(?<![\d.])(\d{4})[ \t\u3000]+(?=年)/gu, '$1')
    .replace(/([\u3400-\u9FFF])[ \t\u3000]+(?=\d{4}年)/gu, '$1');

export function readMeta(
  head: readonly string[],
  whole: string,
  hasParts: boolean,
  page: PageMeta = EMPTY_PAGE_META,
  /** the opening paragraph of part 一, where some reports state what a preamble would */
  opening1 = '',
  /** the whole of part 一: the year its work is dated in, when nothing before names one */
  overview = '',
): MetaRead {
  const lines = head.map((l) => joinSpacedDigits(l.trim())).filter((l) => l !== '');
  opening1 = joinSpacedDigits(opening1);
  const findings: MetaFinding[] = [];
  const found = (field: string, value: string | number, snippet: string) => {
    if (value !== '' && value !== null) findings.push({ field, value, snippet });
  };
  let title = findTitle(lines);
  // The first long line: the page's first line, or one under a few short lines of a template
  // (「栏目导航」「发布时间：… 来源：本网」) when it opens on the report's title
  // (「某某局2022年政府信息公开工作年度报告（以下简称年报）是根据…」).
  const long = lines.findIndex((l) => l.length > MAX_TITLE_LINE);
  if (!title && long >= 0 && long <= MAX_LINES_ABOVE_INLINE_TITLE) {
    const first = lines[long]!.replace(/^\s+/u, '').replace(LEADING_CRUMB, '');
    const found = INLINE_TITLE.exec(first);
    const organ = found ? agencyFromTitle(found[1]!) : '';
    const inline = long === 0 || (organ !== '' && !NOT_A_NAME.test(organ)) ? found : null;
    if (inline) {
      // Page furniture run into the title on a page saved as one line (「智能问答当前位置：首页 > 年报 >
      // 镇街某某街道办事处2021年…」, 「信息来源：某某乡政府某某乡2025年…」): the organ is the one the
      // page's own 「标题：」 names, where the title ends with it; else what follows the last 「>」「|」「：」.
      inline[1] = organOnly(inline[1]!, page.title);
      const rest = first.slice(inline[1]!.length);
      const info = INLINE_ARTICLE_INFO.exec(rest);
      // Only a run of page furniture that ends where the report's own sentences begin; a labelled
      // date right after the title is the publish date (labelledDate), left for it.
      const furniture =
        info !== null && /[:：]|微信|微博/u.test(info[0]) && !/^\s*(?:发布|公开)?(?:日期|时间)/u.test(rest);
      lines.splice(long, 1, inline[1]!, furniture ? rest.slice(info[0].length) : rest);
      title = { title: inline[1]!.replace(/\s+/gu, ''), end: long + 1 };
    }
  }
  let publishDate = '';
  let publishDateLabelled = false;
  const preambleLines: string[] = [];
  const from = title?.end ?? 0;
  // The title again further down (a crawler's 「标题：」 line, then the portal's header, navigation
  // and metadata table, then the article's own title): what stands before its last copy is the
  // page's, not the preamble.
  let opens = from;
  for (let i = from; i < lines.length; i++) if (isTitleLine(lines[i]!)) opens = i + 1;
  for (const [k, line] of (hasParts ? lines.slice(from) : []).entries()) {
    const inPreamble = from + k >= opens;
    const date = line.length <= 30 ? dateLine(line) : '';
    const labelled = publishDate ? null : labelledDate(line);
    if (date && !publishDate) publishDate = date;
    else if (labelled) {
      publishDate = labelled.date;
      publishDateLabelled = true;
      if (labelled.rest && inPreamble) preambleLines.push(labelled.rest);
    } else if (inPreamble && !isArticleInfo(line)) preambleLines.push(line);
  }
  const preamble = preambleLines.join('\n');
  // A title found in a page's breadcrumb (「长者版 无障碍阅读当前位置:首页 > … > 政府信息公开年度报告」) names no organ.
  let agencyName = title ? withoutHeaderLinks(agencyFromTitle(title.title)) : '';
  if (NAVIGATION_IN_NAME.test(agencyName)) agencyName = '';
  let agencySnippet = title?.title ?? '';
  if (!agencyName) {
    // 「本报告由各单位汇总编制」 names no organ.
    const stated = AGENCY_IN_PREAMBLE.exec(preamble);
    const m = stated && !NAMES_NONE.test(stated[1]!.trim()) ? stated : null;
    const by = m ? null : COMPILED_BY.exec(withoutSoftBreaks(preamble));
    if (m) {
      agencyName = m[1]!.trim();
      agencySnippet = around(preamble, m.index, m[0].length);
    } else if (by && ORGAN_NAME.test(by[1]!)) {
      agencyName = organOfCompiler(by[1]!);
      agencySnippet = around(withoutSoftBreaks(preamble), by.index, by[0].length);
    }
  }
  // No whole title: a head line that opens like one (organ, year, 「政府信息公开」).
  const prefixed = title
    ? null
    : lines
        .filter((l) => l.length <= MAX_TITLE_LINE && !BREADCRUMB.test(l))
        .map((l) => TITLE_PREFIX.exec(yearDigits(l)))
        .find((m) => m !== null && ORGAN_NAME.test(m[1]!) && !NOT_A_NAME.test(m[1]!));
  if (!agencyName && prefixed) {
    agencyName = prefixed[1]!;
    agencySnippet = prefixed.input;
  }
  // The first sentences of the report (its preamble, or part 一's opening when the preamble stands
  // there): the report's own text, before the page's title.
  const opening = fromOpening(hasParts ? `${preamble}\n${opening1}` : '');
  if (!agencyName && opening.agency) {
    agencyName = opening.agency;
    agencySnippet = opening.snippet;
  }
  // The page's title (「标题」 of a saved page, an HTML <title>) only for what the report's own text
  // does not state (nianbao issue 18).
  const pageTitle = page.title.includes(TITLE_CORE) ? reportPart(page.title.replace(/\s+/gu, '')) : '';
  // The organ the page's own title names, with a breadcrumb's last crumb glued before it in the text
  // (「…>部门公开年报东街街道2023年度…」 read 「年报东街街道」): what stands before it is no place.
  const pageOrgan = pageTitle ? agencyFromTitle(pageTitle) : '';
  if (
    pageOrgan !== '' &&
    agencyName !== pageOrgan &&
    agencyName.endsWith(pageOrgan) &&
    !PLACE_END.test(agencyName.slice(0, -pageOrgan.length))
  ) {
    agencyName = pageOrgan;
    agencySnippet = `网页标题：${pageTitle}`;
  }
  if (!agencyName && pageTitle) {
    agencyName = agencyFromTitle(pageTitle);
    agencySnippet = `网页标题：${pageTitle}`;
  }
  // A title (the report's or the page's) naming its organ without the place (「县政府办2022年度…」): the name with its place where
  // the report's first sentences write it out (「2022年，府谷县人民政府办公室严格贯彻…」).
  const placed = PLACELESS.test(agencyName) ? withPlace(agencyName, `${preamble}\n${opening1}`) : null;
  // A title naming its organ from its level on (「2021年区集体经济发展服务署…报告」): the same name with
  // its place where the page or the report's first sentences write it out (「来源：深圳市福田区集体经济
  // 发展服务署」); without it the name stays as the title gives it.
  const located =
    placed || !FROM_LEVEL.test(agencyName)
      ? null
      : placeBefore(
          agencyName,
          [page.publisher, ...lines.filter((l) => !isHeaderLinks(l)), opening1].join('\n'),
        );
  if (located) {
    agencyName = located.name;
    agencySnippet = located.snippet;
  }
  if (placed) {
    agencyName = placed.name;
    agencySnippet = placed.snippet;
  }
  // Last: the organ its first sentences are about (the report prints no title, nor names itself).
  const subject = agencyName || !hasParts ? null : (organAsSubject(preamble) ?? organAsSubject(opening1));
  if (subject) {
    agencyName = subject.organ;
    agencySnippet = subject.snippet;
  }
  // Last of all: the organ whose own office a reader is sent to (「请与某某局办公室联系」).
  const selfNamed = `${preamble}\n${opening1}\n${overview}`;
  const contact =
    agencyName || !hasParts
      ? null
      : (organOfContact(preamble, selfNamed) ?? organOfContact(opening1, selfNamed));
  if (contact && 'organ' in contact) {
    agencyName = contact.organ;
    agencySnippet = contact.snippet;
  }
  const ownSite =
    agencyName || !hasParts
      ? null
      : (organOfWebsite(preamble, selfNamed) ?? organOfWebsite(opening1, selfNamed));
  if (ownSite) {
    agencyName = ownSite.organ;
    agencySnippet = ownSite.snippet;
  }
  const titleYear = title ? /(\d{4})\s*年/u.exec(yearDigits(title.title)) : null;
  const preambleYear = YEAR_IN_PREAMBLE.exec(yearDigits(preamble));
  const pageYear = pageTitle ? /(\d{4})\s*年/u.exec(yearDigits(pageTitle)) : null;
  const prefixYear = validYear(prefixed?.[2]);
  const openingYear = openingYearOf(yearDigits(opening1));
  const year =
    validYear(titleYear?.[1]) ??
    prefixYear ??
    validYear(preambleYear?.[1]) ??
    opening.year ??
    validYear(pageYear?.[1]) ??
    validYear(openingYear?.[1]);
  const sole = year === null ? (soleYearOf(overview) ?? paragraphYearOf(overview)) : null;
  // 「截止2023年12月31日我局通过官方网站发布…」: the year's last day names the year reported (a date, so
  // no work year for soleYearOf), when nothing else does.
  const cutoff =
    year === null && sole === null ? YEAR_END.exec(yearDigits(`${preamble}\n${overview}`)) : null;
  const cutoffYear = validYear(cutoff?.[1]);
  const yearSnippet = validYear(titleYear?.[1])
    ? (title?.title ?? '')
    : prefixYear !== null && prefixed
      ? prefixed.input
      : validYear(preambleYear?.[1]) && preambleYear
        ? around(yearDigits(preamble), preambleYear.index, preambleYear[0].length)
        : opening.year !== null
          ? opening.yearSnippet
          : validYear(pageYear?.[1]) !== null
            ? `网页标题：${pageTitle}`
            : year !== null && openingYear
              ? snippetOf(yearDigits(opening1).slice(openingYear.index), 40)
              : (sole?.snippet ?? (cutoff ? snippetOf(cutoff[0], 40) : ''));
  const flatPreamble = withoutSoftBreaks(preamble);
  // Not the page's article info lines (the portal's name, address and date under the title).
  const flatWhole = withoutSoftBreaks(
    whole
      .split('\n')
      .filter((l) => !isArticleInfo(l))
      .join('\n'),
  );
  const inPreambleOrWhole = <T extends { value: string; index: number }>(find: (t: string) => T | null) => {
    const local = find(flatPreamble);
    if (local) return { ...local, snippet: around(flatPreamble, local.index, local.value.length + 6) };
    const global = find(flatWhole);
    return global ? { ...global, snippet: around(flatWhole, global.index, global.value.length + 6) } : null;
  };
  const website = inPreambleOrWhole(findWebsite);
  const addressFound = inPreambleOrWhole(findAddress);
  // 「５号楼２５层」: the address with the digits a reader types (full-width digits are the same numbers).
  const address = addressFound ? { ...addressFound, value: asciiDigits(addressFound.value) } : null;
  const phone = inPreambleOrWhole(findPhone);
  // Whichever line gave it: a page's header links glued before the name are not the name's.
  agencyName = withoutHeaderLinks(agencyName);
  // A people's government reports as a whole (本级政府, due 31 March); its offices and departments
  // report as departments (条例第四十九条, SPEC §1).
  // Without a name, a report that speaks for 「全市各级行政机关」 is its place's government's.
  const wholePlace = agencyName ? null : WHOLE_PLACE.exec(withoutSoftBreaks(`${preamble}\n${opening1}`));
  const reportKind = wholePlace ? 'government' : reportKindOf(agencyName);

  found('agencyName', agencyName, agencySnippet);
  found('year', year ?? sole?.year ?? cutoffYear ?? '', yearSnippet);
  found('title', title?.title ?? '', title?.title ?? '');
  found('preamble', preamble, snippetOf(preamble, 60));
  found('website', website?.value ?? '', website?.snippet ?? '');
  found('contactAddress', address?.value ?? '', address?.snippet ?? '');
  found('contactPhone', phone?.value ?? '', phone?.snippet ?? '');
  found('publishDate', publishDate, publishDate);
  if (agencyName) found('reportKind', reportKind, agencyName);
  else if (wholePlace) found('reportKind', reportKind, wholePlace[0]);
  return {
    title: title?.title ?? '',
    agencyName,
    agencyFromPage: agencyName !== '' && agencySnippet.startsWith('网页标题：'),
    ...(contact && 'organ' in contact ? { agencyFromContact: true } : {}),
    ...(contact && 'office' in contact ? { contactOffice: contact.office } : {}),
    year: year ?? sole?.year ?? cutoffYear,
    preamble,
    website: website?.value ?? '',
    contactAddress: address?.value ?? '',
    contactPhone: phone?.value ?? '',
    publishDate,
    publishDateLabelled,
    reportKind,
    findings,
  };
}
