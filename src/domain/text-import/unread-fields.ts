// Every meta field and narrative sub-item the importer could not read, with where it looked
// (nianbao issue 18: no silent blanks). Fields a report may lawfully leave out (a website it does
// not have) are listed too: the clerk decides, the import does not guess.
import { narrativeId, narrativeLabel } from '../report/cell-address';
import { NARRATIVE_PARTS, OTHER_MATTERS_KEYS, OVERVIEW_KEYS, PROBLEMS_KEYS } from '../report/keys';
import { type META_LABELS, PART_KEYS, PART_TITLES, type PartKey } from '../report/labels';
import type { ReportDraft } from '../report/report-schema';
import type { UnreadField } from './import-summary';

const WHERE: Partial<Record<keyof typeof META_LABELS, string>> = {
  agencyName: '在标题、前言（「本报告由……编制」）和网页标题中均未找到',
  year: '在标题、前言（「统计期限自……年1月1日起」）和网页标题中均未找到',
  website: '在前言和全文中未找到网址（报告正文未写明网址时此项为空，网页链接不作为网站）',
  contactAddress: '在前言和全文中未找到「地址：」',
  contactPhone: '在前言和全文中未找到「电话：」',
  publishDate: '在标题下和文末落款中未找到日期',
};

const KEYS = { overview: OVERVIEW_KEYS, problems: PROBLEMS_KEYS, otherMatters: OTHER_MATTERS_KEYS } as const;
const NUMERALS = ['一', '二', '三', '四', '五', '六'];

export function unreadFields(draft: ReportDraft, partsFound: readonly PartKey[]): UnreadField[] {
  const out: UnreadField[] = [];
  for (const key of Object.keys(WHERE) as (keyof typeof WHERE)[]) {
    const value = draft.meta[key as keyof ReportDraft['meta']];
    if (value === '' || value === null) out.push({ field: `meta.${key}`, reason: WHERE[key]! });
  }
  for (const part of NARRATIVE_PARTS) {
    const n = NUMERALS[PART_KEYS.indexOf(part)];
    const found = partsFound.includes(part);
    for (const key of KEYS[part]) {
      // The optional 总述 before 一（一） is never missing.
      if (part === 'overview' && key === 'intro') continue;
      if ((draft[part] as Record<string, string>)[key]!.trim() !== '') continue;
      const label = narrativeLabel({ part, key });
      out.push({
        field: narrativeId({ part, key }),
        reason: found
          ? `第${n}部分「${PART_TITLES[part]}」中未找到「${label}」（按序号、标题和内容查找）`
          : `未找到第${n}部分「${PART_TITLES[part]}」，「${label}」未读取`,
      });
    }
  }
  return out;
}
