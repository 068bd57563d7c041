// The shapes published reports come in (nianbao issue 18), each a deterministic transform of a
// corpus report. A new shape is one more line in SHAPES. Every shape states what it does to the
// expected values (only the 2019 row changes them: its one row is stored in 「3.其他」).
import { OVERVIEW_LABELS, PART_TITLES, type PartKey, REPORT_TITLE } from '../report/labels';
import type { CorpusReport } from './corpus-types';
import { type Block, documentOf } from './document';
import { singleOtherHandlingRow } from './national-grid';
import { browserPrintText } from './renderers/browser-print';
import { renderCmsPage } from './renderers/cms-page';
import { renderHtml } from './renderers/html-page';
import { BREAK, renderPdfText } from './renderers/pdf-text';
import { asPdf2Xml } from './renderers/pdf2xml';
import { renderPdfium } from './renderers/pdfium-text';
import { renderPdfminer } from './renderers/pdfminer-text';
import { pdfplumberLine } from './renderers/pdfplumber-text';
import { type PipeStyle, renderPipeText } from './renderers/pipe-text';
import { renderPlainPrint } from './renderers/plain-print';
import { type PageMeta, renderBrowserCopy, renderOneLine, renderText } from './renderers/text-doc';

export type ShapeInput = { kind: 'text' | 'html'; input: string };
export type Shape = {
  name: string;
  /** zh-CN/English note for the bench table */
  description: string;
  /** the report as printed in this shape; `blocks` default to documentOf(r) (a plant may change them) */
  render: (r: CorpusReport, blocks?: Block[]) => ShapeInput;
  /** the 2019 single 「（六）其他处理」 row: 1 and 2 read as 0, 3 as the sum */
  mergesOtherHandling?: boolean;
  /** the report as this shape prints it, when that differs from what was written (the organ's name) */
  printed?: (r: CorpusReport) => CorpusReport;
  /** table cells run together with nothing between: rows that split several ways stay unread */
  cellsRunTogether?: boolean;
  /**
   * part 三 is read only where the table's own identities prove the order of its numbers: a printed
   * total that breaks them leaves the table unread (and says so), it cannot be read and compared
   */
  orderByIdentities?: boolean;
  /**
   * narrative sub-items (「report key:part.key」) whose text cannot be rebuilt from this shape: a
   * line's digits torn off to the next line fit two places equally, so they stay where they stand
   */
  narrativesUndecided?: readonly string[];
  /**
   * part 二's 第二十条第（一）项 numbers stand apart from their labels, and where reading them row by
   * row and column by column differs, nothing proves which: those rows stay unread
   */
  documentRowsUndecided?: boolean;
};

const text = (input: string): ShapeInput => ({ kind: 'text', input });
const html = (input: string): ShapeInput => ({ kind: 'html', input });

/** The place name that opens the organ's name (「湖州市」「历下区」), as some portals' 标题 lines hold. */
const placeOnly = (name: string) => /^.{2,}?(?:自治区|自治州|自治县|[省市县区旗])/u.exec(name)?.[0] ?? name;

function pageMeta(r: CorpusReport, title = r.title): PageMeta {
  const host = r.website ? r.website.replace(/^https?:\/\//u, '').split('/')[0]! : 'www.example.gov.cn';
  const date = r.publishDate || `${r.year + 1}-01-20`;
  return {
    title,
    publishTime: `${date} 09:30:00`,
    url: `https://${host}/art/${date.slice(0, 4)}/${date.slice(5, 7)}/art_${1000 + r.year}_${r.key.length * 7919}.html`,
    column: '政府信息公开年报',
  };
}

/**
 * A page as a crawler archives it (a real archive of a portal's 政府信息公开年报 column): the page
 * metadata, where it saved the page, a note on the files beside it and a rule; then the page on
 * one line — breadcrumb, title, the article info (来源, 时间, share buttons), the report.
 */
function archivedPage(r: CorpusReport, blocks: readonly Block[]): string {
  const m = pageMeta(r);
  const lines = renderOneLine(
    blocks.filter((x) => x.kind !== 'title'),
    m,
    '',
  ).split('\n');
  const body = lines.pop()!;
  const month = m.publishTime.slice(0, 7).replace('-', '');
  return [
    ...lines,
    `本地目录: zwgk/zfxxgknb/${month}/${1000 + r.year}_${r.title}`,
    '页面链接与图片详见 links.tsv(同目录)',
    '==================== 正文 ====================',
    `当前位置： 首页政务公开政府信息公开政府信息公开年报 ${r.title} 来源：${r.agencyName} 时间：${m.publishTime.slice(0, 16)} 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： --> ${body}`,
  ].join('\n');
}

const mapParas = (blocks: readonly Block[], fn: (text: string) => string): Block[] =>
  blocks.map((b) => (b.kind === 'para' ? { ...b, text: fn(b.text) } : b));

/**
 * pypdf's layout mode of a justified line: the line's characters spread over the page's width, runs
 * of spaces between Chinese characters (「予以公            开及」). Full lines from part 一's heading on
 * (the preamble's contact details are the meta reader's); every `step`-th gap between two Chinese
 * characters of such a line widened so that every full line is as long. A fresh hook per rendering (it keeps state).
 */
/** The display width every full line is padded to (a space counts half, as a PDF line is measured). */
const JUSTIFIED_WIDTH = 54;
function justifiedLines(step: number, pageWidth: number): (line: string) => string[] {
  let body = false;
  const cjk = /[\u4E00-\u9FFF]/u;
  const width = (t: string) => [...t].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) < 0x100 ? 0.5 : 1), 0);
  return (line) => {
    if (line.startsWith(PART_TITLES.overview)) body = true;
    // Only a full line is justified (not a paragraph's last line, a heading or the 落款).
    if (!body || width(line) < pageWidth - 1) return [line];
    // Padded to one width (pypdf lays every full line out to the page's width): the spaces shared
    // among every `step`-th gap between two Chinese characters.
    const chars = [...line];
    const gaps = chars.flatMap((ch, k) =>
      k > 0 && k % step === 0 && cjk.test(ch) && cjk.test(chars[k - 1]!) ? [k] : [],
    );
    const spaces = Math.max(0, Math.round((JUSTIFIED_WIDTH - width(line)) * 2));
    if (gaps.length === 0 || spaces === 0) return [line];
    const out = chars.map((ch, k) => {
      const g = gaps.indexOf(k);
      if (g < 0) return ch;
      const share = Math.floor(spaces / gaps.length) + (g < spaces % gaps.length ? 1 : 0);
      return `${' '.repeat(share)}${ch}`;
    });
    return [out.join('')];
  };
}

