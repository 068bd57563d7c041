import { describe, expect, it } from 'vitest';
import { proposeRenamed, renameEvidence, reportTexts } from './organ-renamed';

// Names, contacts and sentences written here (no real report's text).
const NEW = '东湖县投资服务局';
const OLD = '东湖县国有资产监督管理局';
const subject = (texts: string[], signedBy = '') => ({ agencyName: NEW, year: 2024, texts, signedBy });

describe('renameEvidence (nianbao issue 18 §4)', () => {
  it.each([
    [
      '本局（原东湖县国有资产监督管理局）负责全县国资监管和招商引资。',
      '报告中写明原名称「东湖县国有资产监督管理局」',
    ],
    [
      '2024年3月，东湖县国有资产监督管理局更名为东湖县投资服务局。',
      '东湖县国有资产监督管理局更名为东湖县投资服务局',
    ],
    ['机构改革后，原国有资产监督管理局的职责由我局承担。', '原国有资产监督管理局'],
    ['我局前身为东湖县国有资产监督管理局。', '前身为东湖县国有资产监督管理局'],
    ['本局原名称为东湖县国有资产监督管理局，2024年起使用新名称。', '原名称为东湖县国有资产监督管理局'],
    ['由东湖县国有资产监督管理局 更名 而来。', '由东湖县国有资产监督管理局更名而来'],
  ])('「%s」: names the former organ', (text, shown) => {
    const why = renameEvidence(subject(['坚持以公开为原则，不公开为例外。', text]), OLD);
    expect(why).toContain('报告中写明原名称「东湖县国有资产监督管理局」');
    expect(why).toContain(shown);
  });

  it('the 落款 signs with last year’s name', () => {
    expect(renameEvidence(subject([], '东湖县国有资产监督管理局'), OLD)).toBe(
      '落款为「东湖县国有资产监督管理局」（本报告标题为「东湖县投资服务局」）',
    );
  });

  it.each([
    // the name without a former-name word: another organ the report only mentions
    ['配合东湖县国有资产监督管理局做好国企信息公开。'],
    // 「原」 of 「原则」, 「原创」 is not a former name
    ['坚持以公开为原则，推送原创信息12条，与东湖县国有资产监督管理局联合发布。'],
    // another organ renamed, not last year's
    ['原东湖县商务局的招商职责划入本局。'],
    // the shared portal and building: never evidence
    ['本报告在东湖县人民政府门户网站（www.donghu.gov.cn）公布，地址：东湖县行政中心3号楼。'],
  ])('「%s」: no evidence', (text) => {
    expect(renameEvidence(subject([text]), OLD)).toBeNull();
  });

  it('a 落款 of another organ than last year’s, or a variant of the own name, is no rename', () => {
    expect(renameEvidence(subject([], '东湖县商务局'), OLD)).toBeNull();
    expect(renameEvidence(subject(['原东湖县投资服务局']), '江南市东湖县投资服务局')).toBeNull();
  });
});

describe('proposeRenamed', () => {
  const former = (id: string, agencyName: string, year: number) => ({ id, agencyName, year });
  const lastYear = [
    former('old', OLD, 2023),
    former('shs', '东湖县社会事业局', 2023),
    former('gwh', '东湖县人民政府办公室', 2023),
  ];
  const signed = subject(['本局负责全县投资促进工作。'], OLD);

  it('one report of year − 1 with the evidence: proposed, with the reason', () => {
    const p = proposeRenamed(signed, lastYear);
    expect(p.map((x) => x.candidate.id)).toEqual(['old']);
    expect(p[0]!.match).toEqual({
      kind: 'renamed',
      reason:
        '「东湖县国有资产监督管理局」更名为「东湖县投资服务局」：落款为「东湖县国有资产监督管理局」（本报告标题为「东湖县投资服务局」）',
    });
  });

  it('not when the organ has last year’s report under its own name or a variant of it', () => {
    expect(proposeRenamed(signed, [...lastYear, former('own', '江南市东湖县投资服务局', 2023)])).toEqual([]);
  });

  it('not when the former name still publishes this year', () => {
    expect(proposeRenamed(signed, [...lastYear, former('old24', OLD, 2024)])).toEqual([]);
  });

  it('not when two reports of year − 1 carry evidence', () => {
    const both = subject(['原东湖县社会事业局的部分职责划入本局。'], OLD);
    expect(proposeRenamed(both, lastYear)).toEqual([]);
  });

  it('only year − 1, and no year no proposal', () => {
    expect(proposeRenamed(signed, [former('old', OLD, 2022)])).toEqual([]);
    expect(proposeRenamed({ ...signed, year: null }, lastYear)).toEqual([]);
  });

  it('the same phone, address, mailbox or website alone proposes nothing', () => {
    const contacts =
      '如对本报告有任何疑问，请与东湖县投资服务局办公室联系（地址：东湖县行政中心3号楼11层1105室，电话：0571-8800100，邮箱：dhxtz@example.cn）。';
    expect(proposeRenamed(subject([contacts]), lastYear)).toEqual([]);
  });
});

describe('reportTexts', () => {
  it('the preamble and the narrative parts, empty ones left out', () => {
    const texts = reportTexts({
      meta: { preamble: '前言' },
      overview: { a: '一', b: '' },
      problems: { c: '五' },
      otherMatters: { d: ' ' },
    });
    expect(texts).toEqual(['前言', '一', '五']);
  });
});
