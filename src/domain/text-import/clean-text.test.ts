import { describe, expect, it } from 'vitest';
import { cleanSourceText } from './clean-text';

describe('cleanSourceText: page furniture of PDF text', () => {
  it('drops footers and the running header that opens each next page', () => {
    const text = [
      '（五）监督保障情况',
      '明确专人负责政务公开工作。',
      '第 1 页 共 3 页',
      '某某县交通运输局政府信息公开工作年度报告',
      '二、主动公开政府信息情况',
      '- 2 -',
      '某某县交通运输局政府信息公开工作年度报告',
      '（七）无。',
    ].join('\n');
    expect(cleanSourceText(text)).toBe(
      ['（五）监督保障情况', '明确专人负责政务公开工作。', '二、主动公开政府信息情况', '（七）无。'].join(
        '\n',
      ),
    );
  });

  it('keeps what opens a page once and is report text: a table row, a wrapped sentence', () => {
    const text = ['第1页 共2页', '0 0 0 0 0 0 0', '- 2 -', '依申请公开工作流程规范答复文书'].join('\n');
    expect(cleanSourceText(text)).toBe(['0 0 0 0 0 0 0', '依申请公开工作流程规范答复文书'].join('\n'));
  });
});
