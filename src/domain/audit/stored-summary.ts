// A reference report keeps its import summary in storage as opaque JSON (StoredReport.importSummary),
// possibly written by an older version of the app (before nianbao issue 9 added splitChoices and
// splitNotes). The audit view reads it back through this guard: what has the shape is used, what is
// missing is empty, anything else means "no summary" rather than a crash.
import { PART_KEYS, type PartKey } from '../report/labels';
import type { ImportSummary } from '../text-import/import-summary';
import { TABLE_PARTS, type TablePart } from '../text-import/tables-as-pictures';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const arrayOf = <T>(v: unknown, ok: (x: unknown) => x is T): T[] => (Array.isArray(v) ? v.filter(ok) : []);
const isString = (x: unknown): x is string => typeof x === 'string';
const hasCell = (x: unknown): x is Record<string, unknown> & { cell: string } =>
  isObject(x) && typeof x.cell === 'string';

export function storedImportSummary(value: unknown): ImportSummary | null {
  if (!isObject(value) || !Array.isArray(value.numbers) || !Array.isArray(value.unread)) return null;
  return {
    meta: arrayOf(value.meta, isObject) as ImportSummary['meta'],
    partsFound: arrayOf(value.partsFound, (x): x is PartKey => PART_KEYS.includes(x as PartKey)),
    partsMissing: arrayOf(value.partsMissing, (x): x is PartKey => PART_KEYS.includes(x as PartKey)),
    narrativesFound: arrayOf(value.narrativesFound, isString),
    numbers: arrayOf(value.numbers, hasCell) as ImportSummary['numbers'],
    unread: arrayOf(
      value.unread,
      (x): x is ImportSummary['unread'][number] => hasCell(x) && isString(x.reason),
    ),
    unreadFields: arrayOf(
      value.unreadFields,
      (x): x is ImportSummary['unreadFields'][number] =>
        isObject(x) && isString(x.field) && isString(x.reason),
    ),
    totalMismatches: arrayOf(
      value.totalMismatches,
      (x): x is ImportSummary['totalMismatches'][number] => hasCell(x) && isString(x.message),
    ),
    format: value.format === '2019' ? '2019' : '2021',
    warnings: arrayOf(value.warnings, isString),
    runTogether: arrayOf(value.runTogether, isObject) as ImportSummary['runTogether'],
    splitChoices: arrayOf(value.splitChoices, isObject) as ImportSummary['splitChoices'],
    splitNotes: arrayOf(value.splitNotes, isString),
    ...(Array.isArray(value.picturedTables)
      ? {
          picturedTables: arrayOf(value.picturedTables, (x): x is TablePart =>
            TABLE_PARTS.includes(x as TablePart),
          ),
        }
      : {}),
    ...(isString(value.signedBy) ? { signedBy: value.signedBy } : {}),
  };
}

/** The 落款's other organ name of a stored import summary (ImportSummary.signedBy), or ''. */
export function storedSignedBy(value: unknown): string {
  return isObject(value) && isString(value.signedBy) ? value.signedBy : '';
}
