// A page whose part headings were lost (drawn as pictures, or stripped by the portal): its paragraphs, or
// only the sub-items of parts 一 and 五 (「（一）主动公开…」「存在问题：…」「整改措施：…」) (nianbao issue 18).
// Read as nothing, every 说明 of it was lost. Text written for this test, our own organ and numbers.
import { describe, expect, it } from 'vitest';
import { importPublishedText } from './import-text';

const NO_HEADINGS = [
  '本报告依据《中华人民共和国政府信息公开条例》编制，所列数据为2022年1月1日至2022年12月31日。',
  '全年在中心网站发布信息218条，未收到政府信息公开申请。',
  '存在问题：栏目更新频次不高，解读形式单一。',
  '整改措施：一是落实专人每周更新；二是增加图解和视频解读。',
].join('\n');
const SAID = ['发布信息218条', '栏目更新频次不高', '增加图解和视频解读'];
const narratives = (r: ReturnType<typeof importPublishedText>) =>
  [r.draft.overview, r.draft.problems, r.draft.otherMatters].flatMap((p) => Object.values(p)).join('\n');

describe('importPublishedText: a text without any part heading', () => {
  it('keeps every line in 总述, and says so', () => {
    const r = importPublishedText(NO_HEADINGS);
    for (const said of SAID) expect(r.draft.overview.intro).toContain(said);
    expect(r.summary.warnings.join()).toMatch(/未识别到任何部分标题.*总述/u);
  });

  it('with part 一’s sub-items left (「（一）主动公开情况：…」), nothing is lost either', () => {
    const lines = NO_HEADINGS.split('\n');
    lines[1] = `（一）主动公开情况：${lines[1]}`;
    const r = importPublishedText(lines.join('\n'));
    for (const said of SAID) expect(narratives(r)).toContain(said);
  });

  it('a report with its headings is read by them as before (总述 is not the whole text)', () => {
    const text = [
      '某某街道办事处2022年政府信息公开工作年度报告',
      '一、总体情况',
      '本街道全年发布信息60条。',
      '五、存在的主要问题及改进情况',
      '栏目更新不够及时。下一步将落实专人更新。',
    ].join('\n');
    const r = importPublishedText(text);
    expect(r.draft.overview.intro).not.toContain('栏目更新不够及时');
    expect(r.summary.warnings.join()).not.toMatch(/未识别到任何部分标题/u);
  });
});