/** Part 六 written as one paragraph (its sub-items run on in one line). */
function otherMattersAsOneParagraph(blocks: readonly Block[]): Block[] {
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('六、'));
  const end = blocks.findIndex((b, i) => i > at && b.kind === 'signature');
  const stop = end < 0 ? blocks.length : end;
  const paras = blocks.slice(at + 1, stop).map((b) => (b.kind === 'para' ? b.text : ''));
  return [...blocks.slice(0, at + 1), { kind: 'para', text: paras.join('') }, ...blocks.slice(stop)];
}

/** A portal's 信息公开 article page around the report: what a clerk gets by select-all and copy. */
function portalPage(r: CorpusReport, blocks: readonly Block[]): string {
  const m = pageMeta(r);
  const date = m.publishTime.slice(0, 10);
  const pairs: [string, string][] = [
    [
      '索引号：',
      `11${String(r.year * 7919 + r.key.length).padStart(16, '0')}/${r.year + 1}-00${r.key.length}`,
    ],
    ['主题分类：', '其他'],
    ['发布机构：', r.agencyName],
    ['发布日期：', date],
    ['文号：', ''],
    ['名称：', r.title],
  ];
  const table =
    r.key.length % 2 === 0
      ? [0, 2, 4].map((i) => `${pairs[i]![0]}\t${pairs[i]![1]}\t${pairs[i + 1]![0]}\t${pairs[i + 1]![1]}`)
      : pairs.flatMap(([k, v]) => (v ? [k, v] : [k]));
  const head = [
    '当前位置：首页 > 政务公开 > 政府信息公开年报',
    ...table,
    '【字体：大 中 小】  打印本页  浏览次数：1234',
  ];
  const info = `${m.publishTime.slice(0, 16)}  来源：${r.agencyName}  【大 中 小】【打印】【关闭】`;
  const body = renderText(blocks, 'tabs').split('\n');
  const at = blocks[0]?.kind === 'title' ? 1 : 0;
  const footer = [
    '【打印本页】【关闭窗口】',
    `主办单位：${r.agencyName}`,
    '网站标识码：0000000000  某ICP备00000000号',
  ];
  return [...head, ...body.slice(0, at), info, ...body.slice(at), ...footer].join('\n');
}

/**
 * Where a PDF line happens to break: inside the address (its last character on the next line),
 * right after the phone's label, and inside a narrative count (「收到政府\n信息公开申请 17 件」).
 */
function pdfBreaks(r: CorpusReport, blocks: readonly Block[]): Block[] {
  const address = r.contactAddress;
  return mapParas(blocks, (t) => {
    let out = t;
    if (address && out.includes(address))
      out = out.replace(address, `${address.slice(0, -1)}${BREAK}${address.slice(-1)}`);
    out = out.replace(/(电话\/传真：|联系电话：|咨询电话：)/u, `$1${BREAK}`);
    const counted = /(收到|新收|受理)政府信息公开申请(\d+)件/u;
    // 「受理政府\n信息公开申请 17 件」; where the count is worded otherwise, the break falls before 「申请」.
    out = counted.test(out)
      ? out.replace(counted, `$1政府${BREAK}信息公开申请 $2 件`)
      : out.replace(/信息公开申请(共?)(\d+)件/u, `信息公开${BREAK}申请$1 $2 件`);
    return out;
  });
}

/** The body without the report's title, its organ and its year: the page says them only in <title>. */
function onlyInPageTitle(r: CorpusReport, blocks: readonly Block[]): Block[] {
  return mapParas(
    blocks.filter((b) => b.kind !== 'title'),
    (t) =>
      t
        .replace(`本报告由${r.agencyName}`, '本报告')
        .replace(/本报告所列数据的统计期限自\d{4}年1月1日起至\d{4}年12月31日止。/u, ''),
  );
}

/**
 * Word's 「另存为网页」 hard-wraps its source lines: between two Chinese characters a line break may
 * fall anywhere, in labels and sentences alike (Latin text breaks only at spaces, never inside a
 * URL or a phone number), and between a tag's attributes.
 */
function wordSourceWraps(page: string, every: number): string {
  const wide = (ch: string | undefined) => ch !== undefined && /[\u3000-\u9fff\uff00-\uffef]/u.test(ch);
  return page
    .replace(/>([^<]{12,})</gu, (_m, text: string) => {
      const chars = [...text];
      let out = '';
      let run = 0;
      chars.forEach((ch, i) => {
        out += ch;
        run++;
        if (run >= every && wide(ch) && wide(chars[i + 1])) {
          out += '\r\n';
          run = 0;
        }
      });
      return `>${out}<`;
    })
    .replace(/ (style|valign)=/gu, '\r\n$1=');
}

/**
 * How the same organ's name is written differently from one year to the next (nianbao issue 18):
 * 「管委会」 for 「管理委员会」, 「政府」 for 「人民政府」, the higher-level place left out
 * (「济南市历下区…」 → 「历下区…」), the other width of brackets, a stray space after the place.
 * The first that applies; only odd years, so the two years of a chain differ.
 */
export function organNameVariant(name: string, year: number): string {
  if (year % 2 === 0) return name;
  const place = /^(.{2,}?[省市])(.{2,}?[市县区旗])/u.exec(name);
  if (name.includes('管理委员会')) return name.replace('管理委员会', '管委会');
  if (name.includes('人民政府')) return name.replace('人民政府', '政府');
  if (place) return name.slice(place[1]!.length);
  if (/[()（）]/u.test(name))
    return name.replace(/[()（）]/gu, (b) => ({ '(': '（', ')': '）', '（': '(', '）': ')' })[b]!);
  return name.replace(/^(.{2,}?[市县区旗])/u, '$1 ');
}

