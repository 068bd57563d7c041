import { describe, expect, it } from 'vitest';
import { qufuReport } from '../../../domain/fixtures/qufu-2021';
import { rowsKeptWithNext } from './docx-table';
import { appealsTableModel, applicationsTableModel, proactiveTableModel } from './word-table-model';

const kept = (keep: boolean[]) => keep.flatMap((k, i) => (k ? [i] : []));

describe('rowsKeptWithNext: no page with a table header alone or a single row', () => {
  const report = qufuReport();

  it('matrix: the three header rows, the first body row and the last but one', () => {
    const model = applicationsTableModel(report);
    const last = model.rows.length - 1;
    expect(kept(rowsKeptWithNext(model))).toEqual([0, 1, 2, 3, last - 1]);
  });

  it('part 二: every 第二十条 section stays whole, sections may part', () => {
    const model = proactiveTableModel(report);
    const keep = rowsKeptWithNext(model);
    model.rows.forEach((cells, i) => {
      const next = model.rows[i + 1];
      const nextStartsSection = next?.every((c) => c.kind === 'head') && cells.some((c) => c.kind !== 'head');
      expect([i, keep[i]]).toEqual([i, next !== undefined && !nextStartsSection]);
    });
  });

  it('part 四: its header rows stay with its one row of numbers', () => {
    expect(rowsKeptWithNext(appealsTableModel(report))).toEqual([true, true, true, false]);
  });
});
