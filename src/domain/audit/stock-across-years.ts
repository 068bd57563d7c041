// Two linked years of one organ whose part 二 rows ran together (「行政规范性文件6241」, next year
// 「4342」): each row alone has several cuts, and the importer leaves them to the user. The stock
// identity 现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数 (SPEC §6 `in-force`) ties
// the two years, so a cut of one year is kept only when some cut of the other fits it:
// - one cut of a year left → that year is read (both years may be settled at once);
// - no pair of cuts fits → the stock breaks whatever the cut: an `in-force` finding, the cells stay
//   unread (nothing is bent to fit);
// - several → left to the user, as before.
// The identity is a warning (real reports break it), so it settles a cut only where a fitting cut
// exists; the same trust the importer gives last year's 「现行有效件数」 (solve-proactive.ts).
import { cellId, type ProactiveCell } from '../report/cell-address';
import { readDraftCell } from '../report/draft-convert';
import { DOCUMENT_FIELDS, DOCUMENT_ROWS, type DocumentRow } from '../report/keys';
import { DOCUMENT_FIELD_LABELS, PART_TITLES, PROACTIVE_ROW_LABELS } from '../report/labels';
import type { TextImportResult } from '../text-import/import-summary';

/** 本年制发件数, 本年废止件数, 现行有效件数 */
type Triple = readonly number[];
/** The readings of a row: the one read, or the cuts listed for the user (`choice` = its index list). */
type Readings = { triples: Triple[]; choiceKey: string | null; digits: string | null };

const cellsOf = (row: DocumentRow): ProactiveCell[] =>
  DOCUMENT_FIELDS.map((column) => ({ part: 'proactive', row, column }));
const ids = (row: DocumentRow) => cellsOf(row).map(cellId);

function readingsOf(result: TextImportResult, row: DocumentRow): Readings | null {
  if (result.summary.format !== '2021') return null;
  const key = `proactive.${row}`;
  const cells = ids(row);
  const choice = result.summary.splitChoices.find((c) => c.key === key && c.picked === undefined);
  if (choice) {
    // A truncated list is not every cut: nothing can be concluded from it.
    if (choice.truncated) return null;
    const triples = choice.candidates.map((c) => cells.map((id) => c.cells[id]));
    if (triples.some((t) => t.some((v) => v === undefined))) return null;
    return { triples: triples as Triple[], choiceKey: key, digits: choice.rows[0]?.digits ?? null };
  }
  const values = cellsOf(row).map((cell) => {
    const text = readDraftCell(result.draft, cell).trim();
    return /^\d+$/u.test(text) ? Number(text) : null;
  });
  if (values.some((v) => v === null)) return null;
  return { triples: [values as Triple], choiceKey: null, digits: null };
}

const fits = (before: Triple, after: Triple) => after[2] === before[2]! + after[0]! - after[1]!;

export type StockBreak = { row: DocumentRow; message: string; cells: string[] };

export type StockAcrossYears = {
  /** SplitChoice.key → index of the only cut that fits (for applySplitChoices) */
  earlierPicks: Record<string, number>;
  laterPicks: Record<string, number>;
  /** rows whose stock breaks whatever the cut (at least one year still run together) */
  breaks: StockBreak[];
};

function breakMessage(row: DocumentRow, earlier: Readings, later: Readings): string {
  const label = `「${PART_TITLES.proactive}」中「${PROACTIVE_ROW_LABELS[row]}」一行`;
  const inForce = `「${DOCUMENT_FIELD_LABELS.inForce}」`;
  const where = [
    later.digits === null ? null : `本年数字连在一起（「${later.digits}」）`,
    earlier.digits === null
      ? `上年${inForce}${earlier.triples[0]![2]}件`
      : `上年数字连在一起（「${earlier.digits}」）`,
  ]
    .filter((s) => s !== null)
    .join('，');
  return `${label}现行有效件数与上年不衔接：${where}，无论怎样拆分，本年${inForce}都不等于上年${inForce}＋「${DOCUMENT_FIELD_LABELS.issued}」－「${DOCUMENT_FIELD_LABELS.repealed}」。这些数字未读取，请核对原文；如因清理、失效等原因不同，请写明说明`;
}

/** What the stock identity settles between a report (`later`) and its linked previous year. */
export function stockAcrossYears(earlier: TextImportResult, later: TextImportResult): StockAcrossYears {
  const out: StockAcrossYears = { earlierPicks: {}, laterPicks: {}, breaks: [] };
  for (const row of DOCUMENT_ROWS) {
    const e = readingsOf(earlier, row);
    const l = readingsOf(later, row);
    // Both read: the ordinary in-force check speaks; one unknown: nothing to tie.
    if (!e || !l || (e.choiceKey === null && l.choiceKey === null)) continue;
    const keptE = new Set<number>();
    const keptL = new Set<number>();
    e.triples.forEach((te, i) => {
      l.triples.forEach((tl, j) => {
        if (!fits(te, tl)) return;
        keptE.add(i);
        keptL.add(j);
      });
    });
    if (keptL.size === 0) {
      out.breaks.push({ row, message: breakMessage(row, e, l), cells: ids(row) });
      continue;
    }
    if (e.choiceKey !== null && keptE.size === 1) out.earlierPicks[e.choiceKey] = [...keptE][0]!;
    if (l.choiceKey !== null && keptL.size === 1) out.laterPicks[l.choiceKey] = [...keptL][0]!;
  }
  return out;
}

/**
 * The cuts of `report`'s row (indices into its split choice's candidates) that fit some reading of
 * a linked year (`other`, earlier or later), or null when nothing ties them (the row read, or
 * either year without a reading).
 */
export function cutsFitting(
  report: TextImportResult,
  other: TextImportResult,
  row: DocumentRow,
  otherIs: 'earlier' | 'later',
): Set<number> | null {
  const r = readingsOf(report, row);
  const o = readingsOf(other, row);
  if (!r || !o || r.choiceKey === null) return null;
  const kept = new Set<number>();
  r.triples.forEach((tr, i) => {
    if (o.triples.some((to) => (otherIs === 'earlier' ? fits(to, tr) : fits(tr, to)))) kept.add(i);
  });
  return kept;
}

/**
 * A row run together in a year linked both ways (the year before and the year after, 平潭投资促进局
 * 2024 「1027」 between 「6126」 and 「25032」): the cuts that continue last year's stock and those
 * that lead to next year's are different — the three years' stocks cannot all hold, whatever the
 * cut. Each pair alone fits, so only the chain says so; nothing is read.
 */
export function chainBreaks(
  previous: TextImportResult,
  report: TextImportResult,
  next: TextImportResult,
): StockBreak[] {
  const out: StockBreak[] = [];
  for (const row of DOCUMENT_ROWS) {
    const before = cutsFitting(report, previous, row, 'earlier');
    const after = cutsFitting(report, next, row, 'later');
    if (!before || !after || before.size === 0 || after.size === 0) continue;
    if ([...before].some((i) => after.has(i))) continue;
    const digits = readingsOf(report, row)?.digits;
    const label = `「${PART_TITLES.proactive}」中「${PROACTIVE_ROW_LABELS[row]}」一行`;
    const inForce = `「${DOCUMENT_FIELD_LABELS.inForce}」`;
    out.push({
      row,
      message: `${label}现行有效件数与上年、下年不能都衔接：${digits ? `本年数字连在一起（「${digits}」），` : ''}能与上年${inForce}衔接的拆法，都不能与下年衔接，反之亦然。这些数字未读取，请核对三年的原文；如因清理、失效等原因不同，请写明说明`,
      cells: ids(row),
    });
  }
  return out;
}
