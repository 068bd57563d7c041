// What a clerk sees when the app cannot start at all: opened as a file, in a browser too old to run it
// (IE, or a dual-core 360/奇安信 browser left in its IE 兼容模式), or its script failed to load or parse.
// Without this the page stays blank. A classic script in old syntax (ES3: it must run in IE 7 too),
// copied as is into the build; it runs before the app's module and says nothing once the app has
// drawn into #root (React then replaces the message, which is inside #root).
(function () {
  var root = document.getElementById('root');
  if (!root) return;
  var box = null;

  function started() {
    for (var n = root.firstChild; n; n = n.nextSibling) if (n !== box) return true;
    return false;
  }

  function paragraph(text, strong) {
    var p = document.createElement(strong ? 'h1' : 'p');
    p.appendChild(document.createTextNode(text));
    p.style.margin = strong ? '0 0 12px' : '0 0 8px';
    p.style.fontSize = strong ? '20px' : '15px';
    p.style.lineHeight = '1.6';
    return p;
  }

  function show(kind, title, lines) {
    if (box || started()) return;
    box = document.createElement('div');
    box.id = 'boot-problem';
    box.setAttribute('role', 'alert');
    box.setAttribute('data-boot-problem', kind);
    box.style.maxWidth = '720px';
    box.style.margin = '48px auto';
    box.style.padding = '20px 24px';
    box.style.border = '2px solid #b3261e';
    box.style.fontFamily = 'sans-serif';
    box.style.color = '#1f1f1f';
    box.appendChild(paragraph(title, true));
    for (var i = 0; i < lines.length; i++) box.appendChild(paragraph(lines[i], false));
    root.appendChild(box);
  }

  var BROWSERS =
    '请使用 Chrome 或 Chromium 内核 86 及以上版本、Firefox 115 及以上版本的浏览器。' +
    '360安全浏览器、奇安信可信浏览器等双核浏览器：请点击地址栏右侧的内核图标（闪电或“e”），切换到“极速模式”。';

  function oldBrowser() {
    show('old-browser', '浏览器版本过低，无法使用本工具', [
      '本工具需要较新的浏览器内核才能运行，当前浏览器（或当前的兼容模式）不支持。',
      BROWSERS,
    ]);
  }

  function failed() {
    show('failed', '页面未能正常打开', [
      '可能是网页文件没有完整下载，或浏览器版本过低。请按 F5 刷新页面。',
      '如仍无法打开：' + BROWSERS + '仍有问题请联系本单位系统管理员。',
      '已填写的内容保存在本机浏览器中，不会因此丢失。',
    ]);
  }

  if (window.location.protocol === 'file:') {
    show('file', '请通过网址打开本工具', [
      '本工具不能直接双击网页文件打开：浏览器不允许以文件方式运行它。',
      '请在浏览器地址栏输入单位内网上本工具的网址（例如 http://服务器地址/nianbao/）。不知道网址的，请联系本单位系统管理员；部署方法见随附的 README「部署到内网服务器」。',
    ]);
    return;
  }

  var probe = document.createElement('script');
  if (!('noModule' in probe) || typeof window.Promise !== 'function') {
    oldBrowser();
    return;
  }

  // Before the app has started, a script that fails to load or to parse (a syntax the browser does
  // not know) or throws means the page will stay blank: say so. After it has started, the app's own
  // error handling speaks.
  function onError(event) {
    if (started()) return;
    var target = event && event.target;
    if (target && target !== window && target.tagName) {
      var tag = String(target.tagName).toLowerCase();
      var rel = String(target.getAttribute('rel') || '').toLowerCase();
      if (tag !== 'script' && !(tag === 'link' && (rel === 'stylesheet' || rel === 'modulepreload'))) return;
    }
    failed();
  }
  window.addEventListener('error', onError, true);
  window.addEventListener('unhandledrejection', onError);
})();
