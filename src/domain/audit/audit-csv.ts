// The findings of a batch as CSV for Excel/WPS (toCsv: BOM, CRLF, formula neutralisation — organ
// names and sentences come from other offices' texts). One line per finding; a report without a
// problem gets one line saying so, so every report of the batch is in the file.
import { narrativeWhere } from '../checks/narrative-fields';
import { cellLabel, parseCellId, parseNarrativeId } from '../report/cell-address';
import { META_LABELS } from '../report/labels';
import { type CsvCell, toCsv } from '../summary/csv';
import { AUDIT_KIND_LABELS, type AuditedReport, type AuditFinding } from './audit-types';

export const SEVERITY_LABELS: Readonly<Record<AuditFinding['severity'], string>> = {
  error: '错误',
  warning: '警告',
  info: '说明',
};

export const AUDIT_CSV_HEADERS: readonly string[] = [
  '来源',
  META_LABELS.agencyName,
  META_LABELS.year,
  '格式',
  '已读取单元格',
  '应读取单元格',
  '问题类别',
  '级别',
  '位置',
  '问题说明',
  '原文语句',
];

/** Where a finding points, in the words of the format: cell labels, then narrative sub-items. */
export function findingPlace(f: AuditFinding, max = 5): string {
  const places = [
    ...f.cells.map((id) => {
      const cell = parseCellId(id);
      return cell ? cellLabel(cell) : id;
    }),
    ...f.fields.map((id) => {
      const n = parseNarrativeId(id);
      return n ? narrativeWhere(n.part, n.key) : id;
    }),
  ];
  return places.length <= max ? places.join('；') : `${places.slice(0, max).join('；')}等${places.length}处`;
}

export function auditCsv(reports: readonly AuditedReport[]): string {
  const rows: CsvCell[][] = [[...AUDIT_CSV_HEADERS]];
  for (const r of reports) {
    const head: CsvCell[] = [
      r.row.source,
      r.row.agencyName,
      r.row.year,
      `${r.row.format}年格式`,
      r.row.cellsRead,
      r.row.cellsTotal,
    ];
    const findings = r.findings.filter((f) => f.kind !== 'note');
    if (findings.length === 0) rows.push([...head, '未发现问题', '', '', '', '']);
    for (const f of findings)
      rows.push([
        ...head,
        AUDIT_KIND_LABELS[f.kind],
        SEVERITY_LABELS[f.severity],
        findingPlace(f),
        f.message,
        f.quote ?? '',
      ]);
  }
  return toCsv(rows);
}
