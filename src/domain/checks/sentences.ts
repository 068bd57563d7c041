// The sentence a count stands in, as the narrative readers quote it (narrative-counts.ts,
// text-import/proactive-hints.ts): up to 「。；！？」 (or their ASCII forms) or a line break.

const SENTENCE_END = /[。；;！？!?\n\r]/u;

/**
 * The sentence around an offset of `text`, trimmed. The last sentence read is kept: the offsets of
 * one sentence (many counts or clauses in one long sentence) read it once, not once each — which is
 * quadratic in a sentence of thousands of clauses.
 */
export function sentenceReader(text: string): (at: number) => string {
  let from = 0;
  let to = -1;
  let sentence = '';
  return (at) => {
    // every offset in [from, to] has the same sentence: no end mark stands in [from, to)
    if (at < from || at > to) {
      from = at;
      while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
      to = at;
      while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
      sentence = text.slice(from, to).trim();
    }
    return sentence;
  };
}
