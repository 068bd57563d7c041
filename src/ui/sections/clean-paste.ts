// Text pasted from Word/WPS arrives with its paragraphs as line breaks but also with
// non-breaking spaces, zero-width characters and runs of blank lines; keep the paragraphs,
// drop the rest. (A textarea never receives formatting, only text/plain.)
export function cleanPastedText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
