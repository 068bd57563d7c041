// Part 二 as data: four sub-tables, each headed by the article of 《条例》 第二十条 it reports on.
import type { ProactiveField, ProactiveRow } from '../report/keys';
import {
  DECISIONS_LABEL,
  DOCUMENT_FIELD_LABELS,
  FEE_AMOUNT_LABEL,
  PROACTIVE_ROW_LABELS,
} from '../report/labels';

export type ProactiveSection = {
  article: string;
  fields: readonly { key: ProactiveField; label: string; decimal: boolean }[];
  rows: readonly { key: ProactiveRow; label: string }[];
};

const documentFields = (['issued', 'repealed', 'inForce'] as const).map((key) => ({
  key,
  label: DOCUMENT_FIELD_LABELS[key],
  decimal: false,
}));
const decisions = [{ key: 'decisions' as const, label: DECISIONS_LABEL, decimal: false }];
const r = (key: ProactiveRow) => ({ key, label: PROACTIVE_ROW_LABELS[key] });

export const PROACTIVE_SECTIONS: readonly ProactiveSection[] = [
  {
    article: '第二十条第（一）项',
    fields: documentFields,
    rows: [r('regulations'), r('normativeDocuments')],
  },
  { article: '第二十条第（五）项', fields: decisions, rows: [r('licensing')] },
  { article: '第二十条第（六）项', fields: decisions, rows: [r('punishment'), r('enforcement')] },
  {
    article: '第二十条第（八）项',
    fields: [{ key: 'amount', label: FEE_AMOUNT_LABEL, decimal: true }],
    rows: [r('fees')],
  },
];
