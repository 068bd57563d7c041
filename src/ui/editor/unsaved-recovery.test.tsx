// @vitest-environment happy-dom
// The start-up recovery's notice: what became of each edit left unwritten when a page closed — and,
// where another tab's save changed the same fields, which fields (h92: a closed tab's edit merged).
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RecoveryNotice } from './unsaved-recovery';

afterEach(cleanup);

describe('RecoveryNotice', () => {
  it('says an edit was merged with another window’s save, and names the fields of a real conflict', () => {
    const view = render(
      <RecoveryNotice
        items={[
          { id: 'r1', agencyName: '某区司法局', outcome: 'merged' },
          { id: 'r1', agencyName: '某区司法局', outcome: 'saved' },
          { id: 'c2', agencyName: '某区司法局（副本）', outcome: 'copied', conflicts: ['a.b', 'c.d'] },
        ]}
        onDismiss={() => {}}
        placeLabel={(path) => `〈${path}〉`}
      />,
    );
    const items = [...view.container.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('并与其他窗口随后保存的修改合并');
    expect(items[2]).toContain('（〈a.b〉；〈c.d〉）');
    expect(items[2]).toContain('已另存为此副本');
  });
});
