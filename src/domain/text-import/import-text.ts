// Imports the text of a PUBLISHED 政府信息公开工作年度报告 (SPEC §11): pasted text, a .txt, or the
// text of an .html/.docx (html-to-text.ts). It maps what it can and never guesses silently: the
// summary lists every number with its source, every cell not read and why, every source total
// that disagrees with its parts, the old-format warning and what did not map. A report whose
// numbers break the checks is still imported: it is evidence.
import { narrativeId, parseCellId } from '../report/cell-address';
import { emptyDraft } from '../report/empty-report';
import { NARRATIVE_PARTS } from '../report/keys';
import {
  APPLICATION_GROUP_LABELS,
  defaultTitle,
  META_LABELS,
  OTHER_MATTERS_LABELS,
  OVERVIEW_LABELS,
  PART_KEYS,
  PART_TITLES,
  type PartKey,
} from '../report/labels';
import { normalizeOrganName } from '../report/organ-name';
import { MAX_TEXT, type Report, type ReportDraft, reportIdSchema } from '../report/report-schema';
import { readBlankRows } from './applications-blank-rows';
import { cleanSourceText, MAX_SOURCE_CHARS, snippetOf, unifyIdeographs } from './clean-text';
import { columnWiseReason, columnWiseRunAt } from './column-wise';
import { rejoinDisplacedRuns } from './displaced-runs';
import { readFeeTable } from './fee-table';
import { type Findings, newFindings, warn } from './findings';
import { trial2019Markers } from './format-2019';
import { parseHtml } from './html-to-text';
import type { ImportFormat, ImportSummary, TextImportResult } from './import-summary';
import { isolateInlineHeadings } from './inline-headings';
import { contentLines } from './narrative-lines';
import { pageTitleLine, splitPageMeta } from './page-meta';
import { isPdf2Xml, pdf2XmlText } from './pdf2xml-text';
import { pipeCellsToTabs } from './pipe-cells';
import { proactiveLayoutOf } from './proactive-layouts';
import { checkProactiveBySequence } from './proactive-sequence';
import { readAppealTokens, reorderedNote } from './read-appeals';
import { readApplicationTokens } from './read-applications';
import { type StructuredTables, structuredTables } from './read-html-tables';
import { type MetaRead, readMeta, reportKindOf } from './read-meta';
import { readOtherMatters, readOverview, readProblems } from './read-narratives';
import { readProactive, readProactiveTokens } from './read-proactive';
import { type Resolved, resolveRunTogether } from './resolve-run-together';
import { findParts, isAuthoredImprovements, type PartSpan } from './sections';
import { splitSignature, withoutSiteChrome } from './signature';
import { proseBeforeTable, TABLE_OPENERS, withoutProseBeforeTable } from './table-start';
import { type PartText, readAppealsText, readApplicationsText, readProactiveApart } from './tables-apart';
import { picturedReason, picturedTables, picturedWarning, type TablePart } from './tables-as-pictures';
import { totalMismatches } from './total-mismatches';
import { simplifiedText, traditionalNote } from './traditional';
import { unreadFields } from './unread-fields';
import { pageWidth, unwrapLines, wrapWidth } from './unwrap-lines';

export type { ImportSummary, TextImportResult } from './import-summary';

const PART_NUMBERS = ['一', '二', '三', '四', '五', '六'];
const partName = (part: PartKey) => `「${PART_TITLES[part]}」`;
const missingReason = (part: PartKey) =>
  `未找到第${PART_NUMBERS[PART_KEYS.indexOf(part)]}部分${partName(part)}`;
/** The summary's warning for a part not found (the audit lists those as their own finding). */
export const missingPartWarning = (part: PartKey): string => `${missingReason(part)}。`;

/** FNV-1a of the text: a stable id for the same text when the caller gives none. */
function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

const clamp = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);
/** The schema's limit for short meta texts (report-schema.ts `shortText`). */
const MAX_SHORT = 2000;

