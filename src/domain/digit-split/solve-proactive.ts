// Recovers a part 二 row whose cells ran together (nianbao issue 9): 「行政规范性文件1211」 is
// 本年制发件数 1, 本年废止件数 2, 现行有效件数 11. The row has no identity of its own, so the cuts
// are narrowed with what else is known: counts stated in the narrative (「制发…N件」,
// 「现行有效…N件」) and the stock identity 现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数
// when the same organ's previous report is known (SPEC §6 `in-force`).
// Both are soft: SPEC §6 makes a narrative that disagrees with the table (`narrative-number`) and
// a broken stock identity (`in-force`) warnings, i.e. real reports contain them. A hint that fits
// no cut is therefore not applied, and the note says so; the solver never picks among the rest.
import type { DocumentField, ProactiveRow } from '../report/keys';
import { DOCUMENT_FIELDS } from '../report/keys';
import { DOCUMENT_FIELD_LABELS, PROACTIVE_ROW_LABELS } from '../report/labels';
import { DEFAULT_MAX_CELL_DIGITS, enumerateSplits, normalizeDigitRun } from './run-together';

export interface ProactiveHints {
  /** 「本年制发件数」 stated in the narrative. */
  readonly issued?: number;
  /** 「本年废止件数」 stated in the narrative. */
  readonly repealed?: number;
  /** 「现行有效件数」 stated in the narrative. */
  readonly inForce?: number;
  /** 「现行有效件数」 of the same organ's previous-year report. */
  readonly previousInForce?: number;
  /** The sentence of the narrative each stated count comes from, quoted in the notes. */
  readonly statedIn?: Partial<Record<DocumentField, string>>;
}

export interface ProactiveRowSolution {
  readonly status: 'unique' | 'ambiguous' | 'none';
  /** The reading when unique. */
  readonly values: number[] | null;
  /** Every reading left after the hints (at most `candidateLimit`). */
  readonly candidates: number[][];
  readonly candidatesTruncated: boolean;
  /** What was done with the hints, or why the row was not read (zh-CN). */
  readonly notes: string[];
}

export interface SolveProactiveOptions {
  /** Names the row in the notes. */
  readonly row?: ProactiveRow;
  readonly maxCellDigits?: number;
  readonly candidateLimit?: number;
  /**
   * Offsets in the digits where a cut must fall: the row was printed in pieces with spaces between
   * them (「20 155」 → [2]), and a space is never inside a number.
   */
  readonly breaks?: readonly number[];
  /**
   * A cell the narrative states, for rows whose columns hints do not name (the 2019 trial layout's
   * 处理决定数量, 「作出行政处罚决定784起」): its column, value and sentence. Soft like the hints.
   */
  readonly stated?: { readonly column: number; readonly value: number; readonly sentence: string };
}

/** Whether a cut's cells end at every one of `breaks` (offsets in its digits). */
function cutsAt(values: readonly number[], breaks: readonly number[]): boolean {
  const ends = new Set<number>();
  let at = 0;
  for (const v of values) {
    at += String(v).length;
    ends.add(at);
  }
  return breaks.every((b) => ends.has(b));
}

/** Cuts enumerated before narrowing; a run with more is not readable from hints alone. */
const ENUMERATION_CAP = 10_000;

interface Narrowing {
  readonly keep: (values: readonly number[]) => boolean;
  readonly used: string;
  readonly ignored: string;
}

const fieldAt = (field: DocumentField): number => DOCUMENT_FIELDS.indexOf(field);
const label = (field: DocumentField): string => `「${DOCUMENT_FIELD_LABELS[field]}」`;