const renamed = (r: CorpusReport, printed: string) =>
  printed.replaceAll(r.agencyName, organNameVariant(r.agencyName, r.year));

/** Every mention renamed; the name read is the variant without its stray spaces (the importer drops them). */
function renamedReport(r: CorpusReport): CorpusReport {
  const variant = organNameVariant(r.agencyName, r.year);
  const all = JSON.parse(JSON.stringify(r).replaceAll(r.agencyName, variant)) as CorpusReport;
  return { ...all, agencyName: variant.replace(/\s+/gu, '') };
}

/**
 * As some portal pages print part 三: a paragraph of the year's counts before the table (its
 * words 「予以公开」「其他」 are not row labels), and on some pages no heading before the table.
 */
function applicationsWithProse(r: CorpusReport, blocks: readonly Block[], dropHeading: boolean): Block[] {
  const a = r.numbers.applications;
  const prose = `${r.year}年,本机关共收到${a.newReceived.total ?? 0}份政府信息公开申请。其中,予以公开${a.granted.total ?? 0}件,部分公开${a.partiallyGranted.total ?? 0}件,其他按规定答复。`;
  return blocks.flatMap((b, i): Block[] => {
    const next = blocks[i + 1];
    const opensApplications = next?.kind === 'table' && next.part === 'applications';
    if (b.kind === 'heading' && opensApplications)
      return dropHeading ? [] : [b, { kind: 'para', text: prose }];
    return [b];
  });
}

/** A crawler page of `style`, the part 三 heading left out on every third report. */
const pipePage = (r: CorpusReport, b: readonly Block[], style: PipeStyle) =>
  text(renderPipeText(applicationsWithProse(r, b, r.key.length % 3 === 0), style));

/**
 * Parts 四 and 五 under the headings of the 2019 format many organs keep, and a sentence before
 * part 四's table holding the year (a PDF wraps it mid-sentence, so it may end with 「,」).
 */
function headings2019(r: CorpusReport, blocks: readonly Block[]): Block[] {
  const wording: Partial<Record<string, string>> = {
    [PART_TITLES.appeals]: '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
    [PART_TITLES.problems]: '五、政府信息公开工作存在的主要问题及改进情况',
  };
  return blocks.flatMap((b): Block[] => {
    if (b.kind !== 'heading' || b.level !== 'part' || !wording[b.text]) return [b];
    const heading: Block = { ...b, text: wording[b.text]! };
    if (b.text !== PART_TITLES.appeals) return [heading];
    return [
      heading,
      {
        kind: 'para',
        text: `${r.year} 年,本机关因政府信息公开工作被申请行政复议、提起行政诉讼的情况如下表所列。`,
      },
    ];
  });
}

const with2019Row = (blocks: readonly Block[]): Block[] =>
  blocks.map((b) =>
    b.kind === 'table' && b.part === 'applications' ? { ...b, rows: singleOtherHandlingRow(b.rows) } : b,
  );

/**
 * A PDF whose fonts share one glyph between a character and its radical, and whose text layer names
 * the radical: 「⼀、总体情况」「⼈⺠政府」. Every character with a Kangxi radical of its own (Unicode's
 * mapping of U+2F00–U+2FD5) and a few simplified radicals of the supplement become the radical.
 */
const KANGXI = new Map(
  Array.from({ length: 0xd6 }, (_, i) => String.fromCodePoint(0x2f00 + i)).map((r) => [
    r.normalize('NFKC'),
    r,
  ]),
);
const SIMPLIFIED_RADICALS: Record<string, string> = {
  民: '\u2EA0',
  长: '\u2ED3',
  门: '\u2ED4',
  见: '\u2EC5',
  车: '\u2ECB',
  页: '\u2EDA',
  马: '\u2EE2',
  龙: '\u2EF0',
};
const asRadicals = (text: string): string =>
  text.replace(/[\u4E00-\u9FFF]/gu, (c) => SIMPLIFIED_RADICALS[c] ?? KANGXI.get(c) ?? c);

/**
 * A report converted to markdown, as found in repositories (a PDF or a page run through a
 * converter): 「# 」 before the title, 「## 」 before the part headings, every table row a
 * 「| … |」 line with the rule 「|---|」 under each table's first row. With `tear`, the converter
 * tore part 三's 「（四）无法提供」 labels from their numbers (multi-line cells of a PDF): the first
 * row's label lost, the other two labels stacked before their numbers (a real 2024 上海 report).
 */
type MarkdownOptions = {
  /** part 三's 「（四）」 labels torn from their numbers */
  tear?: boolean;
  /** 「## 表二：主动公开政府信息情况」 under each table's part heading */
  captions?: boolean;
  /** part 四 as its one row of numbers, its header words lost (「行政复议行政诉讼」 left on a line when `appealsLine`) */
  flatAppeals?: boolean;
  appealsLine?: boolean;
};
function asMarkdown(
  tabText: string,
  { tear = false, captions = false, flatAppeals = false, appealsLine = false }: MarkdownOptions = {},
): string {
  const out: string[] = [];
  let inTable = false;
  const lines = tabText.split('\n');
  const cellsOf = (line: string) => line.replace(/^\t/u, '').split('\t');
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('\t')) {
      inTable = false;
      if (i === 0) out.push(`# ${line}`);
      else if (/^[一二三四五六]、/u.test(line)) {
        out.push(`## ${line}`);
        const table = /^([二三四])、(.+)$/u.exec(line);
        if (captions && table) out.push(`## 表${table[1]}：${table[2]}`);
        if (flatAppeals && line === PART_TITLES.appeals) {
          // the three header rows lost: only the row of fifteen numbers, no rule under it
          while (lines[i + 1]?.startsWith('\t') && !/^\t\d/u.test(lines[i + 1]!)) i++;
          if (appealsLine) out.push('行政复议行政诉讼');
          out.push(row(cellsOf(lines[++i]!)));
          inTable = true;
        }
      } else out.push(line);
      continue;
    }
    const cells = cellsOf(line);
    const k = cells.findIndex((c) => /^1\.本机关不掌握/u.test(c));
    if (tear && k >= 0) {
      // 1.'s label (and its group's) lost; 2. and 3. stacked, then the three rows of numbers.
      const second = cellsOf(lines[i + 1]!);
      const third = cellsOf(lines[i + 2]!);
      const numbers = (c: readonly string[]) => c.filter((x) => /^[0-9]+(?:\.[0-9]+)?$/u.test(x));
      out.push(row(numbers(cells)));
      out.push(`${cells[k - 1]}${second.find((c) => /^2\./u.test(c))}`);
      out.push(third.find((c) => /^3\./u.test(c))!);
      out.push(row(numbers(second)), row(numbers(third)));
      i += 2;
      continue;
    }
    out.push(row(cells));
    if (!inTable) out.push(row(cells.map(() => '---')).replace(/ /gu, ''));
    inTable = true;
  }
  return out.join('\n');
}

