import { describe, expect, it } from 'vitest';
import { fixtureDraft, resultOf, run, withCells } from '../test-kit';

describe('number-format', () => {
  it.each([
    ['applications.newReceived.natural', '12a'],
    ['applications.newReceived.natural', '-3'],
    ['applications.newReceived.natural', '1.5'],
    ['appeals.reconsideration.upheld', '三'],
    ['proactive.regulations.issued', '1e3'],
    ['proactive.fees.amount', '1.1234567'],
    ['proactive.fees.amount', '-0.5'],
    ['proactive.fees.amount', '12万'],
  ])('%s = 「%s」 is an error naming the cell and the text', (cell, text) => {
    const r = run(withCells(fixtureDraft(), { [cell]: text }));
    const res = resultOf(r, `number-format:${cell.split('.')[0]}`);
    expect(res).toMatchObject({ status: 'failed', severity: 'error', cells: [cell] });
    expect(res.message).toContain(`“${text}”`);
    expect(res.message).toContain(cell.startsWith('proactive.fees') ? '最多6位小数' : '整数');
  });

  it.each([
    ['applications.newReceived.natural', '２３'],
    ['applications.newReceived.natural', ' 23 '],
    ['applications.newReceived.natural', '1,023'],
    ['applications.newReceived.natural', '1，023'],
    ['applications.newReceived.natural', '—'],
    ['proactive.fees.amount', '24252.311082'],
    ['proactive.fees.amount', '２４，２５２．３１'],
    ['proactive.fees.amount', '0.5'],
  ])('%s = 「%s」 is normalised, not an error', (cell, text) => {
    const r = run(withCells(fixtureDraft(), { [cell]: text }));
    expect(resultOf(r, `number-format:${cell.split('.')[0]}`).status).toBe('passed');
  });

  it('summarises many bad cells of one table', () => {
    const cells = Object.fromEntries(
      ['granted', 'partiallyGranted', 'withheldStateSecret', 'withheldOtherLaw', 'withheldThirdParty'].map(
        (row) => [`applications.${row}.natural`, 'x'],
      ),
    );
    const res = resultOf(run(withCells(fixtureDraft(), cells)), 'number-format:applications');
    expect(res.cells).toHaveLength(5);
    expect(res.message).toContain('另有2个单元格格式有误');
  });
});