function narrowings(hints: ProactiveHints, digits: string, who: string): Narrowing[] {
  const out: Narrowing[] = [];
  for (const field of DOCUMENT_FIELDS) {
    const stated = hints[field];
    if (stated === undefined) continue;
    const sentence = hints.statedIn?.[field];
    const quoted = sentence
      ? `（正文：“${sentence.length > 60 ? `${sentence.slice(0, 59)}…` : sentence}”）`
      : '';
    out.push({
      keep: (v) => v[fieldAt(field)] === stated,
      used: `按正文所述${label(field)}${stated}件筛选${quoted}`,
      ignored: `正文所述${label(field)}${stated}件与${who}数字串“${digits}”的任何拆法都不符，未用于筛选`,
    });
  }
  const previous = hints.previousInForce;
  if (previous !== undefined) {
    const formula = `上年${label('inForce')}${previous}件＋${label('issued')}－${label('repealed')}`;
    out.push({
      keep: (v) => v[fieldAt('inForce')] === previous + v[fieldAt('issued')]! - v[fieldAt('repealed')]!,
      used: `按${formula}筛选`,
      ignored: `按${formula}推算，${who}数字串“${digits}”没有相符的拆法，未用于筛选`,
    });
  }
  return out;
}

/**
 * Reads a run of `fieldCount` cells of a part 二 row. Hints name the fields of
 * 第二十条第（一）项 (本年制发件数, 本年废止件数, 现行有效件数), so they apply only when
 * `fieldCount` is 3.
 */
export function solveProactiveRow(
  raw: string,
  fieldCount: number,
  hints: ProactiveHints = {},
  options: SolveProactiveOptions = {},
): ProactiveRowSolution {
  const maxDigits = options.maxCellDigits ?? DEFAULT_MAX_CELL_DIGITS;
  const limit = options.candidateLimit ?? 20;
  const who = options.row === undefined ? '' : `「${PROACTIVE_ROW_LABELS[options.row]}」一行`;
  const none = (note: string): ProactiveRowSolution => ({
    status: 'none',
    values: null,
    candidates: [],
    candidatesTruncated: false,
    notes: [note],
  });
  const digits = normalizeDigitRun(raw);
  if (digits === null) return none(`${who}“${raw}”不全是数字，无法拆分`);

  let candidates: number[][] = [];
  const breaks = options.breaks ?? [];
  for (const split of enumerateSplits(digits, fieldCount, maxDigits)) {
    if (breaks.length > 0 && !cutsAt(split, breaks)) continue;
    if (candidates.length === ENUMERATION_CAP)
      return none(`${who}数字串“${digits}”拆法超过${ENUMERATION_CAP}种，无法确定，未读取`);
    candidates.push(split);
  }
  if (candidates.length === 0)
    return none(
      `${who}数字串“${digits}”无法拆成${fieldCount}个数（除0以外的数不以0开头，每个数不超过${maxDigits}位），未读取`,
    );

  const notes: string[] = [];
  const stated = options.stated;
  if (stated !== undefined) {
    const kept = candidates.filter((v) => v[stated.column] === stated.value);
    const quoted = stated.sentence.length > 60 ? `${stated.sentence.slice(0, 59)}…` : stated.sentence;
    if (kept.length === 0)
      notes.push(`正文所述处理决定数量${stated.value}与${who}数字串“${digits}”的任何拆法都不符，未用于筛选`);
    else {
      if (kept.length < candidates.length)
        notes.push(`按正文所述处理决定数量${stated.value}筛选（正文：“${quoted}”）`);
      candidates = kept;
    }
  }
  if (fieldCount === DOCUMENT_FIELDS.length) {
    for (const n of narrowings(hints, digits, who)) {
      const kept = candidates.filter(n.keep);
      if (kept.length === 0) {
        notes.push(n.ignored);
        continue;
      }
      if (kept.length < candidates.length) notes.push(n.used);
      candidates = kept;
    }
  }
  const unique = candidates.length === 1;
  return {
    status: unique ? 'unique' : 'ambiguous',
    values: unique ? candidates[0]! : null,
    candidates: candidates.slice(0, limit),
    candidatesTruncated: candidates.length > limit,
    notes,
  };
}
