// 批量审核 links two years of one organ published under two names (nianbao issue 18), says why,
// and runs the cross-year checks across them; the auditor can undo a link.
import { describe, expect, it } from 'vitest';
import { auditTexts } from '../audit/audit-reports';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { corpusReports } from './corpus';
import { renderWith } from './evaluate';
import { PLANTS } from './plants';
import { organNameVariant, SHAPES } from './shapes';
import { YEAR_CHAINS } from './written-reports';

const reports = corpusReports(qufuText);
const of = (key: string) => reports.find((r) => r.key === key)!;
const text = SHAPES.find((s) => s.name === 'word-paste')!;
const day = new Date(2026, 0, 15);
const breakPlant = PLANTS.find((p) => p.name === 'carry-over-break')!;

describe('previous year under another name', () => {
  it.each([
    ['hongze-2020', 'hongze-2021', '去掉上级地名「淮安市」后相同'],
    ['pingyang-2021', 'pingyang-2022', '政府办公室发布的是本级政府的报告'],
  ])('%s → %s: linked, with the reason as a note', (earlier, later, why) => {
    const [a, b] = auditTexts([text.render(of(earlier)).input, text.render(of(later)).input], day);
    expect(b!.previousId).toBe(a!.id);
    expect(b!.row.previousVariant).toContain(why);
    const note = b!.findings.find((f) => f.id === 'import:previous-variant');
    expect(note?.message).toContain(why);
    expect(note?.message).toContain('如不是同一机关，请取消关联');
  });

  it('the same name in half- and full-width brackets is simply the same organ', () => {
    const [a, b] = auditTexts(
      [text.render(of('linshu-2022')).input, text.render(of('linshu-2023')).input],
      day,
    );
    expect(b!.previousId).toBe(a!.id);
    expect(b!.row.previousVariant).toBeNull();
  });

  it('the cross-year checks run across the link: a stock break is flagged', () => {
    const [, b] = auditTexts(
      [text.render(of('hongze-2020')).input, renderWith(of('hongze-2021'), text, breakPlant)],
      day,
    );
    expect(b!.findings.map((f) => f.id)).toContain('carry-over:natural');
  });

  it('the auditor undoes the link: no cross-year checks, no note', () => {
    const texts = [text.render(of('hongze-2020')).input, renderWith(of('hongze-2021'), text, breakPlant)];
    const [, b] = auditTexts(texts, day, { links: new Map([['audit-2', null]]) });
    expect(b!.previousId).toBeNull();
    expect(b!.findings.some((f) => f.kind === 'continuity' || f.id === 'import:previous-variant')).toBe(
      false,
    );
  });

  it('two candidates under variant names: none is picked', () => {
    const twin = text
      .render(of('hongze-2020'))
      .input.replaceAll('洪泽区人民政府', '江苏省淮安市洪泽区人民政府');
    const [, , b] = auditTexts(
      [text.render(of('hongze-2020')).input, twin, text.render(of('hongze-2021')).input],
      day,
    );
    expect(b!.previousId).toBeNull();
  });

  it.each(YEAR_CHAINS.map(([a, b]) => [a, b] as const))(
    'organ-name-variant shape: %s → %s linked, the name read as printed (spaces dropped)',
    (earlier, later) => {
      const shape = SHAPES.find((s) => s.name === 'organ-name-variant')!;
      const [a, b] = auditTexts([shape.render(of(earlier)).input, shape.render(of(later)).input], day);
      expect(b!.previousId).toBe(a!.id);
      for (const [r, key] of [
        [a!, earlier],
        [b!, later],
      ] as const) {
        const printed = organNameVariant(of(key).agencyName, of(key).year).replace(/\s+/gu, '');
        expect(r.draft.meta.agencyName).toBe(printed);
      }
    },
  );
});

describe('previous year under the organ’s former name (issue 18 §4)', () => {
  // Written here: 洪泽 2020 as a 国有资产管理局, 2021 as the 投资促进局 it became; same address and phone.
  const earlier = text.render(of('hongze-2020')).input.replaceAll('洪泽区人民政府', '洪泽区国有资产管理局');
  const renamed = (how: 'signed' | 'named' | 'none') => {
    let t = renderWith(of('hongze-2021'), text, breakPlant).replaceAll('洪泽区人民政府', '洪泽区投资促进局');
    if (how === 'signed')
      t = t.replace(/淮安市洪泽区投资促进局(\s*\d{4}年\d+月\d+日\s*)$/u, '淮安市洪泽区国有资产管理局$1');
    if (how === 'named')
      t = t.replace(
        '一、总体情况\n',
        '一、总体情况\n本局原名称为洪泽区国有资产管理局，2021年起使用现名称。\n',
      );
    return t;
  };

  it.each([
    ['signed', '落款为「淮安市洪泽区国有资产管理局」'],
    ['named', '报告中写明原名称「洪泽区国有资产管理局」'],
  ] as const)('%s: linked with the evidence, and the cross-year checks run', (how, why) => {
    const [a, b] = auditTexts([earlier, renamed(how)], day);
    expect(b!.draft.meta.agencyName).toBe('淮安市洪泽区投资促进局');
    expect(b!.previousId).toBe(a!.id);
    expect(b!.row.previousRenamed).toContain(why);
    expect(b!.row.previousVariant).toBeNull();
    const note = b!.findings.find((f) => f.id === 'import:previous-renamed');
    expect(note?.message).toContain('按机构更名关联');
    expect(note?.message).toContain('如不是同一机关，请取消关联');
    expect(b!.findings.map((f) => f.id)).toContain('carry-over:natural');
  });

  it('the same address and phone under a new name, nothing in the text: not linked', () => {
    const [, b] = auditTexts([earlier, renamed('none')], day);
    expect(b!.previousId).toBeNull();
    expect(b!.findings.some((f) => f.kind === 'continuity')).toBe(false);
  });

  it('the auditor undoes the link: no cross-year checks, no note', () => {
    const [, b] = auditTexts([earlier, renamed('signed')], day, { links: new Map([['audit-2', null]]) });
    expect(b!.previousId).toBeNull();
    expect(b!.findings.some((f) => f.kind === 'continuity' || f.id === 'import:previous-renamed')).toBe(
      false,
    );
  });
});
