// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { qufuReport } from '../../../domain/fixtures/qufu-2021';

const build = vi.hoisted(() => ({ buildReportDocx: vi.fn(), docxFileName: vi.fn(() => '报告.docx') }));
vi.mock('./build-docx', () => build);
const download = vi.hoisted(() => ({ downloadBlob: vi.fn() }));
vi.mock('../../components/download', () => download);

import { ExportWordButton } from './export-word-button';

beforeEach(() => {
  build.buildReportDocx.mockReset();
  download.downloadBlob.mockReset();
});
afterEach(cleanup);

describe('ExportWordButton', () => {
  it('shows 正在生成… while building, then downloads once even when clicked twice', async () => {
    let finish: (b: Blob) => void = () => {};
    build.buildReportDocx.mockReturnValue(new Promise<Blob>((r) => (finish = r)));
    render(<ExportWordButton getReport={() => qufuReport()} draftMark />);
    const button = screen.getByRole('button', { name: '导出Word' });
    fireEvent.click(button);
    fireEvent.click(button);
    expect(await screen.findByText('正在生成…')).toBeTruthy();
    finish(new Blob(['x']));
    expect(await screen.findByText(/已导出：报告\.docx/)).toBeTruthy();
    expect(build.buildReportDocx).toHaveBeenCalledTimes(1);
    expect(build.buildReportDocx.mock.calls[0]?.[1]).toEqual({ draftMark: true });
    expect(download.downloadBlob).toHaveBeenCalledWith('报告.docx', expect.any(Blob));
  });

  it('says in Chinese why it failed', async () => {
    build.buildReportDocx.mockRejectedValue(new Error('磁盘已满'));
    render(<ExportWordButton getReport={() => qufuReport()} draftMark={false} />);
    fireEvent.click(screen.getByRole('button', { name: '导出Word' }));
    expect((await screen.findByRole('alert')).textContent).toBe('导出Word失败：磁盘已满');
    expect(download.downloadBlob).not.toHaveBeenCalled();
  });
});
