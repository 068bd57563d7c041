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
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, literal on purpose
  '${7*7}#{7*7}<%= 7*7 %>',
  '\u202Egnp.exe\u202C 右至左覆盖',
  '"><svg onload="window.__xss=4">',
  '\'><iframe src="javascript:window.__xss=5"></iframe>',
  '</textarea><script>window.__xss=6</script>',
  '<a href="javascript:window.__xss=7">点我</a>',
  '&lt;b&gt;实体&lt;/b&gt; &#60;script&#62;',
  '\u0000零字节\u200B零宽\uFEFF结束',
];

/**
 * 「曲阜市人民政府办公室2021年政府信息公开工作年度报告 / 一、总体情况 / （五）监督保障情况 / …」 saved
 * as GBK (Windows Notepad's "ANSI" on Chinese Windows). Read as UTF-8 it is mostly U+FFFD plus one
 * accidental CJK character (「壩」), which defeats a "has U+FFFD and no CJK" test.
 */
export const GBK_REPORT_TEXT = Buffer.from(
  'c7fab8b7cad0c8cbc3f1d5feb8aeb0ecb9abcad232303231c4ead5feb8aed0c5cfa2b9abbfaab9a4d7f7c4eab6c8b1a8b8e60ad2bba1a2d7dccce5c7e9bff60aa3a8cee5a3a9bce0b6bdb1a3d5cfc7e9bff60ab1bebbfab9d8d1cfb8f1c2e4cab5d5fecef1b9abbfaab9a4d7f7d2aac7f3a1a30a',
  'hex',
);
