// Reading a web page of 「导出网页版」 back when its data block is gone (a CMS drops <script>): the
// text is read like any published report (text-import), except the 「报告信息」 lines the page ends
// with (web-page.ts metaLines), which hold the report information exactly and are read here, so
// they neither end up in the last sub-item's text nor depend on the importer's guesses.
import { narrativeId } from '../report/cell-address';
import { NARRATIVE_PARTS } from '../report/keys';
import { META_LABELS, REPORT_KIND_LABELS } from '../report/labels';
import { MAX_YEAR, MIN_YEAR, type ReportMeta } from '../report/report-schema';
import { htmlToText } from '../text-import/html-to-text';
import type { TextImportResult } from '../text-import/import-summary';
import { type ImportOptions, importPublishedText } from '../text-import/import-text';
import { findReportData } from './data-block';
import { type PageTexts, readPageTexts } from './page-texts';
import { META_HEADING } from './web-page';

export type WebPageInfo = WebPageMeta & {
  /** the preamble and sub-items read by the page's structure (page-texts.ts), when it has it */
  texts?: PageTexts;
};
type WebPageMeta = Pick<
  ReportMeta,
  | 'title'
  | 'agencyName'
  | 'year'
  | 'reportKind'
  | 'website'
  | 'contactAddress'
  | 'contactPhone'
  | 'publishDate'
>;
type InfoField = keyof WebPageMeta;

const FIELDS = Object.keys({
  title: 0,
  agencyName: 0,
  year: 0,
  reportKind: 0,
  website: 0,
  contactAddress: 0,
  contactPhone: 0,
  publishDate: 0,
} satisfies Record<InfoField, 0>) as InfoField[];
const BY_LABEL = new Map<string, InfoField>(FIELDS.map((f) => [META_LABELS[f], f]));
const KIND_BY_LABEL = new Map(
  Object.entries(REPORT_KIND_LABELS).map(([kind, label]) => [label, kind as ReportMeta['reportKind']]),
);
const MAX_SHORT = 2000;

/**
 * Each line 「<label>：<value>」 of the block, up to the first line that is not one (the portal's
 * footer, when the page was saved from the site); null when a label comes twice or a value is not
 * one the page writes.
 */
function parseInfo(lines: readonly string[]): WebPageMeta | null {
  const info: WebPageMeta = {
    title: '',
    agencyName: '',
    year: null,
    reportKind: 'department',
    website: '',
    contactAddress: '',
    contactPhone: '',
    publishDate: '',
  };
  const seen = new Set<InfoField>();
  for (const line of lines) {
    const at = line.indexOf('：');
    const field = at > 0 ? BY_LABEL.get(line.slice(0, at).trim()) : undefined;
    if (!field) break;
    if (seen.has(field)) return null;
    seen.add(field);
    const value = line.slice(at + 1).trim();
    if (field === 'year') {
      const year = Number(value);
      if (!/^\d{4}$/.test(value) || year < MIN_YEAR || year > MAX_YEAR) return null;
      info.year = year;
    } else if (field === 'reportKind') {
      const kind = KIND_BY_LABEL.get(value);
      if (!kind) return null;
      info.reportKind = kind;
    } else if (field === 'publishDate') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
      info.publishDate = value;
    } else info[field] = value.slice(0, MAX_SHORT);
  }
  // The page always writes these four.
  return seen.has('title') && seen.has('agencyName') && seen.has('year') && seen.has('reportKind')
    ? info
    : null;
}

/**
 * The page's text without its closing 「报告信息」 block (and what follows it: page chrome), and what
 * the block says; the text as it is and null without such a block (someone else's page).
 */
export function splitWebPageInfo(text: string): { text: string; info: WebPageInfo | null } {
  const lines = text.split(/\r\n?|\n/);
  let at = lines.length - 1;
  while (at >= 0 && lines[at]?.trim() !== META_HEADING) at--;
  if (at < 0) return { text, info: null };
  const meta = parseInfo(lines.slice(at + 1).filter((l) => l.trim() !== ''));
  if (!meta) return { text, info: null };
  // The page's heading is the title the block states: taken out, so that a title the importer does
  // not take for one (long, or with markup characters) is not read as the preamble's first line.
  const body = lines.slice(0, at);
  const heading = body.findIndex((l) => l.trim() === meta.title);
  const texts = readPageTexts(body, heading);
  if (heading >= 0) body.splice(heading, 1);
  return { text: body.join('\n'), info: texts ? { ...meta, texts } : meta };
}

/**
 * The import with the block's report information in place of what the importer made of the text,
 * and the texts read by the page's structure in place of the importer's, when the page has them.
 */
export function withWebPageInfo(result: TextImportResult, info: WebPageInfo): TextImportResult {
  const { texts, ...meta } = info;
  const findings = FIELDS.flatMap((field) => {
    const value = field === 'reportKind' ? REPORT_KIND_LABELS[meta.reportKind] : (meta[field] ?? '');
    return value === '' ? [] : [{ field, value, snippet: `${META_LABELS[field]}：${value}` }];
  });
  const draft = { ...result.draft, meta: { ...result.draft.meta, ...meta } };
  if (texts) {
    if (texts.preamble !== null) draft.meta.preamble = texts.preamble;
    Object.assign(draft, texts.narratives);
  }
  const narrativesFound = texts
    ? NARRATIVE_PARTS.flatMap((part) =>
        Object.entries(texts.narratives[part])
          .filter(([, v]) => v !== '')
          .map(([key]) => narrativeId({ part, key })),
      )
    : result.summary.narrativesFound;
  return {
    draft,
    summary: {
      ...result.summary,
      meta: [...result.summary.meta.filter((m) => !(FIELDS as string[]).includes(m.field)), ...findings],
      narrativesFound,
      // What the page states exactly is not unread, whatever the importer found.
      unreadFields: result.summary.unreadFields.filter((u) => {
        const field = u.field.startsWith('meta.') ? u.field.slice(5) : null;
        if (field === null) return !texts;
        if (field === 'preamble') return texts?.preamble == null;
        const value = meta[field as InfoField];
        return !(FIELDS as string[]).includes(field) || value === '' || value === null;
      }),
    },
  };
}

/**
 * What 「导入」 reads from a web page: the report file its data block carries (validated and its
 * digest checked like any .json file), or else — a CMS dropped the block — its text, read as a
 * published report, with the closing 「报告信息」 of a page of 「导出网页版」 read exactly.
 */
export type WebPageSource =
  | { kind: 'data'; json: string }
  | { kind: 'markup'; text: string; info: WebPageInfo | null };

export function readWebPage(html: string): WebPageSource {
  const json = findReportData(html);
  if (json !== null) return { kind: 'data', json };
  return { kind: 'markup', ...splitWebPageInfo(htmlToText(html)) };
}

/** The markup's text read as a published report, the page's 「报告信息」 in place of the importer's guesses. */
export function importWebPageText(
  text: string,
  info: WebPageInfo | null | undefined,
  opts: ImportOptions,
): TextImportResult {
  const read = importPublishedText(text, opts);
  return info ? withWebPageInfo(read, info) : read;
}
