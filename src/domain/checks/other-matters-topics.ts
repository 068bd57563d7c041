// What each sub-item of 「六、其他需要报告的事项」 is about, by the words that say it (SPEC §2).
// Reports often write part 六 as one paragraph, or put the fee statement under another item; a
// check that depends on a sub-item (「信息处理费未说明」「内容未填写」「结转未说明」) looks for its
// content in the whole part before it fires (nianbao issue 18), and the importer splits running
// text by these topics when the sub-items carry no （一）…（七） markers.
import { OTHER_MATTERS_KEYS, type OtherMattersKey } from '../report/keys';
import type { Report, ReportDraft } from '../report/report-schema';

export const OTHER_MATTERS_TOPICS: Readonly<Record<OtherMattersKey, RegExp | null>> = {
  // Fees as a lexical field: any 费 (信息处理费, 收费, 缴费通知, 费用, 免费) but 经费, or 免收/不收取/未收取.
  processingFees: /(?<!经)费|免收|不收取|未收取/u,
  workPlan: /工作要点/u,
  // 「人大代表建议」「政协提案」「委员提案」「建议和提案」: 代表建议 or any 提案.
  proposals: /代表建议|提案/u,
  innovation: /创新/u,
  statisticsNotes: /数据统计|统计口径|统计说明/u,
  // 「认为需要报告的其他事项」 as its label words it, or 「其他无需要报告的事项」「无其他事项」.
  otherItems: /需要报告的其[他它]事项|其[他它](?:无|没有)?需要报告|无其[他它](?:需要报告的)?事项/u,
  specialRequirements: /专门要求/u,
};

/** Applications still open at the year's end, explained: 「结转」「延期答复」… */
export const CARRY_FORWARD_WORDS = /结转|顺延|延期答复|延长答复|跨年度办理/u;
/**
 * The same said outside part 六, where 「结转」 alone may be 「上年结转」 (part 三's row 二): only
 * wording that carries the year's open applications into the next year.
 */
export const CARRY_FORWARD_STATED =
  /(?:结转|顺延|延续)(?:至|到|入)?(?:下一?年度?|次年|明年|\d{4}年)|转入?(?:下一?年度?|次年|\d{4}年)|延期答复|延长答复|跨年度?办理/u;

/**
 * A text as its topic words are looked for: without line breaks and spaces, which a PDF leaves
 * inside words where it wrapped a line or a page (「转下一\n年度」「信息处\n\n理费」) and some
 * writers put around numbers (「结转至 2025 年」). Only for finding words, never for counts.
 */
export const wordsOf = (text: string): string => (/\s/u.test(text) ? text.replace(/\s+/gu, '') : text);

type WithOtherMatters = Pick<Report | ReportDraft, 'otherMatters'>;

/**
 * The sub-item of part 六 that speaks of `words`: the own sub-item `key` first, then any other
 * (in order); null when none does.
 */
export function otherMattersMentioning(
  r: WithOtherMatters,
  key: OtherMattersKey,
  words: RegExp,
): OtherMattersKey | null {
  if (words.test(wordsOf(r.otherMatters[key]))) return key;
  return OTHER_MATTERS_KEYS.find((k) => k !== key && words.test(wordsOf(r.otherMatters[k]))) ?? null;
}
