import { describe, expect, it } from 'vitest';
import { cellAddress, cellId } from '../../report/cell-address';
import { fixtureDraft, resultOf, run, withCells } from '../test-kit';

describe('number-format', () => {
  it.each([
    [cellId(cellAddress('applications', 'newReceived', 'natural')), '12a'],
    [cellId(cellAddress('applications', 'newReceived', 'natural')), '-3'],
    [cellId(cellAddress('applications', 'newReceived', 'natural')), '1.5'],
    [cellId(cellAddress('appeals', 'reconsideration', 'upheld')), '三'],
    [cellId(cellAddress('proactive', 'regulations', 'issued')), '1e3'],
    [cellId(cellAddress('proactive', 'fees', 'amount')), '1.1234567'],
    [cellId(cellAddress('proactive', 'fees', 'amount')), '-0.5'],
    [cellId(cellAddress('proactive', 'fees', 'amount')), '12万'],
  ])('%s = 「%s」 is an error naming the cell and the text', (cell, text) => {
    const r = run(withCells(fixtureDraft(), { [cell]: text }));
    const res = resultOf(r, `number-format:${cell.split('.')[0]}`);
    expect(res).toMatchObject({ status: 'failed', severity: 'error', cells: [cell] });
    expect(res.message).toContain(`“${text}”`);
    expect(res.message).toContain(cell.startsWith('proactive.fees') ? '最多6位小数' : '整数');
  });

  it.each([
    ['12345678901234567890', '数字过大（最多12位），请核对是否多输入了数字'],
    ['1,234,567,890,123', '数字过大（最多12位）'],
    ['123456789012', null], // 12 digits: a number
    ['1.5', '应为不小于0的整数'],
  ])('a count of 「%s」: %s', (text, said) => {
    const cell = cellId(cellAddress('applications', 'granted', 'natural'));
    const res = resultOf(run(withCells(fixtureDraft(), { [cell]: text })), 'number-format:applications');
    if (said === null) expect(res.status).toBe('passed');
    else expect(res.message).toContain(`“${text}”，${said}`);
  });

  it.each([
    [cellId(cellAddress('applications', 'newReceived', 'natural')), '２３'],
    [cellId(cellAddress('applications', 'newReceived', 'natural')), ' 23 '],
    [cellId(cellAddress('applications', 'newReceived', 'natural')), '1,023'],
    [cellId(cellAddress('applications', 'newReceived', 'natural')), '1，023'],
    [cellId(cellAddress('applications', 'newReceived', 'natural')), '—'],
    [cellId(cellAddress('proactive', 'fees', 'amount')), '24252.311082'],
    [cellId(cellAddress('proactive', 'fees', 'amount')), '２４，２５２．３１'],
    [cellId(cellAddress('proactive', 'fees', 'amount')), '0.5'],
  ])('%s = 「%s」 is normalised, not an error', (cell, text) => {
    const r = run(withCells(fixtureDraft(), { [cell]: text }));
    expect(resultOf(r, `number-format:${cell.split('.')[0]}`).status).toBe('passed');
  });

  it('summarises many bad cells of one table', () => {
    const cells = Object.fromEntries(
      (
        [
          'granted',
          'partiallyGranted',
          'withheldStateSecret',
          'withheldOtherLaw',
          'withheldThirdParty',
        ] as const
      ).map((row) => [cellId(cellAddress('applications', row, 'natural')), 'x']),
    );
    const res = resultOf(run(withCells(fixtureDraft(), cells)), 'number-format:applications');
    expect(res.cells).toHaveLength(5);
    expect(res.message).toContain('另有2个单元格格式有误');
  });
});
