// Hostile text for the security spec (issue 8). Payloads that would run script set
// window.__xss (or call alert, which opens a dialog); the app must show every one as plain text.

/** ~100 KB of mixed markup, entities and CJK text (UTF-8 bytes), within the 100,000-character narrative limit. */
export const HUNDRED_KB = (() => {
  const unit = '政务公开<b onclick="window.__xss=9">粗</b>&amp;&lt;script&gt;';
  let s = '';
  while (new TextEncoder().encode(s).length < 100 * 1024) s += unit;
  return s;
})();

export const PAYLOADS: readonly string[] = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  'javascript:window.__xss=3',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}#{7*7}<%= 7*7 %>',
  '\u202Egnp.exe\u202C 右至左覆盖',
  '"><svg onload="window.__xss=4">',
  "'><iframe src=\"javascript:window.__xss=5\"></iframe>",
  '</textarea><script>window.__xss=6</script>',
  '<a href="javascript:window.__xss=7">点我</a>',
  '&lt;b&gt;实体&lt;/b&gt; &#60;script&#62;',
  '\u0000零字节\u200B零宽\uFEFF结束',
];
