// Part 二 as data: four sub-tables, each headed by the article of 《条例》 第二十条 it reports on.
import { PROACTIVE_ROW_FIELDS, type ProactiveField, type ProactiveRow } from '../report/keys';
import {
  PART_TITLES,
  PROACTIVE_ARTICLES,
  PROACTIVE_CONTENT_HEADER,
  PROACTIVE_FIELD_LABELS,
  PROACTIVE_ROW_LABELS,
} from '../report/labels';
import { PROACTIVE_GUIDANCE } from './guidance';
import type { TableDefinition } from './table-definition';

export type ProactiveSection = {
  article: string;
  fields: readonly { key: ProactiveField; label: string; decimal: boolean }[];
  rows: readonly { key: ProactiveRow; label: string }[];
};

/** A sub-table: its rows share their fields (keys.ts). */
function section(article: string, rows: readonly ProactiveRow[]): ProactiveSection {
  return {
    article,
    fields: PROACTIVE_ROW_FIELDS[rows[0]!].map((key) => ({
      key,
      label: PROACTIVE_FIELD_LABELS[key],
      decimal: key === 'amount',
    })),
    rows: rows.map((key) => ({ key, label: PROACTIVE_ROW_LABELS[key] })),
  };
}

export const PROACTIVE_SECTIONS: readonly ProactiveSection[] = [
  section(PROACTIVE_ARTICLES.item1, ['regulations', 'normativeDocuments']),
  section(PROACTIVE_ARTICLES.item5, ['licensing']),
  section(PROACTIVE_ARTICLES.item6, ['punishment', 'enforcement']),
  section(PROACTIVE_ARTICLES.item8, ['fees']),
];

/** Sub-table `index` as a table definition (the editor shows the four as grids, print as one table). */
export function proactiveTable(s: ProactiveSection, index: number): TableDefinition {
  return {
    id: `proactive-${index}`,
    label: `${PART_TITLES.proactive} ${s.article}`,
    rowHeader: PROACTIVE_CONTENT_HEADER,
    showRowLabels: true,
    caption: s.article,
    rows: s.rows.map((r) => ({
      key: r.key,
      label: r.label,
      depth: 0,
      group: false,
      derived: false,
      guidance: PROACTIVE_GUIDANCE[r.key],
    })),
    columns: s.fields.map((f) => ({ key: f.key, headers: [f.label], derived: false, decimal: f.decimal })),
    cell: (row, column) => ({
      part: 'proactive',
      row: row as ProactiveRow,
      column: column as ProactiveField,
    }),
  };
}

export const PROACTIVE_TABLES: readonly TableDefinition[] = PROACTIVE_SECTIONS.map(proactiveTable);
