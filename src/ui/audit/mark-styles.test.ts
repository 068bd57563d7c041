import { describe, expect, it } from 'vitest';
import type { AuditFinding } from '../../domain/audit/audit-types';
import { cellAddress, cellId } from '../../domain/report/cell-address';
import { markStyles } from './mark-styles';

const finding = (over: Partial<AuditFinding>): AuditFinding => ({
  kind: 'balance',
  severity: 'warning',
  id: 'x',
  message: '',
  cells: [],
  fields: [],
  ...over,
});

describe('markStyles', () => {
  it('marks each cell once, with the numbers of its findings and the worst severity', () => {
    const css = markStyles(
      [
        finding({ cells: [cellId(cellAddress('applications', 'carriedOver', 'natural'))] }),
        finding({
          severity: 'error',
          cells: [
            cellId(cellAddress('applications', 'carriedOver', 'natural')),
            cellId(cellAddress('appeals', 'reconsideration', 'total')),
          ],
        }),
      ],
      '.audit-doc',
    );
    expect(css).toContain(
      `.audit-doc [data-print-cell="${cellId(cellAddress('applications', 'carriedOver', 'natural'))}"]{background:#fdecea`,
    );
    expect(css).toContain(
      `[data-print-cell="${cellId(cellAddress('applications', 'carriedOver', 'natural'))}"]::after{content:"[1][2]"`,
    );
    expect(css).toContain(
      `[data-print-cell="${cellId(cellAddress('appeals', 'reconsideration', 'total'))}"]::after{content:"[2]"`,
    );
    expect(css.match(/carriedOver\.natural"\]\{/g)).toHaveLength(1);
  });

  it('marks narratives by their field', () => {
    const css = markStyles([finding({ fields: ['overview.management'] })], '.d');
    expect(css).toContain('.d [data-print-field="overview.management"]{');
    expect(css).toContain('::before{content:"[1]"');
  });

  it.each([
    'a"]{}body{display:none',
    'x y',
    '',
    `${cellId(cellAddress('applications', 'newReceived', 'natural'))}.extra`,
  ])('leaves out anything that is not an id: %j', (id) => {
    expect(markStyles([finding({ cells: [id], fields: [id] })], '.d')).toBe('');
  });
});
