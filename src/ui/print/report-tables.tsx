// The three tables exactly as the national format draws them (merged header cells, the note
// above the matrix). Values null print as empty cells, which is also the blank form.
import {
  APPEAL_FIELDS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICANT_INPUT_COLUMNS,
} from '../../domain/report/keys';
import {
  APPEAL_FIELD_LABELS,
  APPEAL_GROUP_LABELS,
  APPLICANT_HEADER,
  APPLICANT_LABELS,
  APPLICATION_GROUP_LABELS,
  LITIGATION_HEADER,
  MATRIX_NOTE,
  ORGANIZATION_HEADER,
  PROACTIVE_CONTENT_HEADER,
} from '../../domain/report/labels';
import type { Report } from '../../domain/report/report-schema';
import { MATRIX_LAYOUT } from '../../domain/tables/applications-table';
import { PROACTIVE_SECTIONS } from '../../domain/tables/proactive-table';

const v = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
type Grid = Record<string, Record<string, number | null>>;

/**
 * Column widths in % of the type area. The tables are laid out with these fixed widths (print.css:
 * table-layout fixed), so a table always spans exactly the text width, whatever its content, and
 * the header words break where a reader expects. A number column of the matrix takes six digits.
 */
function Columns({ widths }: { widths: readonly number[] }) {
  return (
    <colgroup>
      {widths.map((w, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
        <col key={i} style={{ width: `${w}%` }} />
      ))}
    </colgroup>
  );
}
const PROACTIVE_LABEL_WIDTH = 28;
/** 三、本年度办理结果 | （三）不予公开 | item label, then the seven applicant columns (six digits each). */
const MATRIX_WIDTHS = [5, 10, 25, ...APPLICANT_COLUMNS.map(() => 60 / APPLICANT_COLUMNS.length)];

export function ProactiveTables({ report }: { report: Report | null }) {
  const grid = report?.proactive as Grid | undefined;
  return (
    <>
      {PROACTIVE_SECTIONS.map((s) => (
        <table key={s.article} className="doc-table proactive">
          <Columns
            widths={[
              PROACTIVE_LABEL_WIDTH,
              ...s.fields.map(() => (100 - PROACTIVE_LABEL_WIDTH) / s.fields.length),
            ]}
          />
          <thead>
            <tr>
              <th colSpan={s.fields.length + 1}>{s.article}</th>
            </tr>
            <tr>
              <th>{PROACTIVE_CONTENT_HEADER}</th>
              {s.fields.map((f) => (
                <th key={f.key}>{f.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.rows.map((r) => (
              <tr key={r.key}>
                <td className="label">{r.label}</td>
                {s.fields.map((f) => (
                  <td key={f.key} className="num" data-print-cell={`proactive.${r.key}.${f.key}`}>
                    {v(grid?.[r.key]?.[f.key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}

export function ApplicationsTable({ report }: { report: Report | null }) {
  const grid = report?.applications as Grid | undefined;
  const dataRows = MATRIX_LAYOUT.filter((r) => r.kind === 'row');
  const resultRows = dataRows.filter((r) => r.kind === 'row' && r.group !== null);
  const groupSize = (g: string) => dataRows.filter((r) => r.kind === 'row' && r.group === g).length;
  const seen = new Set<string>();
  return (
    <>
      <p className="doc-note">{MATRIX_NOTE}</p>
      <table className="doc-table matrix">
        <Columns widths={MATRIX_WIDTHS} />
        <thead>
          <tr>
            <th colSpan={3} rowSpan={3} />
            <th colSpan={7}>{APPLICANT_HEADER}</th>
          </tr>
          <tr>
            <th rowSpan={2}>{APPLICANT_LABELS.natural}</th>
            <th colSpan={5}>{ORGANIZATION_HEADER}</th>
            <th rowSpan={2}>{APPLICANT_LABELS.total}</th>
          </tr>
          <tr>
            {APPLICANT_INPUT_COLUMNS.slice(1).map((c) => (
              <th key={c}>{APPLICANT_LABELS[c]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dataRows.map((row) => {
            if (row.kind !== 'row') return null;
            const cells = APPLICANT_COLUMNS.map((c) => (
              <td key={c} className="num" data-print-cell={`applications.${row.key}.${c}`}>
                {v(grid?.[row.key]?.[c])}
              </td>
            ));
            if (row.depth === 0)
              return (
                <tr key={row.key}>
                  <td colSpan={3} className="label">
                    {row.label}
                  </td>
                  {cells}
                </tr>
              );
            const first = !seen.has('results');
            seen.add('results');
            const resultsCell = first ? (
              <td rowSpan={resultRows.length} className="label">
                {APPLICATION_GROUP_LABELS.results}
              </td>
            ) : null;
            if (row.depth === 1)
              return (
                <tr key={row.key}>
                  {resultsCell}
                  <td colSpan={2} className="label">
                    {row.label}
                  </td>
                  {cells}
                </tr>
              );
            const g = row.group ?? '';
            const firstInGroup = !seen.has(g);
            seen.add(g);
            return (
              <tr key={row.key}>
                {resultsCell}
                {firstInGroup && (
                  <td rowSpan={groupSize(g)} className="label">
                    {APPLICATION_GROUP_LABELS[g as keyof typeof APPLICATION_GROUP_LABELS]}
                  </td>
                )}
                <td className="label">{row.label}</td>
                {cells}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

export function AppealsTable({ report }: { report: Report | null }) {
  const grid = report?.appeals as Grid | undefined;
  const [reconsideration, ...litigation] = APPEAL_GROUPS;
  return (
    <table className="doc-table appeals">
      <Columns
        widths={APPEAL_GROUPS.flatMap(() =>
          APPEAL_FIELDS.map(() => 100 / (APPEAL_GROUPS.length * APPEAL_FIELDS.length)),
        )}
      />
      <thead>
        <tr>
          <th colSpan={5}>{APPEAL_GROUP_LABELS[reconsideration]}</th>
          <th colSpan={10}>{LITIGATION_HEADER}</th>
        </tr>
        <tr>
          {APPEAL_FIELDS.map((f) => (
            <th key={f} rowSpan={2}>
              {APPEAL_FIELD_LABELS[f]}
            </th>
          ))}
          {litigation.map((g) => (
            <th key={g} colSpan={5}>
              {APPEAL_GROUP_LABELS[g]}
            </th>
          ))}
        </tr>
        <tr>
          {litigation.flatMap((g) =>
            APPEAL_FIELDS.map((f) => <th key={`${g}.${f}`}>{APPEAL_FIELD_LABELS[f]}</th>),
          )}
        </tr>
      </thead>
      <tbody>
        <tr>
          {APPEAL_GROUPS.flatMap((g) =>
            APPEAL_FIELDS.map((f) => (
              <td key={`${g}.${f}`} className="num" data-print-cell={`appeals.${g}.${f}`}>
                {v(grid?.[g]?.[f])}
              </td>
            )),
          )}
        </tr>
      </tbody>
    </table>
  );
}
