// Small text builders for check messages, so every message writes formulas and lists the same way.

export type FormulaTerm = { label: string; value: number; negate?: boolean };

/** 「一＋二＝23＋0＝23」; a single term is just 「二＝2」. */
export function formula(terms: readonly FormulaTerm[]): string {
  if (terms.length === 1 && !terms[0]!.negate) return `${terms[0]!.label}＝${terms[0]!.value}`;
  let labels = '';
  let values = '';
  let total = 0;
  terms.forEach((t, i) => {
    const op = t.negate ? '－' : i === 0 ? '' : '＋';
    labels += op + t.label;
    values += op + t.value;
    total += t.negate ? -t.value : t.value;
  });
  return `${labels}＝${values}＝${total}`;
}

/** The labels joined with 「＋」「－」, without values (for passed messages). */
export function formulaLabels(terms: readonly { label: string; negate?: boolean }[]): string {
  return terms.map((t, i) => (t.negate ? '－' : i === 0 ? '' : '＋') + t.label).join('');
}

/** A narrative excerpt for a message: trimmed, cut with 「…」 when long. */
export function excerpt(text: string, max = 60): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max)}…`;
}
