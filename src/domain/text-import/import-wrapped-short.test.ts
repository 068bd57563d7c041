// The app's own print of a report with short narratives, read back from PDF (h87's trial): each
// 说明 of a sentence or two came back with a hard line break wherever the page wrapped it — the
// page width was found only when many lines were wrapped at it. Texts written for this test.
import { describe, expect, it } from 'vitest';
import { importPublishedText } from './import-text';

const TEXT = [
  '某县交通运输局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '（一）主动公开情况',
  '本局通过县政府门户网站主动公开各类政府信息',
  '八十六条，其中政策文件九件。',
  '（二）依申请公开情况',
  '本年度某县交通运输局共受理政府信息公开申请',
  '十二件，均已在法定期限内作出答复，未发生逾期',
  '答复情况。',
  '（三）政府信息管理情况',
  '（四）政府信息公开平台建设情况',
  '（五）监督保障情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
  '（一）信息处理费收取情况',
  '本年度未向申请人收取任何费用，包括：检索费、',
  '复印费、寄递费。',
  '（二）落实上级年度政务公开工作要点情况',
  '（三）人大代表建议和政协提案办理结果公开情况',
  '本年度未收到相关建议和提案。',
].join('\n');

describe('a short report printed to PDF and read back', () => {
  it('its wrapped narratives come back as paragraphs, two-line ones too; headings stay headings', () => {
    const r = importPublishedText(TEXT);
    expect(r.draft.overview.proactive).toBe(
      '本局通过县政府门户网站主动公开各类政府信息八十六条，其中政策文件九件。',
    );
    expect(r.draft.overview.onRequest).toBe(
      '本年度某县交通运输局共受理政府信息公开申请十二件，均已在法定期限内作出答复，未发生逾期答复情况。',
    );
    expect(r.draft.otherMatters.processingFees).toBe(
      '本年度未向申请人收取任何费用，包括：检索费、复印费、寄递费。',
    );
    expect(r.draft.otherMatters.proposals).toBe('本年度未收到相关建议和提案。');
  });
});