/** Writes the cells read into a draft this import just built (so in place, not copy per cell). */
function writeCells(draft: ReportDraft, f: Findings): ReportDraft {
  for (const [id, text] of f.cells) {
    const cell = parseCellId(id);
    const row = cell ? (draft[cell.part] as Record<string, Record<string, string>>)[cell.row] : undefined;
    if (cell && row) row[cell.column] = text;
  }
  return draft;
}

type Sections = {
  lines: string[];
  parts: PartSpan[];
  span: (part: PartKey) => PartSpan | undefined;
  of: (part: PartKey) => string[] | null;
};

/**
 * pdfplumber's text of a Chromium print: the Latin runs of a line of prose (digits, addresses)
 * on a line of their own after it, put back into its gaps (displaced-runs.ts). Prose only: the
 * head before part 一 and the narrative parts; table parts are left as they are.
 */
function withRunsRejoined(text: string): string {
  const { lines, parts } = sections(text);
  const prose = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < (parts[0]?.heading ?? 0); i++) prose[i] = true;
  for (const p of parts)
    if ((NARRATIVE_PARTS as readonly PartKey[]).includes(p.part))
      for (let i = p.heading; i < p.end; i++) prose[i] = true;
  const rejoined = rejoinDisplacedRuns(lines, (i) => prose[i] ?? false);
  return rejoined.length === lines.length ? text : rejoined.join('\n');
}

function sections(text: string): Sections {
  const lines = text.split('\n');
  const parts = findParts(lines);
  const span = (part: PartKey) => parts.find((p) => p.part === part);
  const of = (part: PartKey) => {
    const s = span(part);
    return s ? lines.slice(s.start, s.end) : null;
  };
  return { lines, parts, span, of };
}

/** How the first row of parts 二 and 三 is labelled, and their column headers' last line (part 四 has no row labels). */
const FIRST_ROW: Record<'proactive' | 'applications', { label: RegExp; header: RegExp }> = {
  proactive: { label: /规章/u, header: /件数|数量|信息内容/u },
  applications: { label: /本年新收/u, header: /组织|机构|总计|计$|他$/u },
};

/** A table part's lines, or null with why its cells are not read (not found, or out of row order). */
function readable(
  s: Sections,
  part: 'proactive' | 'applications',
): { lines: string[] | null; reason: string } {
  const own = s.of(part);
  if (own === null) return { lines: own, reason: missingReason(part) };
  const lines = withoutProseBeforeTable(own, TABLE_OPENERS[part]);
  const run = columnWiseRunAt(lines, FIRST_ROW[part].label, FIRST_ROW[part].header);
  if (run === null) return { lines, reason: missingReason(part) };
  const n = PART_NUMBERS[PART_KEYS.indexOf(part)];
  return {
    lines: null,
    reason: columnWiseReason(`第${n}部分${partName(part)}`, (s.span(part)?.start ?? 0) + run + 1),
  };
}

/** The lines before the first part heading found, when that part comes after part 三 (not found). */
function linesBeforeLaterPart(s: Sections): { lines: readonly string[]; start: number } | null {
  const first = [...s.parts].sort((a, b) => a.heading - b.heading)[0];
  if (!first || PART_KEYS.indexOf(first.part) <= PART_KEYS.indexOf('applications')) return null;
  return { lines: s.lines.slice(0, first.heading), start: 0 };
}

/** A table part's lines as the readers of tables-apart.ts take them. */
function partText(s: Sections, part: 'applications' | 'appeals'): PartText {
  const columnWise = part === 'applications' ? readable(s, part) : null;
  const own = s.of(part);
  const span = s.span(part);
  return {
    lines: own && withoutProseBeforeTable(own, TABLE_OPENERS[part]),
    start: span?.start ?? 0,
    missing: missingReason(part),
    columnWise: columnWise && columnWise.lines === null ? columnWise.reason : null,
    followed: span !== undefined && s.parts.some((p) => p.heading >= span.end),
    before: part === 'applications' && !span ? linesBeforeLaterPart(s) : null,
  };
}

