// What each half of 「五、存在的主要问题及改进情况」 is about, by the words that say it. Part 五 is often
// one paragraph (「…仍存在以下不足：…。下一步，我局将…」) or opens its improvements in a way the
// importer does not know yet; then one half holds the whole part and the other is empty. As for
// parts 一 and 六 (overview-topics.ts, other-matters-topics.ts), `narrative-empty` looks for the
// empty half's content in the other before it fires (nianbao issue 18 §5: unseen 平潭 reports gave
// false 「改进措施未填写」 on texts that promised improvements inside the problems' paragraph).
import type { ProblemsKey } from '../report/keys';
import type { Report, ReportDraft } from '../report/report-schema';
import { wordsOf } from './other-matters-topics';

export const PROBLEMS_TOPICS: Readonly<Record<ProblemsKey, RegExp>> = {
  // A shortcoming named: 「仍存在…不足」「还需进一步规范」「有待提高」「工作不够及时」. 「问题」 alone is
  // not one: improvements open 「针对上述问题，…将…」 without saying what the problems are.
  problems:
    /存在[^。；]{0,12}问题|问题(?:主要)?(?:是|有|表现在)|不足|差距|短板|薄弱|欠缺|不够|不到位|有待|仍需|尚需|还需|滞后|不高|不强|不全面|不规范|不及时/u,
  // An improvement promised — a time ahead (下一步, 今后, 后续, 明年 …), a plan (计划, 打算, 举措),
  // or a subject with its intent (「我局将…」「我们要…」「区教育局会…」), or 「将」 with what it will do
  // (the first character of a verb of intent: 「将进一步/继续/持续/加强/推进/围绕/以…」).
  // 「还需进一步规范」 is a shortcoming, not a promise, so 「进一步」 alone is not enough.
  improvements:
    /下一?步|下一?阶段|今后|后续|接下来|新的一年|明年|来年|措施|计划|打算|举措|(?:我们|[我本局委办])[^，。；]{0,6}?(?:将|拟|会(?!议)|要(?!求))|(?<![未不需])将[进继持不着重切严全加推完提做强规深健抓围以从在]/u,
};

/** The other half of part 五 when it speaks of `key`'s topic (its content written there), else null. */
export function problemsMentioning(
  r: Pick<Report | ReportDraft, 'problems'>,
  key: ProblemsKey,
): ProblemsKey | null {
  const other: ProblemsKey = key === 'problems' ? 'improvements' : 'problems';
  return PROBLEMS_TOPICS[key].test(wordsOf(r.problems[other])) ? other : null;
}
