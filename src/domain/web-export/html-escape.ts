// User text in the web page (「导出网页版」) only ever enters as escaped text: in element content
// and in double-quoted attribute values, & < > " ' become character references, so no text can
// open a tag, close an attribute or start a character reference of its own.
const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => REFERENCES[ch] ?? ch);
}
