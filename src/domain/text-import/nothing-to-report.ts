// Part 六 saying as a whole that there is nothing to report (nianbao issue 18 §5). Reports word it in
// ever new ways — 「无。」「暂无。」「无其他需要报告的事项。」「本年度没有需要报告的其他事项」「无其他事项需要报告。」
// 「2023年度无其他需要报告的事项。」「我局无其他需报告的事项。」「本局无其他需要说明的情况」「其他需要报告的事项：无。」 —
// so it is recognised by its structure, not by a list of sentences: an optional subject (the year, the
// organ), then only pieces from a small vocabulary — a negation (无/暂无/没有/不存在…), 其他, 需要/需/应当,
// 报告/说明/公开, 的, 事项/情况/内容 — in any order, at least one negation, a closing 「。」 at most. No
// number but the subject's year, and short: a text that also says anything else (「无收费」「…收取信息处理费
// 200元」, a second paragraph) is not nothing.

/** Who or when the sentence is about: 「本年度」「我局」「2023年度」「年度内」「本局2023年」… */
const SUBJECT =
  /^(?:(?:本|我)(?:报告期内|年度内|年度|年|机关|单位|局|办|委|厅|镇|乡|街道|区|县|市|中心|部门|处)|(?:[0-9０-９]{4}|[〇零○一二三四五六七八九]{4})年度?内?|年度内|报告期内|全年)[，,、]?/u;
/** The pieces a sentence of nothing is made of, in any order (the longest alternatives first). */
const PIECE =
  /^(?:暂无|均无|并无|尚无|没有|不存在|未有|无|其他|其它|需要|应当|应该|必须|需|须|应|要|报告|说明|公开|披露|汇报|的|事项|事宜|情况|内容|[，,：:、])/u;
const NEGATION = /^(?:暂无|均无|并无|尚无|没有|不存在|未有|无)$/u;
const LONGEST = 40;

/** Whether a whole part 六 (its lines joined) says only that there is nothing to report. */
export function saysNothingToReport(text: string): boolean {
  let rest = text.replace(/[\s\u3000]+/gu, '').replace(/[。.．！!；;]$/u, '');
  if (rest === '' || rest.length > LONGEST) return false;
  for (let i = 0; i < 3; i++) {
    const subject = SUBJECT.exec(rest);
    if (!subject) break;
    rest = rest.slice(subject[0].length);
  }
  let negated = false;
  while (rest !== '') {
    const piece = PIECE.exec(rest);
    if (!piece) return false;
    if (NEGATION.test(piece[0])) negated = true;
    rest = rest.slice(piece[0].length);
  }
  return negated;
}
