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
  const text = r.problems[other];
  const speaks =
    key === 'improvements' ? promisesImprovement(text) : PROBLEMS_TOPICS[key].test(wordsOf(text));
  return speaks ? other : null;
}

/**
 * Any word of a shortcoming, wider than PROBLEMS_TOPICS.problems: a part 五 holding one of them
 * states a problem somewhere (or 「无」 for none), so no warning says that its problems are missing.
 * Kept wide on purpose — a missed flag is better than a false one on a report that states them.
 */
const SHORTCOMING = new RegExp(
  [
    PROBLEMS_TOPICS.problems.source,
    // a problem named or referred to as one
    '存在|面临|仍有|还有|问题(?:主要|在于)|(?:一些|部分|个别|少数|若干|以下|如下|几个|诸多|不少|突出|主要)问题',
    // a lack, a low level, something not yet done
    '缺|匮乏|亟|仍待|待(?:加强|提升|提高|完善|改进|规范|增强|优化)|需(?:要)?进一步|较弱|偏弱|较少|偏少|较低|偏低|较慢|偏慢|较窄|较为单一|单一|参差|困难|难度|局限|瓶颈|挑战|隐患|漏洞|疏漏|弱化|落后|欠佳|不尽|尚未|仍未|未能|没能|不能|无法',
    // 「不…」「未…」 of anything but the improvements' own idioms (不断、不定期、不公开为例外、未来 …)
    '不(?!断|定期|公开|折不扣|打折扣|懈|忘|搞|走样|留死角|让|再|得|仅|但|论|管|同)|未(?!来)|频繁|紧张|现象|错|漏|疏|欠|失|低|难|弱|差|慢|流动|变动|空间',
    // none to report: 「无明显问题」「没有…问题」「未发现」
    '无[^。；，]{0,6}问题|没有[^。；，]{0,8}问题|未发现',
  ].join('|'),
  'u',
);
/** 「无」 (or 「暂无」) as a sentence of its own: nothing to report is an answer. */
const NONE = /(?:^|[。；：:\n])\s*(?:暂)?无\s*(?:[。；]|$)/mu;

/** A clause opening on a verb of action after its numbering (「一是加强培训」「（二）完善制度」「持续深化…」). */
const ACTION_OPENING =
  /^\s*(?:[一二三四五六七八九十][是要]|第[一二三四五六七八九十]+[，,、]|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.．、]|[一二三四五六七八九十][、.．])?\s*(?:进一步|持续|继续|不断|切实|全面|着力|大力|坚持)?(?:加强|加大|加快|完善|强化|提升|提高|健全|推进|推动|深化|规范(?!化)|落实|做好|抓好|丰富|拓展|拓宽|优化|建立|创新|压实|聚焦|增强|扩大)/u;

/**
 * A step prepared or taken (「我们准备制定…」「已安排专人排查」「力争年内完成」「年底前全部修复」), a
 * requirement set (「要求各科室…」「督促各村…」), or an organ that will act (「镇政府将督促…」).
 */
const STEP_TAKEN =
  /准备|着手|安排|力争|争取|修复|整改|要求各|督促|杜绝|(?:府|局|委|办|中心|街道|镇|乡|院|所|厅|处|室|组|队)(?:还|也|仍)?将/u;

const sentencesOf = (text: string) =>
  text
    .split(/[。；;！？!?\n]/u)
    .map((x) => x.trim())
    .filter((x) => x !== '');
const clauses = (text: string) => text.split(/[。；;：:！？\n，,]/u);

/**
 * Whether `text` promises an improvement: PROBLEMS_TOPICS.improvements, or a sentence that names no
 * shortcoming with a clause opening on a verb of action or a step taken (a list of measures
 * 「一是加强培训；二是完善制度」 without 「将」, 「通过专题会议统一思想，压实科室责任」; 「一是规范化程度不高」
 * and 「我局要求各科室及时报送信息，但报送积极性欠缺」 are shortcomings).
 */
export function promisesImprovement(text: string): boolean {
  if (PROBLEMS_TOPICS.improvements.test(wordsOf(text))) return true;
  return sentencesOf(text).some(
    (s) =>
      !SHORTCOMING.test(wordsOf(s)) && clauses(s).some((c) => ACTION_OPENING.test(c) || STEP_TAKEN.test(c)),
  );
}

/** A sentence that states an improvement: promised, a step taken, a measure listed, or the word 改进/整改. */
const improvementSentence = (sentence: string) =>
  /改进|整改/u.test(sentence) ||
  PROBLEMS_TOPICS.improvements.test(wordsOf(sentence)) ||
  clauses(sentence).some((c) => ACTION_OPENING.test(c) || STEP_TAKEN.test(c));

/**
 * Whether 存在的主要问题 holds only improvements: every sentence of it states one, and no shortcoming
 * is named anywhere in part 五 (nor 「无」). Its problems are then missing although the field is
 * filled (the importer keeps an undivided part 五 there, and a sub-heading 「（一）改进情况」 before its
 * own improvements). A sentence that only describes (「线下查阅场所开放时间缩短」「粉丝量小，影响力有限」)
 * is taken for a problem stated in words no list holds.
 */
export function improvementsOnly(r: Pick<Report | ReportDraft, 'problems'>): boolean {
  const { problems, improvements } = r.problems;
  const sentences = sentencesOf(problems);
  if (sentences.length === 0) return false;
  if ([problems, improvements].some((t) => SHORTCOMING.test(wordsOf(t)) || NONE.test(t))) return false;
  return sentences.every(improvementSentence);
}