/** Parts 二, 三, 四, and the layout they are in. `html`: the page's tables read by structure. */
function readTables(s: Sections, text: string, f: Findings, html: StructuredTables) {
  const proactive = readable(s, 'proactive');
  const proactiveText = html.proactive?.text ?? s.of('proactive')?.join('\n') ?? text;
  const markers = trial2019Markers(proactiveText);
  const layout: ImportFormat = markers.length > 0 ? '2019' : '2021';
  const proactiveRows = proactiveLayoutOf(proactiveText, layout);
  const start = s.span('proactive')?.start ?? 0;
  const own = s.of('proactive');
  const lines = own && withoutProseBeforeTable(own, TABLE_OPENERS.proactive);
  if (html.proactive) readProactiveTokens(html.proactive.tokens, proactiveRows, f);
  else if (proactive.lines === null && lines !== null && layout === '2021')
    readProactiveApart(lines, start, proactive.reason, f);
  else readProactive(proactive.lines, start, layout, f, proactive.reason);
  if (!html.proactive && lines !== null && layout === '2021') checkProactiveBySequence(lines, start, f);
  const apps = html.applications
    ? { ...readApplicationTokens(html.applications.tokens, f, undefined, true), apart: false }
    : readApplicationsText(partText(s, 'applications'), f);
  if (html.appeals) {
    readAppealTokens(html.appeals.tokens, f);
    if (html.appeals.reordered) warn(f, reorderedNote());
  } else readAppealsText(partText(s, 'appeals'), f, apps.apart);
  // A single 「（六）其他处理」 row with numbers is the 2019 layout too.
  if (apps.otherHandling !== null || apps.oldOtherRow)
    markers.push(`${APPLICATION_GROUP_LABELS.otherHandling}只有一行`);
  const format: ImportFormat = markers.length > 0 ? '2019' : '2021';
  return {
    format,
    proactiveLayout: layout,
    proactiveRows,
    markers,
    otherHandling: apps.otherHandling,
    blankRows: apps.blankRows ?? [],
    zerosMayBeBlank: apps.printsBlankRows === true || apps.blankZeros === true,
  };
}

/**
 * Parts 一, 五, 六; the last part loses its 落款 (organ and date), whose date is the publish date.
 * Lines a PDF wrapped at the page width are joined back into paragraphs first.
 */
/** How organs' names end (人民政府, 局, 委员会, 办公室 …): a 落款 line that names one. */
const ORGAN_END = /(?:政府|局|委员会|委|办公室|办|厅|院|中心|部|署|处|所|站|馆|队|社|会|室)$/u;

/**
 * A 落款 that differs from the page title's organ by one character (「平潭综合实验区财政全融局」 for
 * 「…财政金融局」, 平潭综合实验区财政金融局 2022) when the report's own preamble spells the organ as the
 * title does: a typo in the 落款, which does not replace the name.
 */
function misspells(signed: string, titled: string, preamble: string): boolean {
  if (signed.length !== titled.length || !preamble.includes(titled)) return false;
  let differ = 0;
  for (let i = 0; i < signed.length; i++) if (signed[i] !== titled[i]) differ++;
  return differ === 1;
}

/**
 * Part 六, with the 「信息处理费收取情况」 table some reports print (fee-table.ts): its numbers as the
 * text of （一） 信息处理费收取情况, the rest read as usual; the note says where they went, and — for
 * the layout that prints the table as part 五 and the problems as part 六 — what was mapped where.
 */
