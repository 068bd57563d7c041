// 单位名单: the units a supervising office expects reports from. Offices keep it in Word, Excel or
// a notice (通知) and paste it: one name per line, or 「、」/comma/tab separated, numbered
// 「1.」「1、」「（1）」「一、」「①」, with header cells (「序号」「单位名称」) and a 报告类型 column
// when it comes from a spreadsheet. Names are matched after normalisation, because the same
// organ is typed differently on different PCs (full-width letters and brackets, stray spaces).

import { META_LABELS, REPORT_KIND_LABELS } from '../report/labels';
import { normalizeOrganName } from '../report/organ-name';

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const OPEN_BRACKETS = /[〔【［[｛{〖]/g;
const CLOSE_BRACKETS = /[〕】］\]｝}〗]/g;
/**
 * A trailing 「（2021年）政府信息公开工作年度报告」/「年度报告」/「年报」: a list of report titles
 * pasted as a roster. No organ's name ends so, so dropping it cannot merge two organs.
 */
const REPORT_SUFFIX = /(?:(?:(?:19|20)\d{2}(?:年度?)?)?(?:政府信息公开(?:工作)?)?(?:年度报告|年报))+$/u;

/**
 * What the app appends to a copy's name — 「（副本）」 (复制, a tab's edits saved apart) and 「（导入的副本）」
 * (an import kept beside the report: an older 送审 file, both sides changed) — once or more. A copy
 * is the same unit's report: in the 汇总 of 「本年度全部报告」 a supervisor's 「…（导入的副本）」 was summed
 * as a second unit (46 for a unit's 23, 「汇总（2个单位）」).
 */
const COPY_SUFFIX = /(?:\((?:导入的)?副本\))+$/u;
/** The name is a copy's (it ends with the suffix the app gives copies). */
export const isCopyName = (name: string): boolean => COPY_SUFFIX.test(normalizeOrganName(name));

/**
 * The key two spellings of one organ share: the app-wide normalizeOrganName (NFKC, so full-width
 * ASCII becomes half-width; all whitespace incl. U+3000 removed; （）→()), plus zero-width marks
 * removed, 〔〕【】［］｛｝ read as (), and a trailing 「年度报告」 or copy's 「（副本）」 dropped.
 */
export function normalizeRosterName(name: string): string {
  return normalizeOrganName(name.replace(ZERO_WIDTH, ''))
    .replace(OPEN_BRACKETS, '(')
    .replace(CLOSE_BRACKETS, ')')
    .replace(COPY_SUFFIX, '')
    .replace(REPORT_SUFFIX, '');
}

// ---- parsing -------------------------------------------------------------------------------
const LINE_BREAK = /\r\n|[\r\n\v\f\u2028\u2029\u0085]/;
const SEPARATORS = new Set([',', '，', '、', '\t', ';', '；']);
const NUMERAL = '0-9０-９一二三四五六七八九十百零〇';
/** 「1.」「1、」「1)」「（1）」「(一)」「一、」「①」「⑴」「⒈」 and 「1 」 at the start of a cell. */
const NUMBERING = new RegExp(
  `^(?:[(（][${NUMERAL}]+[)）]|[0-9０-９]+\\s*[.．、)）:：]|[0-9０-９]+(?=\\s)|[一二三四五六七八九十百]+\\s*[、.．]|[\\u2460-\\u249b\\u3251-\\u325f\\u32b1-\\u32bf])\\s*`,
  'u',
);
/** A cell that is only a number or a numeral: a 序号 column. */
const ONLY_NUMBER = new RegExp(`^[(（]?[${NUMERAL}]+[)）.．、]?$`, 'u');
const QUOTES: readonly [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ["'", "'"],
  ['《', '》'],
];
const TRAILING_PUNCTUATION = /[。．.；;，,、:：]+$/u;
/** Header cells and 报告类型 values of a spreadsheet roster: never a unit's name. */
const NOT_A_NAME = new Set(
  [
    '序号',
    '编号',
    '单位',
    '名称',
    '单位名称',
    '报送单位',
    '填报单位',
    '备注',
    '类型',
    META_LABELS.agencyName,
    META_LABELS.reportKind,
    ...Object.values(REPORT_KIND_LABELS),
  ].map(normalizeRosterName),
);

