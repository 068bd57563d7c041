// Every piece of text written into the .docx passes through here. docx escapes < > & " itself, but
// it copies every other character as is, and XML 1.0 forbids most C0 control characters
// (https://www.w3.org/TR/xml/#charsets: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
// [#x10000-#x10FFFF]): a \u0001 pasted from a PDF would make Word refuse to open the whole file.
// A lone surrogate has no UTF-8 encoding at all. Bidi embedding, override and isolate controls
// (U+202A–U+202E, U+2066–U+2069) are legal XML but silently reorder the text after them, so the
// printed report would read differently from what was reviewed: they are removed too.

const isXmlChar = (cp: number): boolean =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

const isBidiControl = (cp: number): boolean =>
  (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);

/** The text without characters XML 1.0 forbids, lone surrogates and bidi controls. */
export function xmlSafeText(text: string): string {
  let out = '';
  // for…of walks code points: a valid pair arrives whole, a lone surrogate arrives alone.
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isXmlChar(cp) && !isBidiControl(cp) && !(ch.length === 1 && cp >= 0xd800 && cp <= 0xdfff)) out += ch;
  }
  return out;
}

/** A narrative split into paragraphs the way the print view splits it (blank lines dropped). */
export function textParagraphs(text: string): string[] {
  return xmlSafeText(text)
    .split(/[\r\n\u2028\u2029]+/)
    .map((p) => p.trim())
    .filter(Boolean);
}