function readOtherMattersWithFees(s: Sections, lines: string[], f: Findings) {
  const fee = readFeeTable(lines);
  if (!fee) return readOtherMatters(lines);
  const aboutFees =
    fee.rest.length > 0 && fee.rest.every((l) => /费/u.test(l) && !/^\s*[（(][一二三四五六七][）)]/u.test(l));
  const read = aboutFees ? { texts: readOtherMatters([]).texts, warnings: [] } : readOtherMatters(fee.rest);
  const rest = aboutFees ? fee.rest.join('') : read.texts.processingFees;
  const texts = { ...read.texts, processingFees: `${fee.text}${rest}` };
  const feeName = `「${OTHER_MATTERS_LABELS.processingFees}」`;
  const how = fee.values
    ? `已作为${partName('otherMatters')}中的${feeName}导入（${fee.text.replace(/。$/u, '')}）`
    : `其数字印为「${fee.printed}」，连在一起，无法确定各栏，已按原样写入${partName('otherMatters')}中的${feeName}，请按原文核对`;
  const span = s.span('otherMatters');
  const problems = s.span('problems');
  if (span?.feeTable && problems) {
    const printed = (p: PartSpan) => `「${s.lines[p.heading]!.trim()}」`;
    warn(
      f,
      `原文采用较新的版式：第五部分${printed(span)}为表格（通知收取件数、通知收取金额、实际收取金额），${how}；原文第六部分${printed(problems)}已作为${partName('problems')}导入；原文没有「其他需要报告的事项」的其他各项。`,
    );
  } else warn(f, `原文第六部分印有「信息处理费收取情况」表，${how}。`);
  return { texts, warnings: read.warnings };
}

function readNarratives(
  s: Sections,
  meta: MetaRead,
  f: Findings,
  width: number | null,
  /** the width is wrapWidth's (unwrap-lines.ts): headings never continued */
  headingsStay = false,
) {
  const lastPart = s.parts.at(-1)?.part;
  let signedBy = '';
  const linesOf = (part: PartKey): string[] => {
    const raw = s.of(part) ?? [];
    const own = width === null ? raw : unwrapLines(raw, width, headingsStay);
    if (part !== lastPart) return own;
    const signed = splitSignature(own, meta.agencyName);
    // The 落款 names the organ when neither title nor preamble does (「标题:湖州市」 pages): the
    // report's own text before the page's metadata.
    if (
      signed.organ &&
      ORGAN_END.test(signed.organ) &&
      (meta.agencyName === '' ||
        meta.agencyFromContact === true ||
        (meta.agencyFromPage && !misspells(signed.organ, meta.agencyName, meta.preamble)))
    ) {
      meta.agencyName = signed.organ;
      meta.agencyFromPage = false;
      meta.agencyFromContact = false;
      meta.reportKind = reportKindOf(signed.organ);
      meta.findings = meta.findings.filter((x) => x.field !== 'agencyName' && x.field !== 'reportKind');
      meta.findings.push(
        { field: 'agencyName', value: signed.organ, snippet: `落款：${signed.organ}` },
        { field: 'reportKind', value: meta.reportKind, snippet: signed.organ },
      );
    }
    // A 落款 that signs with another organ's name than the report's (平潭投资促进局 2024 signed
    // 「…国有资产管理局」, its name before the rename): kept as evidence for last year's report
    // (report/organ-renamed.ts), not a typo of the name (misspells).
    if (
      signed.organ &&
      ORGAN_END.test(signed.organ) &&
      normalizeOrganName(signed.organ) !== normalizeOrganName(meta.agencyName) &&
      !misspells(signed.organ, meta.agencyName, meta.preamble)
    )
      signedBy = signed.organ;
    if (signed.publishDate && (!meta.publishDate || meta.publishDateLabelled)) {
      meta.findings = meta.findings.filter((x) => x.field !== 'publishDate');
      meta.publishDate = signed.publishDate;
      meta.publishDateLabelled = false;
      meta.findings.push({ field: 'publishDate', value: signed.publishDate, snippet: signed.publishDate });
    }
    return signed.lines;
  };
  const overview = readOverview(linesOf('overview'));
  // No part heading at all (a page that dropped them, its sub-items left: 「（一）主动公开…」「（一）存在
  // 问题…」): the text is kept whole in 总述 — read as nothing, every 说明 of it was lost.
  if (s.parts.length === 0) {
    const all = contentLines(width === null ? s.lines : unwrapLines(s.lines, width, headingsStay));
    // Only a text about the work (any report names it); other text pasted by mistake stays out.
    if (/信息公开|政务公开/u.test(all.join(''))) overview.intro = all.map((l) => l.trim()).join('\n');
    if (overview.intro !== '')
      warn(
        f,
        `未识别到任何部分标题，原文全部文字已导入${partName('overview')}的「${OVERVIEW_LABELS.intro}」，请按原文分到各部分。`,
      );
  }
  const problems = readProblems(linesOf('problems'));
  const otherMatters = readOtherMattersWithFees(s, linesOf('otherMatters'), f);
  if (s.span('problems')) for (const w of problems.warnings) warn(f, w);
  if (s.span('otherMatters')) for (const w of otherMatters.warnings) warn(f, w);
  return {
    overview: clampAll(overview),
    problems: clampAll(problems.texts),
    otherMatters: clampAll(otherMatters.texts),
    signedBy,
  };
}