/** Splits a line at separators outside double quotes (a CSV cell may be quoted; "" is a quote). */
function splitCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (!quoted && SEPARATORS.has(ch)) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

const trim = (s: string) => s.replace(ZERO_WIDTH, '').replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');

/** One cell to a unit name, or null for a 序号, a header, a 报告类型 or an empty cell. */
function cleanCell(raw: string): string | null {
  let s = trim(raw);
  for (const [open, close] of QUOTES)
    if (s.length >= 2 && s.startsWith(open) && s.endsWith(close)) s = trim(s.slice(1, -1));
  if (ONLY_NUMBER.test(s)) return null;
  s = trim(s.replace(NUMBERING, '').replace(TRAILING_PUNCTUATION, ''));
  if (s === '' || ONLY_NUMBER.test(s) || NOT_A_NAME.has(normalizeRosterName(s))) return null;
  return s;
}

export type ParsedRoster = {
  /** unit names in the order given, first spelling kept, trimmed */
  units: string[];
  /** later spellings of a unit already listed (same normalised name) */
  duplicates: string[];
};

/** Parses a pasted or opened (.txt/.csv) 单位名单. Never throws. */
export function parseRoster(text: string): ParsedRoster {
  const units: string[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  for (const line of text.replace(ZERO_WIDTH, '').split(LINE_BREAK)) {
    // Numbering first: in 「1、曲阜市教育局」 the 、 is part of the number, not a separator.
    for (const cell of splitCells(trim(line).replace(NUMBERING, ''))) {
      const name = cleanCell(cell);
      if (name === null) continue;
      const key = normalizeRosterName(name);
      if (key === '') continue;
      if (seen.has(key)) duplicates.push(name);
      else {
        seen.add(key);
        units.push(name);
      }
    }
  }
  return { units, duplicates };
}

// ---- matching ------------------------------------------------------------------------------
export type RosterReport = { id: string; agencyName: string; year: number | null };

export type RosterMatch<R extends RosterReport> = {
  /** roster units with at least one report of the year (several when a unit has duplicates) */
  matched: { unit: string; reportIds: string[] }[];
  /** roster units without a report of the year: 未报送 */
  missing: string[];
  /** reports of the year whose organ is not on the roster */
  extra: R[];
  /**
   * extra reports that are probably a missing unit under another spelling: one name contains the
   * other (「教育局」 / 「曲阜市教育局」) and only one missing unit fits. Shown, never applied.
   */
  suggestions: { reportId: string; unit: string }[];
};

/** Matches the reports of `year` to the roster by normalised name; other years are ignored. */
export function matchRoster<R extends RosterReport>(
  units: readonly string[],
  reports: readonly R[],
  year: number,
): RosterMatch<R> {
  const byKey = new Map<string, string[]>();
  const unitOf = new Map<string, string>();
  for (const unit of units) {
    const key = normalizeRosterName(unit);
    if (key !== '' && !unitOf.has(key)) unitOf.set(key, unit);
  }
  const extra: R[] = [];
  for (const r of reports) {
    if (r.year !== year) continue;
    const key = normalizeRosterName(r.agencyName);
    if (!unitOf.has(key)) extra.push(r);
    else byKey.set(key, [...(byKey.get(key) ?? []), r.id]);
  }
  const matched: RosterMatch<R>['matched'] = [];
  const missing: string[] = [];
  for (const [key, unit] of unitOf) {
    const ids = byKey.get(key);
    if (ids) matched.push({ unit, reportIds: ids });
    else missing.push(unit);
  }
  const missingKeys = missing.map((unit) => ({ unit, key: normalizeRosterName(unit) }));
  const suggestions: RosterMatch<R>['suggestions'] = [];
  for (const r of extra) {
    const key = normalizeRosterName(r.agencyName);
    if (key.length < 2) continue;
    const fits = missingKeys.filter((m) => m.key.length >= 2 && (m.key.includes(key) || key.includes(m.key)));
    if (fits.length === 1) suggestions.push({ reportId: r.id, unit: fits[0]!.unit });
  }
  return { matched, missing, extra, suggestions };
}
