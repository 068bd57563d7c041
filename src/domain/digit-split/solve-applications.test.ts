import { describe, expect, it } from 'vitest';
import type { ApplicationRow } from '../report/keys';
import { APPLICATION_ROWS } from '../report/keys';
import { APPLICATION_ROW_LABELS } from '../report/labels';
import { joinCells } from './run-together';
import { type ApplicationsInput, solveApplications } from './solve-applications';
import { brokenIdentities, type FullMatrix, qufuMatrix, runTogether } from './test-arbitraries';

const truth = qufuMatrix();

/** Changes the last digit of the row's printed 「总计」 (the end of its run of digits). */
function misprintTotal(input: ApplicationsInput, row: ApplicationRow): ApplicationsInput {
  const given = input[row];
  if (given?.kind !== 'digits') throw new Error('digits row expected');
  const d = given.digits;
  const last = (Number(d.at(-1)) + 1) % 10;
  return { ...input, [row]: { kind: 'digits', digits: `${d.slice(0, -1)}${last}` } };
}

function expectNothingBent(rows: Partial<FullMatrix>, except: readonly ApplicationRow[]): void {
  for (const [row, values] of Object.entries(rows)) {
    expect(except).not.toContain(row);
    expect(values, row).toEqual(truth[row as ApplicationRow]);
  }
}

describe('solveApplications on the sample report (曲阜 2021)', () => {
  it('renders the issue’s example: 「一、本年新收…」 runs together as 230000023', () => {
    expect(runTogether(truth).newReceived).toEqual({ kind: 'digits', digits: '230000023' });
  });

  const solved = solveApplications(runTogether(truth));
  it('reads all 25 rows run together, uniquely', () => {
    expect(solved.status).toBe('unique');
    expect(solved.unsolved).toEqual([]);
    expect(solved.ambiguousRows).toEqual([]);
    expect(solved.candidates).toHaveLength(1);
  });
  it.each(APPLICATION_ROWS)('recovers row %s exactly', (row) => {
    expect(solved.rows[row]).toEqual(truth[row]);
  });

  it('reads a mix of rows read cell by cell and rows run together', () => {
    const input: ApplicationsInput = Object.fromEntries(
      APPLICATION_ROWS.map((row, i) => [
        row,
        i % 2 === 0
          ? { kind: 'cells', values: [...truth[row].slice(0, 6), null] }
          : { kind: 'digits', digits: joinCells(truth[row]) },
      ]),
    );
    const result = solveApplications(input);
    expect(result.status).toBe('unique');
    expect(result.rows).toEqual(truth);
  });

  it('reads the rows given when some are missing (「（七）总计」 and 「二、上年结转…」 absent)', () => {
    const { totalHandled: _t, carriedOver: _c, ...rest } = runTogether(truth);
    const result = solveApplications(rest);
    expect(result.status).toBe('unique');
    expect(result.rows.totalHandled).toBeUndefined();
    expectNothingBent(result.rows, ['totalHandled', 'carriedOver']);
    expect(Object.keys(result.rows)).toHaveLength(23);
  });
});