function buildDraft(
  id: string,
  meta: MetaRead,
  narratives: ReturnType<typeof readNarratives>,
  f: Findings,
): ReportDraft {
  const base = emptyDraft({
    id,
    agencyName: clamp(meta.agencyName, 200),
    year: meta.year,
    reportKind: meta.reportKind,
  });
  const title = meta.title || (meta.agencyName ? defaultTitle(meta.agencyName, meta.year) : '');
  const draft: ReportDraft = {
    ...base,
    meta: {
      ...base.meta,
      title: clamp(title, MAX_SHORT),
      preamble: clamp(meta.preamble, MAX_TEXT),
      website: clamp(meta.website, MAX_SHORT),
      contactAddress: clamp(meta.contactAddress, MAX_SHORT),
      contactPhone: clamp(meta.contactPhone, MAX_SHORT),
      publishDate: meta.publishDate,
    },
    overview: narratives.overview,
    problems: narratives.problems,
    otherMatters: narratives.otherMatters,
  };
  return writeCells(draft, f);
}

function summaryWarnings(
  input: string,
  s: Sections,
  meta: MetaRead,
  tables: ReturnType<typeof readTables>,
  f: Findings,
) {
  const warnings: string[] = [];
  if (tables.format === '2019')
    warnings.push(
      `原文为2019年试行格式（见${tables.markers.map((m) => `「${m}」`).join('、')}），已按现行格式（国办公开办函〔2021〕30号）对应能对应的内容；无法对应的内容见下列说明和未读取的单元格。`,
    );
  if (input.length > MAX_SOURCE_CHARS) warnings.push(`原文过长，只读取了前${MAX_SOURCE_CHARS}个字符。`);
  if (s.parts.length === 0)
    warnings.push(
      `未识别到年度报告的任何部分标题（${partName('overview')}至${partName('otherMatters')}），请确认粘贴的是政府信息公开工作年度报告全文。`,
    );
  else for (const part of PART_KEYS) if (!s.span(part)) warnings.push(`${missingReason(part)}。`);
  const authored = authoredHeadings(s);
  if (authored !== '') warnings.push(authored);
  if (!meta.agencyName)
    warnings.push(
      meta.contactOffice
        ? `未找到${META_LABELS.agencyName}：原文只写了联系单位「${meta.contactOffice}」，报告是「${meta.contactOffice.replace(/办公室$/u, '')}」的还是其办公室的，原文未写明，请导入后在「报告信息」中填写。`
        : `未找到${META_LABELS.agencyName}，请导入后在「报告信息」中填写。`,
    );
  if (meta.year === null) warnings.push(`未找到${META_LABELS.year}，请导入后在「报告信息」中填写。`);
  if (f.blankCells.length > 0) warnings.push(`原文中有${f.blankCells.length}个单元格为空白，已按0导入。`);
  return [...new Set([...warnings, ...f.warnings])];
}

/**
 * Parts headed in the author's own words (sections.ts AUTHORED): what was taken for which part,
 * so the clerk can check it (「五、当前存在的突出问题」「六、下一步改进举措」 → 「五、存在的主要问题及改进情况」).
 */
function authoredHeadings(s: Sections): string {
  const mapped = s.parts.flatMap((p) => {
    if (!p.authored) return [];
    const more =
      p.part === 'problems'
        ? s.lines
            .slice(p.start, p.end)
            .filter(isAuthoredImprovements)
            .map((l) => `「${l.trim()}」`)
        : [];
    return [`「${p.authored}」${more.join('')}作为${partName(p.part)}`];
  });
  return mapped.length === 0
    ? ''
    : `原文部分标题为作者自拟，已按内容对应：${mapped.join('，')}导入，请核对。`;
}

