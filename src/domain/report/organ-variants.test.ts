import { describe, expect, it } from 'vitest';
import { organMatch, proposePreviousYear } from './organ-variants';

describe('organMatch (nianbao issue 18)', () => {
  it.each([
    ['淮安市洪泽区人民政府', '洪泽区人民政府', '去掉上级地名「淮安市」后相同'],
    ['江苏省淮安市洪泽区教育局', '洪泽区教育局', '去掉上级地名「江苏省淮安市」后相同'],
    ['平阳县人民政府办公室', '平阳县人民政府', '政府办公室发布的是本级政府的报告'],
    ['平阳县政府', '平阳县人民政府', '「政府」即「人民政府」'],
    ['临沭县教育和体育局（县委教育工作领导小组秘书组）', '临沭县教育和体育局', '括号中的另一名称不计'],
    // The variants issue 18 names: 管委会, 市政府办公室, 区政府, a dropped 省/市 prefix, and mixes of them.
    ['平潭综合实验区管委会', '平潭综合实验区管理委员会', '「管委会」即「管理委员会」'],
    ['福建省平潭综合实验区管委会', '平潭综合实验区管理委员会', '去掉上级地名「福建省」后相同'],
    ['曲阜市政府办公室', '曲阜市人民政府办公室', '「政府」即「人民政府」'],
    ['洪泽区政府', '淮安市洪泽区人民政府', '去掉上级地名「淮安市」后相同'],
    ['山东省曲阜市人民政府办公室', '曲阜市政府办公室', '去掉上级地名「山东省」后相同'],
    ['临沭县教育和体育局(县委教育工作领导小组秘书组)', '临沂市临沭县教育和体育局', '括号中的另一名称不计'],
  ])('%s ~ %s: a variant, with its reason', (a, b, why) => {
    const m = organMatch(a, b);
    expect(m?.kind).toBe('variant');
    expect(m?.reason).toContain(why);
    expect(organMatch(b, a)?.kind).toBe('variant');
  });

  it.each([
    ['临沭县教育和体育局(县委教育工作领导小组秘书组)', '临沭县教育和体育局（县委教育工作领导小组秘书组）'],
    ['曲阜市人民政府办公室 ', '曲阜市人民政府办公室'],
    ['曲阜市 人民政府　办公室', '曲阜市人民政府办公室'],
    ['临沭县教育和体育局［县委教育工作领导小组秘书组］', '临沭县教育和体育局[县委教育工作领导小组秘书组]'],
  ])('%s = %s: the same name', (a, b) => {
    expect(organMatch(a, b)?.kind).toBe('same');
  });

  it.each([
    ['洪泽区人民政府', '淮阴区人民政府'],
    ['淮安市人民政府', '淮安市洪泽区人民政府'],
    ['洪泽区教育局', '洪泽区人民政府'],
    ['市教育局', '淮安市教育局'],
    ['平潭综合实验区管委会', '平潭综合实验区管委会办公室'],
    ['洪泽区管理委员会', '淮阴区管委会'],
    ['', '洪泽区人民政府'],
  ])('%s ≠ %s', (a, b) => {
    expect(organMatch(a, b)).toBeNull();
  });
});

describe('proposePreviousYear', () => {
  const reports = [
    { id: 'a', agencyName: '洪泽区人民政府', year: 2020 },
    { id: 'b', agencyName: '淮安市洪泽区人民政府', year: 2020 },
    { id: 'c', agencyName: '洪泽区人民政府', year: 2019 },
    { id: 'd', agencyName: '淮阴区人民政府', year: 2020 },
  ];
  it('year − 1 only, the same name before a variant', () => {
    const p = proposePreviousYear({ agencyName: '淮安市洪泽区人民政府', year: 2021 }, reports);
    expect(p.map((x) => [x.candidate.id, x.match.kind])).toEqual([
      ['b', 'same'],
      ['a', 'variant'],
    ]);
  });
  it('no year, no proposal', () => {
    expect(proposePreviousYear({ agencyName: '洪泽区人民政府', year: null }, reports)).toEqual([]);
  });
});