describe('a source that is itself wrong is left unread, nothing bent to fit it', () => {
  it.each<ApplicationRow>([
    'newReceived',
    'partiallyGranted',
    'unavailableNotHeld',
    'totalHandled',
    'carriedForward',
  ])('a misprinted 「总计」 in row %s: that row unread, every other row exact', (row) => {
    const result = solveApplications(misprintTotal(runTogether(truth), row));
    expect(result.unsolved.map((u) => u.row)).toContain(row);
    expect(result.unsolved.find((u) => u.row === row)?.reason).toContain(APPLICATION_ROW_LABELS[row]);
    expect(result.rows[row]).toBeUndefined();
    for (const candidate of result.candidates) expect(candidate[row]).toBeUndefined();
    expectNothingBent(result.rows, [row]);
  });

  it('a row read cell by cell whose printed 「总计」 differs from its cells is reported with both numbers', () => {
    const result = solveApplications({
      ...runTogether(truth),
      partiallyGranted: { kind: 'cells', values: [3, 0, 0, 0, 0, 0, 4] },
    });
    const reason = result.unsolved.find((u) => u.row === 'partiallyGranted')?.reason ?? '';
    expect(reason).toContain('印刷的总计为4');
    expect(reason).toContain('6栏之和为3');
    expect(result.status).toBe('unique');
    expectNothingBent(result.rows, ['partiallyGranted']);
  });

  it('a self-consistent row that contradicts the table: the rows that could be wrong are all left unread', () => {
    // 「（二）部分公开」 printed 4 where the table needs 3: 23 ≠ 4 + 1 + 19 in 「自然人」.
    const result = solveApplications({
      ...runTogether(truth),
      partiallyGranted: { kind: 'cells', values: [4, 0, 0, 0, 0, 0, 4] },
    });
    const unread = result.unsolved.map((u) => u.row);
    expect(unread).toContain('partiallyGranted');
    // Lowering 「1.本机关不掌握…」 (19, a run that needs a cut) would also fit: the solver must not pick.
    // 「5.属于三类内部事务信息」 is one digit a cell (「1000001」): no cut, read as printed.
    expect(unread).toEqual(expect.arrayContaining(['partiallyGranted', 'unavailableNotHeld']));
    expect(unread).not.toContain('withheldInternalAffairs');
    expect(result.rows.withheldInternalAffairs).toEqual(truth.withheldInternalAffairs);
    expectNothingBent(result.rows, unread);
    expect(result.rows.granted).toEqual(truth.granted);
  });

  it('two independent errors that no single row explains: status none, every run left unread', () => {
    const result = solveApplications({
      ...runTogether(truth),
      partiallyGranted: { kind: 'cells', values: [4, 0, 0, 0, 0, 0, 4] },
      carriedForward: { kind: 'cells', values: [1, 0, 0, 0, 0, 0, 1] },
    });
    expect(result.status).toBe('none');
    expect(result.candidates).toEqual([]);
    // Runs of one digit a cell need no cut: read as printed; every run that needs one is left unread.
    const oneDigitACell = (r: ApplicationRow) => joinCells(truth[r]).length === 7;
    const runs = APPLICATION_ROWS.filter((r) => r !== 'partiallyGranted' && r !== 'carriedForward');
    expect(result.unsolved.map((u) => u.row)).toEqual(runs.filter((r) => !oneDigitACell(r)));
    expect(Object.keys(result.rows).sort()).toEqual(runs.filter(oneDigitACell).sort());
    expectNothingBent(result.rows, []);
  });

  it('a run with other characters is not split', () => {
    const result = solveApplications({
      ...runTogether(truth),
      granted: { kind: 'digits', digits: '0000a00' },
    });
    expect(result.unsolved).toEqual([{ row: 'granted', reason: expect.stringContaining('不全是数字') }]);
    expectNothingBent(result.rows, ['granted']);
  });
});

describe('when more than one reading fits, the solver does not choose', () => {
  // Two rows whose cuts compensate each other in the last two columns: 「（二）部分公开」 reads
  // 法律服务机构 1, 其他 10 or 11, 0, and 「5.属于三类内部事务信息」 11, 0 or 1, 10 — both
  // readings balance every column; 「一、本年新收…」 and 「（七）总计」 (…12|10|45) cannot follow a
  // shift of 11, so they stay fixed.
  const ambiguous: FullMatrix = {
    ...truth,
    newReceived: [23, 0, 0, 0, 12, 10, 45],
    partiallyGranted: [3, 0, 0, 0, 1, 10, 14],
    withheldInternalAffairs: [1, 0, 0, 0, 11, 0, 12],
    totalHandled: [23, 0, 0, 0, 12, 10, 45],
  };
  const result = solveApplications(runTogether(ambiguous));

  it('the table itself is valid', () => {
    expect(brokenIdentities(ambiguous)).toEqual([]);
  });
  it('returns both whole-table readings, the truth among them, each satisfying every identity', () => {
    expect(result.status).toBe('ambiguous');
    expect(result.candidates).toHaveLength(2);
    expect(result.candidates).toContainEqual(ambiguous);
    for (const c of result.candidates) expect(brokenIdentities(c as FullMatrix)).toEqual([]);
  });
  it('names the rows to pick and settles the others', () => {
    expect(result.ambiguousRows).toEqual(['partiallyGranted', 'withheldInternalAffairs']);
    expect(Object.keys(result.rows)).toHaveLength(23);
    for (const [row, values] of Object.entries(result.rows))
      expect(values).toEqual(ambiguous[row as ApplicationRow]);
  });
  it('lists at most candidateLimit readings and says when there are more', () => {
    const capped = solveApplications(runTogether(ambiguous), { candidateLimit: 1 });
    expect(capped.candidates).toHaveLength(1);
    expect(capped.candidatesTruncated).toBe(true);
    expect(capped.ambiguousRows).toEqual(['partiallyGranted', 'withheldInternalAffairs']);
  });
});