/** The run-together rows split by the solver; a failure there must not lose the rest of the import. */
function splitRuns(
  f: Findings,
  tables: ReturnType<typeof readTables>,
  narratives: ReturnType<typeof readNarratives>,
  previous: Report | null,
): Resolved {
  if (f.runTogether.length === 0) return { choices: [], notes: [] };
  try {
    const texts = [narratives.overview, narratives.problems, narratives.otherMatters].flatMap((n) =>
      Object.values(n),
    );
    return resolveRunTogether(f, {
      format: tables.proactiveLayout,
      proactiveRows: tables.proactiveRows,
      narratives: texts,
      previous,
      zerosMayBeBlank: tables.zerosMayBeBlank,
    });
  } catch (error) {
    warn(f, `拆分连在一起的数字时出错，这些单元格未读取：${snippetOf(String(error), 200)}`);
    return { choices: [], notes: [] };
  }
}

/** A saved web page rather than text: its tables are read by their structure. */
const HTML_START =
  /^\s*(?:<!doctype\s+html|<(?:html|head|body|meta|table|p|div|h[1-6]|section|article|ul|ol)(?=[\s>/]))/iu;
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 2000));
}

/** A page's text (its <title> as a page-metadata line) and its tables read by structure. */
function fromHtml(source: string): { text: string; html: StructuredTables } {
  const doc = parseHtml(source);
  const text = doc.title ? `${pageTitleLine(doc.title)}\n${doc.text}` : doc.text;
  return { text, html: structuredTables(doc.tables) };
}

function importText(raw: string, id: string, previous: Report | null): TextImportResult {
  // Before anything is read: a PDF's radicals (「⼈⺠」) as the characters they print as.
  // pdftohtml -xml (every piece with its position): laid out by position first, as -layout text.
  // A page in traditional characters read in the simplified ones the format prints (traditional.ts).
  const simplified = simplifiedText(unifyIdeographs(isPdf2Xml(raw) ? pdf2XmlText(raw) : raw));
  const source = simplified.text;
  const { text: input, html } = looksLikeHtml(source) ? fromHtml(source) : { text: source, html: {} };
  // Segmentation before any reading: page metadata set aside, a crawler's 「|」 cells made tab
  // cells, part headings found anywhere in a line put on lines of their own.
  const page = splitPageMeta(cleanSourceText(input));
  const text = withRunsRejoined(isolateInlineHeadings(pipeCellsToTabs(page.text)));
  const s = sections(text);
  const f = newFindings();
  if (simplified.changed > 0) warn(f, traditionalNote(simplified.changed));
  const head = s.lines.slice(0, s.parts[0]?.heading ?? s.lines.length);
  // PDF text: the page width, if the head and the narrative parts are wrapped at one.
  const width = pageWidth([...head, ...NARRATIVE_PARTS.flatMap((p) => s.of(p) ?? [])]);
  const meta = readMeta(
    width === null ? head : unwrapLines(head, width),
    // Not the portal's footer after the 落款: its 「联系电话」 is the site's, not the office's.
    withoutSiteChrome(text.split('\n')).join('\n'),
    s.parts.length > 0,
    page.meta,
    (s.of('overview') ?? [])
      .filter((l) => l.trim() !== '')
      .slice(0, 3)
      .join('\n'),
    (s.of('overview') ?? []).join('\n'),
  );
  const tables = readTables(s, text, f, html);
  // Few wrapped paragraphs among many short lines (a short report printed to PDF): the width two
  // of their lines share, headings never continued (unwrap-lines.ts wrapWidth).
  const narrativeWidth =
    width ?? wrapWidth(NARRATIVE_PARTS.flatMap((p) => s.of(p) ?? []).map((l) => l.trim()));
  const narratives = readNarratives(s, meta, f, narrativeWidth, width === null);
  const resolved = splitRuns(f, tables, narratives, previous);
  if (tables.blankRows.length > 0) readBlankRows(f, tables.blankRows);
  const summary: ImportSummary = {
    meta: meta.findings,
    partsFound: s.parts.map((p) => p.part),
    partsMissing: PART_KEYS.filter((p) => !s.span(p)),
    narrativesFound: NARRATIVE_PARTS.flatMap((part) =>
      Object.entries(narratives[part])
        .filter(([, v]) => v !== '')
        .map(([key]) => narrativeId({ part, key })),
    ),
    numbers: f.numbers,
    unread: f.unread,
    unreadFields: [],
    totalMismatches: totalMismatches(f.source, tables.otherHandling, f.blankTotals),
    format: tables.format,
    warnings: summaryWarnings(input, s, meta, tables, f),
    runTogether: f.runTogether,
    splitChoices: resolved.choices,
    splitNotes: resolved.notes,
  };
  for (const part of ['applications', 'appeals'] as const) {
    const lines = s.of(part);
    const prose = lines ? proseBeforeTable(lines, TABLE_OPENERS[part]) : '';
    if (prose !== '') summary[`${part}Prose`] = prose;
  }
  if (narratives.signedBy !== '') summary.signedBy = clamp(narratives.signedBy, 200);
  withPicturedTables(summary, s);
  const draft = buildDraft(id, meta, narratives, f);
  summary.unreadFields = unreadFields(draft, summary.partsFound);
  return { draft, summary };
}

