// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../domain/report/empty-report';
import { createReportRepository } from '../../storage/report-repository';
import { freshDb } from '../../storage/test-helpers';
import { RepositoryProvider } from '../hooks/use-repository';
import { TextImport } from './text-import';

afterEach(cleanup);

/** A short published report in the format, written for this test. */
const published = (organ: string) =>
  [
    `${organ}2023年政府信息公开工作年度报告`,
    '一、总体情况',
    `2023年，${organ}认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开各类信息。`,
    '二、主动公开政府信息情况',
    '五、存在的主要问题及改进情况',
    '公开内容还不够全面，下一步将加强培训。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
  ].join('\n');

async function showWith(here: { id: string; agencyName: string; year: number }[], text: string) {
  const repo = createReportRepository(freshDb());
  for (const r of here) await repo.create(emptyDraft({ ...r, reportKind: 'department' }));
  render(
    <RepositoryProvider repo={repo}>
      <TextImport text={text} onCancel={() => {}} onDone={() => {}} />
    </RepositoryProvider>,
  );
  await screen.findByRole('table', { name: '识别到的报告信息' });
  // the look-up of the reports here is asynchronous: let it answer before asserting its absence
  await act(() => new Promise((r) => setTimeout(r, 100)));
}

describe('TextImport: a report of the same organ and year already here', () => {
  it('is named before anything is written (as the JSON import does)', async () => {
    await showWith(
      [{ id: 'mine', agencyName: '南坪县交通运输局', year: 2023 }],
      published('南坪县交通运输局'),
    );
    const note = await screen.findByText(/年的报告/, { selector: '[data-namesake]' });
    expect(note.getAttribute('data-namesake')).toBe('mine');
    expect(note.textContent).toContain('南坪县交通运输局');
    expect(note.textContent).toContain('两份都保留');
  });

  it('says nothing for another organ or another year', async () => {
    await showWith(
      [
        { id: 'a', agencyName: '南坪县教育局', year: 2023 },
        { id: 'b', agencyName: '南坪县交通运输局', year: 2022 },
      ],
      published('南坪县交通运输局'),
    );
    expect(document.querySelector('[data-namesake]')).toBeNull();
  });
});
