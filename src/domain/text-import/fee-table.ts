// The 「信息处理费收取情况」 table some organs print since their 2024/2025 reports (平潭综合实验区金井
// 片区管理局 2025, 苏平片区管理局 2024 and 2025: as part 五, before 「六、存在的主要问题及改进措施」;
// 市场监督管理局 2025: inside 「六、其他需要报告的事项」): three columns 通知收取件数, 通知收取金额
// （元）, 实际收取金额（元）, and one row of numbers. Our format (SPEC §2) has no table for it: the
// numbers, as printed, become the text of part 六 （一） 信息处理费收取情况 (SPEC §12: the
// information processing fee belongs there). Numbers that ran together are kept as printed, never
// cut by a guess.

/** The table as found: its sentence for 「（一）信息处理费收取情况」 and the text around it. */
export type FeeTable = {
  /** 「通知收取件数0件，通知收取金额0元，实际收取金额0元。」, or the printed digits when they cannot be told apart */
  text: string;
  /** the three numbers, when the print decides them */
  values: readonly [string, string, string] | null;
  /** the numbers as printed (「000」, 「18000」) */
  printed: string;
  /** the part's text with the table taken out (lines) */
  rest: string[];
};

const HEADER =
  /通知收取件数\s*通知收取金额\s*[（(]\s*元\s*[）)]\s*实际收取金额\s*[（(]\s*元\s*[）)]\s*(?:信息处理费收取情况)?\s*/u;
const NUMBER = /^(?:0|[1-9]\d*)(?:\.\d+)?$/u;

/**
 * The numbers after the header: a run of digits, points and spaces; a run glued to the next
 * sentence's year (「…0002025年，…」) gives the year back.
 */
function numbersAfter(text: string): { printed: string; length: number } | null {
  const m = /^[\d.\s]*\d/u.exec(text);
  if (!m) return null;
  let printed = m[0];
  if (
    /^年/u.test(text.slice(printed.length)) &&
    /\d{4}$/u.test(printed) &&
    printed.replace(/\s/gu, '').length > 4
  )
    printed = printed.slice(0, -4);
  printed = printed.trimEnd();
  return printed === '' ? null : { printed, length: printed.length };
}

function cells(printed: string): readonly [string, string, string] | null {
  const pieces = printed.trim().split(/\s+/u);
  if (pieces.length === 3 && pieces.every((p) => NUMBER.test(p))) return [pieces[0]!, pieces[1]!, pieces[2]!];
  // One glued run of exactly three digits: one digit a cell, the only cut.
  if (pieces.length === 1 && /^\d{3}$/u.test(pieces[0]!)) {
    const [a, b, c] = [...pieces[0]!] as [string, string, string];
    return [a, b, c];
  }
  return null;
}

/** Finds the fee table in a part's lines; null when the part prints none. */
export function readFeeTable(lines: readonly string[]): FeeTable | null {
  // Full-width digits (「０００」) as the digits they print.
  const joined = lines
    .join('\n')
    .replace(/[０-９．]/gu, (d) => (d === '．' ? '.' : String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48)));
  const header = HEADER.exec(joined);
  if (!header) return null;
  const after = joined.slice(header.index + header[0].length);
  const numbers = numbersAfter(after);
  if (!numbers) return null;
  const values = cells(numbers.printed);
  const text = values
    ? `通知收取件数${values[0]}件，通知收取金额${values[1]}元，实际收取金额${values[2]}元。`
    : `信息处理费收取情况表（通知收取件数、通知收取金额（元）、实际收取金额（元））的数字印为「${numbers.printed}」，连在一起，无法确定各栏，请按原文核对。`;
  const rest = `${joined.slice(0, header.index)}\n${after.slice(numbers.length)}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return { text, values, printed: numbers.printed, rest };
}