/**
 * Parts 二–四 whose tables the text holds as pictures (tables-as-pictures.ts): their cells' reason
 * and one warning say so, instead of 「未找到第N部分」 or 「原文中未找到…一行」 for each row.
 */
function withPicturedTables(summary: ImportSummary, s: Sections): void {
  const pictured = summary.narrativesFound.length > 0 ? picturedTables(s.of) : [];
  if (pictured.length === 0) return;
  const own = new Map(pictured.map((part) => [part, picturedReason(part, s.span(part) !== undefined)]));
  summary.unread = summary.unread.map((u) => {
    const reason = own.get(u.cell.slice(0, u.cell.indexOf('.')) as TablePart);
    return reason === undefined ? u : { ...u, reason };
  });
  const notFound = new Set(pictured.map((part) => missingPartWarning(part)));
  summary.warnings = [picturedWarning(pictured), ...summary.warnings.filter((w) => !notFound.has(w))];
  summary.picturedTables = pictured;
}

function clampAll<T extends Record<string, string>>(texts: T): T {
  return Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, clamp(v, MAX_TEXT)])) as T;
}

export type ImportOptions = {
  /** the report id; by default derived from the text */
  id?: string;
  /**
   * The same organ's previous-year report, when known: its 「现行有效件数」 narrows the split of a
   * part 二 row whose cells ran together (现行有效 = 上年现行有效 + 制发 − 废止).
   */
  previous?: Report | null;
};

/** Never throws: any input gives a draft (possibly empty) and a summary saying what was found. */
export function importPublishedText(text: string, opts?: ImportOptions): TextImportResult {
  const source = typeof text === 'string' ? text : '';
  const given = opts?.id;
  const id =
    given !== undefined && reportIdSchema.safeParse(given).success ? given : `import-${textHash(source)}`;
  try {
    return importText(source, id, opts?.previous ?? null);
  } catch (error) {
    // Defence in depth: a bug in one reader must not take the 「导入」 dialog down with it.
    // The fuzz tests assert this branch is never reached.
    const draft = emptyDraft({ id, agencyName: '', year: null, reportKind: 'department' });
    const summary: ImportSummary = {
      meta: [],
      partsFound: [],
      partsMissing: [...PART_KEYS],
      narrativesFound: [],
      numbers: [],
      unread: [],
      unreadFields: [],
      totalMismatches: [],
      format: '2021',
      warnings: [`${IMPORT_FAILED}：${snippetOf(String(error), 200)}`],
      runTogether: [],
      splitChoices: [],
      splitNotes: [],
    };
    return { draft, summary };
  }
}

/** The warning of the defensive branch (tests look for it). */
export const IMPORT_FAILED = '导入时发生内部错误，未能读取原文';