/**
 * A Word document pasted into a portal's editor (a real county department's page, 2024): every run
 * of text a 「<span>」 of its own — labels and numbers cut into pieces (「一」「、本年新收…」,
 * 「20」「23」) —, 「<o:p></o:p>」 after each paragraph and 「<o:p> </o:p>」 for an empty cell.
 */
function wordRunsInCms(page: string): string {
  const run = (t: string) => `<span style="font-family: 微软雅黑;">${t}</span>`;
  const cut = (t: string): string => {
    const chars = [...t];
    if (chars.length < 2) return run(t);
    const at = chars.length > 4 ? [1, Math.ceil(chars.length / 2)] : [1];
    const pieces = [chars.slice(0, at[0]), chars.slice(at[0], at[1]), chars.slice(at[1] ?? chars.length)];
    return pieces
      .filter((p) => p.length > 0)
      .map((p) => run(p.join('')))
      .join('');
  };
  return page
    .replace(
      /<span style="[^"]*">([^<]+)<\/span><\/p>/gu,
      (_m, t: string) => `${cut(t)}<span><o:p></o:p></span></p>`,
    )
    .replace(/(<p class="MsoNormal" align="center">)&nbsp;<\/p>/gu, '$1<span><o:p> </o:p></span></p>');
}

/** Part 二's 第二十条第（一）项 table moved after the others (a converter's reading order: its cells span two lines). */
function firstItemTableLast(tabText: string): string {
  const lines = tabText.split('\n');
  const from = lines.findIndex((l) => /^\t第二十条第（一）项/u.test(l));
  const to = lines.findIndex((l) => /^\t第二十条第（五）项/u.test(l));
  const fee = lines.findIndex((l) => /^\t行政事业性收费/u.test(l));
  if (from < 0 || to < from || fee < to) return tabText;
  const moved = lines.slice(from, to);
  return [...lines.slice(0, from), ...lines.slice(to, fee + 1), ...moved, ...lines.slice(fee + 1)].join('\n');
}

/**
 * A short table label printed spaced out, as Word/WPS distributed alignment or spaces typed to align
 * print it: up to four letters 「总  计」「（六）其  他  处  理」 (two spaces), longer ones
 * 「社　会　公　益　组　织」 (U+3000); labels with other characters (「1.属于国家秘密」) as written.
 */
function spacedLabel(label: string): string {
  const m = /^((?:（[一二三四五六七八九十]）)?)([\u4e00-\u9fff]{2,8})$/u.exec(label);
  if (!m) return label;
  const letters = [...m[2]!];
  return m[1]! + letters.join(letters.length <= 4 ? '  ' : '\u3000');
}

function spacedTableLabels(blocks: readonly Block[]): Block[] {
  return blocks.map((x) =>
    x.kind !== 'table'
      ? x
      : {
          ...x,
          rows: x.rows.map((row) =>
            row.map((cell) => (cell.value ? cell : { ...cell, text: spacedLabel(cell.text) })),
          ),
        },
  );
}

/**
 * Part 一's five sub-items in the author's order (平台建设, 政府信息管理, 主动公开, 依申请, 监督保障),
 * numbered （一）…（五） by place, as 平潭投资促进局 2025 prints them. Only for headings that are the
 * format's labels (a heading in the author's own words says nothing of which sub-item it is).
 */
const OWN_ORDER = ['platforms', 'management', 'proactive', 'onRequest', 'oversight'] as const;
const MARKERS = ['（一）', '（二）', '（三）', '（四）', '（五）'];
function overviewInOwnOrder(blocks: readonly Block[]): Block[] {
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.text === PART_TITLES.overview);
  const end = blocks.findIndex((b, k) => k > start && b.kind === 'heading' && b.level === 'part');
  const groups = new Map<string, Block[]>();
  let current: Block[] | null = null;
  const head: Block[] = [];
  for (const b of blocks.slice(start + 1, end)) {
    const key =
      b.kind === 'heading' && b.level === 'item'
        ? OWN_ORDER.find((k) => b.text === OVERVIEW_LABELS[k])
        : undefined;
    if (b.kind === 'heading' && b.level === 'item' && key === undefined) return [...blocks];
    if (key !== undefined) {
      current = [];
      groups.set(key, current);
    }
    (current ?? head).push(b);
  }
  if (groups.size !== OWN_ORDER.length) return [...blocks];
  const items = OWN_ORDER.flatMap((k, n) => {
    const [heading, ...rest] = groups.get(k)!;
    const text = heading!.kind === 'heading' ? heading!.text.replace(/^（[一二三四五]）/u, MARKERS[n]!) : '';
    return [{ kind: 'heading' as const, text, level: 'item' as const }, ...rest];
  });
  return [...blocks.slice(0, start + 1), ...head, ...items, ...blocks.slice(end)];
}

