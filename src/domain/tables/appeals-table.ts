// Part 四 as data: 行政复议, and 行政诉讼 split in two; each with four results and a derived 总计.
import { APPEAL_FIELDS, APPEAL_GROUPS, type AppealField, type AppealGroup } from '../report/keys';
import { APPEAL_FIELD_LABELS, APPEAL_GROUP_LABELS } from '../report/labels';

export type AppealColumnDef = {
  group: AppealGroup;
  field: AppealField;
  label: string;
  groupLabel: string;
  derived: boolean;
};

/** The 15 columns of the one-row national table, left to right. */
export const APPEAL_COLUMNS: readonly AppealColumnDef[] = APPEAL_GROUPS.flatMap((group) =>
  APPEAL_FIELDS.map((field) => ({
    group,
    field,
    label: APPEAL_FIELD_LABELS[field],
    groupLabel: APPEAL_GROUP_LABELS[group],
    derived: field === 'total',
  })),
);