/**
 * Part 三 on one line with every row of zeros printed a digit short (「四、结转下年度继续办理000000」,
 * 平潭金井片区管理局 2024: the crawler's text of a cell left blank).
 */
function zeroRowsShort(line: string): string {
  const from = line.indexOf(PART_TITLES.applications);
  const to = line.indexOf(PART_TITLES.appeals, from);
  if (from < 0 || to < 0) return line;
  return line.slice(0, from) + line.slice(from, to).replace(/(?<!\d)0{7}(?!\d)/gu, '000000') + line.slice(to);
}

/**
 * PDF extraction that drops the part headings set in bold or large type (a text layer without
 * them): the headings of `parts` left out, their sub-items and tables kept.
 */
function withoutPartHeadings(blocks: readonly Block[], parts: readonly PartKey[]): Block[] {
  const dropped = new Set<string>(parts.map((p) => PART_TITLES[p]));
  return blocks.filter((b) => !(b.kind === 'heading' && b.level === 'part' && dropped.has(b.text)));
}
const NARRATIVE_HEADINGS: readonly PartKey[] = ['overview', 'problems', 'otherMatters'];
const TABLE_HEADINGS: readonly PartKey[] = ['proactive', 'applications', 'appeals'];

/** A space between a run of digits and Chinese on each side (「某市 2025 年…」), as many extractors print prose. */
const digitsSpaced = (t: string): string =>
  t.replace(/(\d)(?=[\u4E00-\u9FFF])/gu, '$1 ').replace(/([\u4E00-\u9FFF])(?=\d)/gu, '$1 ');

/** Digits spaced in the title and every paragraph. */
const spacedProse = (blocks: readonly Block[]): Block[] =>
  blocks.map((b) => (b.kind === 'para' || b.kind === 'title' ? { ...b, text: digitsSpaced(b.text) } : b));

/**
 * The title year first (「2025 年某区人民政府政府信息」「公开工作年度报告」): wrapped over two lines
 * after 「政府信息」, digits spaced in the title and the prose.
 */
function yearFirstWrappedTitle(r: CorpusReport, blocks: readonly Block[]): Block[] {
  return blocks.map((b) => {
    if (b.kind === 'title')
      return { ...b, text: `${r.year} 年${r.agencyName}政府信息${BREAK}公开工作年度报告` };
    if (b.kind === 'para') return { ...b, text: digitsSpaced(b.text) };
    return b;
  });
}

/** A row of exactly seven numbers (part 三's), not part of a longer run (part 四's fifteen). */
const HALF_SPACED_ROW = /(?<![\d.]|\d )(\d+) (\d+) (\d+) (\d+) (\d+) (\d+) (\d+)(?![\d.]| \d)/gu;

export const SHAPES: readonly Shape[] = [
  {
    name: 'word-paste',
    description: 'one cell per line (Word table pasted)',
    render: (r, b = documentOf(r)) => text(renderText(b, 'cells')),
  },
  {
    name: 'tab-rows',
    description: 'tab-separated table rows',
    render: (r, b = documentOf(r)) => text(renderText(b, 'tabs')),
  },
  {
    name: 'web-one-line',
    description: 'page metadata lines, then the whole report on one line, cells run together',
    render: (r, b = documentOf(r)) => text(renderOneLine(b, pageMeta(r), '')),
    cellsRunTogether: true,
  },
  {
    name: 'web-one-line-spaced',
    description: 'one line without the title, cells separated by spaces',
    render: (r, b = documentOf(r)) =>
      text(
        renderOneLine(
          b.filter((x) => x.kind !== 'title'),
          pageMeta(r),
          ' ',
        ),
      ),
  },
  {
    name: 'web-one-line-half-spaced',
    description:
      'one line, cells spaced but part 三’s rows with a space lost at both ends (「20 0 0 0 02」, 「1 0 0 0 0 01」: a real crawl of a 平潭 bureau’s page)',
    render: (r, b = documentOf(r)) =>
      text(
        renderOneLine(
          b.filter((x) => x.kind !== 'title'),
          pageMeta(r),
          ' ',
        ).replace(HALF_SPACED_ROW, '$1$2 $3 $4 $5 $6$7'),
      ),
  },
  {
    name: 'web-one-line-zero-rows-short',
    description:
      'one line, cells run together, part 三’s rows of zeros printed a digit short (「000000」 for seven cells: a blank cell left no trace)',
    render: (r, b = documentOf(r)) => text(zeroRowsShort(renderOneLine(b, pageMeta(r), ''))),
    cellsRunTogether: true,
  },
  {
    name: 'web-one-line-own-order',
    description:
      'one line, part 一’s sub-items in the author’s order (（一）平台建设…（三）主动公开), numbered by place',
    render: (r, b = documentOf(r)) => text(renderOneLine(overviewInOwnOrder(b), pageMeta(r), ' ')),
  },
  {
    name: 'web-one-line-archived',
    description:
      'a crawler’s archive of the page: metadata, 「本地目录:」, a note on links.tsv, a 「==== 正文 ====」 rule; the line opens with the breadcrumb, the title and the article info',
    render: (r, b = documentOf(r)) => text(archivedPage(r, b)),
    cellsRunTogether: true,
  },
  {
    name: 'web-one-line-place-title',
    description: 'one line, the page’s 标题 only the place name (「标题:湖州市」), no title in the body',
    render: (r, b = documentOf(r)) =>
      text(
        renderOneLine(
          b.filter((x) => x.kind !== 'title'),
          pageMeta(r, placeOnly(r.agencyName)),
          ' ',
        ),
      ),
  },
  {
    name: 'pdf-wrapped',
    description: 'PDF text: wrapped labels, numbers before/inside/after them, wrapped meta and counts',
    render: (r, b = documentOf(r)) => text(renderPdfText(pdfBreaks(r, b), r.year + r.key.length)),
  },
  {
    name: 'pdf-xml',
    description:
      'pdftohtml -xml of the PDF text (pdf-wrapped): every token a piece with its page position, read back by position',
    render: (r, b = documentOf(r)) => text(asPdf2Xml(renderPdfText(pdfBreaks(r, b), r.year + r.key.length))),
  },
  {
    name: 'pdf-narrow',
    description: 'PDF text of a narrower page: label columns half as wide, so labels wrap over 3–4 lines',
    render: (r, b = documentOf(r)) =>
      text(
        renderPdfText(pdfBreaks(r, b), 2 * r.year + r.key.length, {
          pageWidth: 29,
          widths: {
            proactive: [6, 5, 5, 5],
            applications: [2, 3, 7, 3, 3, 3, 3, 3, 3, 3],
            appeals: Array.from({ length: 15 }, () => 2),
          },
        }),
      ),
  },
  {
    name: 'pdf-own-line',
    description:
      'PDF text as LibreOffice prints a narrow centred table: a row’s numbers on a line of their own between its label’s lines (or on a one-line label’s line)',
    render: (r, b = documentOf(r)) =>
      text(
        renderPdfText(pdfBreaks(r, b), r.year + r.key.length, {
          widths: {
            proactive: [4, 5, 5, 5],
            applications: [2, 3, 5, 3, 3, 3, 3, 3, 3, 3],
            appeals: Array.from({ length: 15 }, () => 2),
          },
          places: ['own', 'own', 'first', 'own'],
        }),
      ),
  },
  {
    name: 'pdf-font-radicals',
    description: 'PDF text whose fonts name radicals for characters (「⼀」「⼈⺠」): wrapped as pdf-wrapped',
    render: (r, b = documentOf(r)) => text(asRadicals(renderPdfText(pdfBreaks(r, b), r.year + r.key.length))),
  },
  {
    name: 'pdf-running-header',
    description: 'PDF text with a running header (the organ) and 「第N页 共M页」 footers on every page',
    render: (r, b = documentOf(r)) => {
      const pages = renderPdfText(pdfBreaks(r, b), r.year + 3 * r.key.length).split(/\n- \d+ -\n/u);
      return text(
        pages
          .map(
            (page, i) =>
              `${i > 0 ? `${r.agencyName}政府信息公开工作年度报告\n` : ''}${page}\n第 ${i + 1} 页 共 ${pages.length} 页`,
          )
          .join('\n'),
      );
    },
  },
  {
    name: 'pdf-bare-page-numbers',
    description:
      'pdftotext of a PDF whose pages are numbered with a bare 「3」 (no dashes) on the last line, form feeds between pages',
    render: (r, b = documentOf(r)) => {
      const pages = renderPdfText(pdfBreaks(r, b), r.year + 7 * r.key.length).split(/\n- \d+ -\n/u);
      return text(pages.map((page, i) => `${page}\n\n${' '.repeat(28)}${i + 1}\n\f`).join(''));
    },
  },
  {
    name: 'pdf-pdfplumber',
    description:
      'pdfplumber’s extract_text() of a Chromium print: each line of prose’s Latin runs (digits, addresses, quotes) on a line of their own after it, a space where each stood',
    render: (r, b = documentOf(r)) =>
      text(renderPdfText(pdfBreaks(r, b), r.year + 11 * r.key.length, { prose: pdfplumberLine })),
    // 「件。全年办结 件，…引发行政复议 起」「2 72 4 3」「，均已…」: 2 opens the line (2件) or 3 ends it
    // (3起，) — both fill every gap and fit every unit.
    narrativesUndecided: ['hongze-2020:overview.onRequest'],
  },
  {
    name: 'pdf-pdfminer',
    description:
      'pdfminer.six’s text (pdf2txt.py, default LAParams): a text box a paragraph; part 三 a page’s row labels, then its numbers column by column, the 总计 column before 「其他」 on some first pages; part 二/四 labels, then numbers',
    render: (r, b = documentOf(r)) => text(renderPdfminer(b, r.year + r.key.length)),
    orderByIdentities: true,
    documentRowsUndecided: true,
  },
  {
    name: 'pdf-pdfium',
    description:
      'PDFium’s text (Chrome’s PDF viewer, Ctrl+A Ctrl+C): a space between digits and Chinese in prose; narrow part 三 labels 「4.」 then a letter a line, then the row’s numbers a line each; vertical group labels a letter a line; part 四 header words a line each',
    render: (r, b = documentOf(r)) => text(renderPdfium(b, r.year + r.key.length)),
  },
  {
    name: 'pdf-pypdf-layout',
    description:
      'pypdf’s extract_text(extraction_mode="layout"): PDF text (pdf-wrapped) whose justified narrative lines are spread by runs of spaces between Chinese characters',
    render: (r, b = documentOf(r)) =>
      text(
        renderPdfText(pdfBreaks(r, b), r.year + 5 * r.key.length, {
          prose: justifiedLines(7 + (r.key.length % 5), 36),
        }),
      ),
  },
  {
    name: 'pdf-doubled-breaks',
    description:
      'plain PDF text (pdf-wrapped, a blank line before each page’s 「- N -」 footer) passed through an editor that doubled every line break, blank lines included',
    render: (r, b = documentOf(r)) => {
      const pages = renderPdfText(pdfBreaks(r, b), r.year + 9 * r.key.length).split(/\n- \d+ -\n/u);
      const pdf = pages.map((page, i) => `${page}\n\n- ${i + 1} -\n\f`).join('');
      return text(pdf.replace(/\n/gu, '\n\n'));
    },
  },
  {
    name: 'web-copied-padded',
    description:
      'the browser copy of web-copied-cells with every line padded by two spaces (empty lines too), as a tool that pads lines gives it',
    render: (_r, b = documentOf(_r)) => text(renderBrowserCopy(b).replace(/\n/gu, '  \n')),
  },
  {
    name: 'pdf-plain-first-cells',
    description:
      'plain pdftotext of a browser’s print: part 三’s first number column with the labels’ text (on a label’s line, alone between its lines, or after the next rows), the other six numbers of each row in turn, a line each',
    render: (r, b = documentOf(r)) => text(renderPlainPrint(b, r.year + r.key.length)),
    orderByIdentities: true,
  },
  {
    name: 'pdf-plain-totals-last',
    description:
      'plain pdftotext of a browser’s print: part 三’s rows each on its label’s line, the last rows without their 总计, those 总计 after the table (after a stray 「3.」), a line each',
    render: (r, b = documentOf(r)) => text(renderPlainPrint(b, r.year + r.key.length, 'totals-last')),
    orderByIdentities: true,
  },
  {
    name: 'pdf-plain-sections',
    description:
      'plain pdftotext of a browser’s print: part 二’s row labels first, then each 第二十条 sub-table’s heading, headers and numbers a line each; part 三 as pdf-plain-first-cells',
    render: (r, b = documentOf(r)) =>
      text(renderPlainPrint(b, 3 * r.year + r.key.length, 'first-cells', 'sections')),
    orderByIdentities: true,
    documentRowsUndecided: true,
  },
  {
    name: 'qita-variant',
    description:
      'the whole report written with 「其它」 for 「其他」 (labels 「其它处理」「法人或其它组织」 and the text)',
    render: (r, b = documentOf(r)) => text(renderText(b, 'tabs').replace(/其他/gu, '其它')),
    printed: (r) => JSON.parse(JSON.stringify(r).replace(/其他/gu, '其它')) as CorpusReport,
  },
  {
    name: 'web-pipe-rows',
    description:
      'crawler text of a portal page: a table row per line, each cell closed by 「|」, spanned columns as 「|||」, zeros as 0, blank or 「/」, covered cells as 「|」 on some; a paragraph before part 三’s table, its heading missing on some',
    render: (r, b = documentOf(r)) =>
      pipePage(r, b, {
        layout: 'rows',
        covered: r.key.length % 2 === 0,
        zero: (['0', '', '/'] as const)[r.year % 3],
      }),
  },
  {
    name: 'web-pipe-cells',
    description:
      'crawler text of a portal page: a cell per line closed by 「|」, an empty cell as 「|」, spanned columns as 「||」 after the row or on a line of their own, a 「|」 line opening each row on some',
    render: (r, b = documentOf(r)) =>
      pipePage(r, b, {
        layout: 'cells',
        rowOpener: r.key.length % 2 === 0,
        padOwnLine: r.key.length % 2 === 1,
        zero: (['0', ''] as const)[r.year % 2],
      }),
  },
  {
    name: 'web-paragraphs',
    description:
      'portal page copied as text: every paragraph and table cell a paragraph of its own, an empty line after each, an accessibility-links line above the title',
    render: (r, b = documentOf(r)) =>
      text(
        [
          '无障碍浏览 长者专版',
          ...renderText(b, 'cells')
            .split('\n')
            .map((l) => l.replace(/^\t/u, ''))
            .filter((l) => l.trim() !== ''),
        ].join('\n\n'),
      ),
  },
  {
    name: 'web-copied-cells',
    description:
      'portal page copied from the browser whose table cells hold paragraphs: each cell between blank lines, the tab between cells on a line of its own, zeros of parts 三 and 四 as 「&nbsp;」',
    render: (_r, b = documentOf(_r)) => text(renderBrowserCopy(b)),
  },
  {
    name: 'web-portal-page',
    description:
      'a 信息公开 page copied whole: breadcrumb, the metadata table (索引号、发布机构、名称 …; tab rows or a cell per line), buttons, an info line under the title, the site footer after the 落款',
    render: (r, b = documentOf(r)) => text(portalPage(r, b)),
  },
  {
    name: 'pdf-2019-headings',
    description:
      'PDF text with parts 四 and 五 headed in the 2019 wording (「因政府信息公开工作被申请行政复议、提起行政诉讼情况」), a sentence with the year before part 四’s table',
    render: (r, b = documentOf(r)) =>
      text(renderPdfText(pdfBreaks(r, headings2019(r, b)), r.year + 7 * r.key.length)),
  },
  {
    name: 'web-one-line-2019-headings',
    description:
      'one line, cells separated by spaces, parts 四 and 五 under the 2019 wording of their headings',
    render: (r, b = documentOf(r)) => text(renderOneLine(headings2019(r, b), pageMeta(r), ' ')),
  },
  {
    name: 'organ-name-variant',
    description:
      'odd years under another form of the organ’s name (管委会, 政府, no higher place, bracket width, a space)',
    render: (r, b = documentOf(r)) => text(renamed(r, renderText(b, 'tabs'))),
    printed: renamedReport,
  },
  {
    name: 'pdf-browser-print',
    description:
      'pdftotext -layout of a page printed from the browser: date/title header, address and n/m footer, form feeds, part 三 header repeated on the next page, indented lines, numbers spread by spaces',
    render: (r, b = documentOf(r)) => {
      const yy = String(r.year + 1).slice(2);
      return text(
        browserPrintText(renderPdfText(pdfBreaks(r, b), r.year + 5 * r.key.length), {
          title: r.title,
          // file:// when a saved page is printed, the portal's address when printed from the site.
          url: r.key.length % 2 === 0 ? pageMeta(r).url : `file:///C:/Users/admin/Desktop/${r.key}.html`,
          stamp: r.key.length % 3 === 0 ? `${r.year + 1}/1/20 09:30` : `1/20/${yy}, 9:30 AM`,
        }),
      );
    },
  },
  {
    name: 'pdf-firefox-print',
    description:
      'as pdf-browser-print, printed from Firefox: title beside the page address atop each page, 「第 n 页，共 m 页」 beside the date and time at its foot',
    render: (r, b = documentOf(r)) =>
      text(
        browserPrintText(renderPdfText(pdfBreaks(r, b), r.year + 3 * r.key.length), {
          title: r.title,
          url: pageMeta(r).url,
          stamp:
            r.key.length % 2 === 0
              ? `${r.year + 1}/1/20 09:30`
              : `1/20/${String(r.year + 1).slice(2)}, 9:30 AM`,
          firefox: true,
        }),
      ),
  },
  {
    name: 'part6-paragraph',
    description: 'part 六 as one paragraph',
    render: (r, b = documentOf(r)) => text(renderText(otherMattersAsOneParagraph(b), 'tabs')),
  },
  {
    name: 'html-word',
    description: 'saved page from Word: rowspan/colspan, <p align=center>, &nbsp; for zeros',
    render: (r, b = documentOf(r)) => html(renderHtml(b, { style: 'word', blankZeros: true })),
  },
  {
    name: 'html-word-runs',
    description:
      'Word pasted into a portal editor: each text run its own <span> (labels and numbers cut in pieces), <o:p> </o:p> for empty cells',
    render: (r, b = documentOf(r)) => html(wordRunsInCms(renderHtml(b, { style: 'word', blankZeros: true }))),
  },
  {
    name: 'html-word-wrapped',
    description:
      'saved page from Word with its source hard-wrapped (line breaks inside labels and sentences)',
    render: (r, b = documentOf(r)) =>
      html(wordSourceWraps(renderHtml(b, { style: 'word', blankZeros: true }), 17 + (r.key.length % 7))),
  },
  {
    name: 'html-semantic',
    description: 'semantic page: thead, th scope, caption',
    render: (r, b = documentOf(r)) => html(renderHtml(b, { style: 'semantic' })),
  },
  {
    name: 'html-cms-nested',
    description:
      'portal CMS page: layout tables around the article and each table, thead/th, font/span, <br> in labels, zeros as 「—」「-」「/」 or blank',
    render: (r, b = documentOf(r)) => html(renderCmsPage(b)),
  },
  {
    name: 'html-title-only',
    description: 'organ and year only in the page <title>',
    render: (r, b = documentOf(r)) =>
      html(
        renderHtml(onlyInPageTitle(r, b), {
          style: 'word',
          pageTitle: `${r.agencyName}${r.year}年${REPORT_TITLE}`,
          noBodyTitle: true,
        }),
      ),
  },
  {
    name: 'md-converted',
    description:
      'a markdown conversion found in a repository: 「#」 headings, 「| … |」 table rows, 「|---|」 rules',
    render: (r, b = documentOf(r)) => text(asMarkdown(renderText(b, 'tabs'))),
  },
  {
    name: 'md-table-moved',
    description:
      'a markdown conversion that moved part 二’s 第二十条第（一）项 table after 第二十条第（八）项',
    render: (r, b = documentOf(r)) => text(asMarkdown(firstItemTableLast(renderText(b, 'tabs')))),
  },
  {
    name: 'md-torn-labels',
    description:
      'a PDF→markdown conversion that tore part 三’s 「（四）」 labels from their numbers: the first label lost, two labels stacked before three rows of numbers',
    render: (r, b = documentOf(r)) => text(asMarkdown(renderText(b, 'tabs'), { tear: true })),
  },
  {
    name: 'trial-2019-row',
    description: 'a 2021 report with the single 2019 「（六）其他处理」 row',
    render: (r, b = documentOf(r)) => text(renderText(with2019Row(b), 'cells')),
    mergesOtherHandling: true,
  },
  {
    name: 'html-2019-row',
    description: 'a saved page whose part 三 table has the single 2019 「（六）其他处理」 row',
    render: (r, b = documentOf(r)) => html(renderHtml(with2019Row(b), { style: 'word', blankZeros: true })),
    mergesOtherHandling: true,
  },
  {
    name: 'spaced-table-labels',
    description:
      'one cell per line, the tables’ short labels spaced out (「总  计」「（六）其  他  处  理」「社　会　公　益　组　织」: Word/WPS distributed alignment), part 三 with the single 2019 「（六）其他处理」 row',
    render: (r, b = documentOf(r)) => text(renderText(spacedTableLabels(with2019Row(b)), 'cells')),
    mergesOtherHandling: true,
  },
  {
    name: 'pdf-narrative-headings-dropped',
    description:
      'PDF text whose extractor dropped the bold headings of parts 一, 五 and 六 (their sub-items kept), the tables’ part headings kept',
    render: (r, b = documentOf(r)) =>
      text(
        renderPdfText(pdfBreaks(r, withoutPartHeadings(b, NARRATIVE_HEADINGS)), r.year + 13 * r.key.length),
      ),
  },
  {
    name: 'pdf-table-headings-dropped',
    description:
      'PDF text whose extractor dropped the headings of parts 二, 三 and 四 (the tables follow part 一 and each other), the narrative headings kept',
    render: (r, b = documentOf(r)) =>
      text(renderPdfText(pdfBreaks(r, withoutPartHeadings(b, TABLE_HEADINGS)), r.year + 15 * r.key.length)),
  },
  {
    name: 'pdf-headings-dropped',
    description:
      'PDF text with none of the six part headings: the title, then 「（一）主动公开情况」…, the tables, part 五’s and 六’s text',
    render: (r, b = documentOf(r)) =>
      text(
        renderPdfText(
          pdfBreaks(r, withoutPartHeadings(b, [...NARRATIVE_HEADINGS, ...TABLE_HEADINGS])),
          r.year + 17 * r.key.length,
        ),
      ),
  },
  {
    name: 'pdf-spaced-title-wrapped',
    description:
      'PDF text with the title year first, spaced and wrapped over two lines (「2025 年某区人民政府政府信息」「公开工作年度报告」), a space between digits and Chinese in prose',
    render: (r, b = documentOf(r)) =>
      text(renderPdfText(pdfBreaks(r, yearFirstWrappedTitle(r, b)), r.year + 19 * r.key.length)),
  },
  {
    name: 'md-captions-flat-appeals',
    description:
      'markdown from a PDF: 「## 表二：…」 captions under the part headings, part 四 one row of fifteen numbers without its header words (after 「行政复议行政诉讼」 on some), digits spaced in prose',
    render: (r, b = documentOf(r)) =>
      text(
        asMarkdown(renderText(spacedProse(b), 'tabs'), {
          captions: true,
          flatAppeals: true,
          appealsLine: r.key.length % 2 === 0,
        }),
      ),
  },
];
