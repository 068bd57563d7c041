// Platform APIs the built code may name although Chromium 86 or Firefox 115 lacks them, each with
// the reason that is safe (checked in the built code when the entry was added). Any other API
// newer than the supported browsers fails the build (api-check.ts); an entry no built file needs
// any more fails it too.
//   global:<name>        a free global identifier
//   static:<Global.name> a member read on a free global (`Object.hasOwn`, `navigator.x`)
//   method:<name>        a method called on any other object (the receiver's type is unknown)

export type ExceptionKey = `global:${string}` | `static:${string}` | `method:${string}`;

const POLYFILLED =
  'polyfilled first thing in the page and in each worker (src/domain/legacy-polyfills.ts, src/entry-points.test.ts)';
const ENVIRONMENT_PROBE = 'a CommonJS library asks `typeof … !== "undefined"` to tell Node from a browser';

export const API_EXCEPTIONS: Record<ExceptionKey, string> = {
  'static:Object.hasOwn': POLYFILLED,
  'method:at': POLYFILLED,

  'global:define':
    'UMD wrappers test `typeof define`; sw.js and workbox-*.js install `self.define` themselves',
  'global:require': `${ENVIRONMENT_PROBE} (rolldown's require shim)`,
  'global:process': `${ENVIRONMENT_PROBE} (jszip, mammoth)`,
  'global:global': `${ENVIRONMENT_PROBE} (jszip, underscore)`,
  'global:Buffer': `${ENVIRONMENT_PROBE} (jszip)`,
  'global:java': 'sax (mammoth) probes for the Rhino engine with `typeof`',
  'global:__REACT_DEVTOOLS_GLOBAL_HOOK__': 'react-dom looks for the devtools extension with `typeof`',
  'global:_': "workbox's version marker `self['workbox:…'] && _()`, inside try/catch",
  'global:setImmediate':
    'jszip installs its bundled setImmediate polyfill where missing; React and Dexie check `typeof` first',
  'global:reportError': 'React: `typeof reportError === "function" ? reportError : fallback`',
  'global:navigation': 'react-dom: `typeof navigation === "object"` before using the Navigation API',
  'global:ClipboardItem':
    '「复制网页版」 (ui/export/web/copy-rich-text.ts) uses it only after `typeof ClipboardItem !== "undefined"`, else copies with execCommand',
  'global:enqueueNativeMicroTask':
    'Dexie 4 names an undeclared helper on a zone path, the same in every browser; not a platform API',

  'static:Error.captureStackTrace':
    "zod (`'captureStackTrace' in Error`) and jszip (`Error.captureStackTrace && …`) test for it",
  'static:navigator.userAgentData': "Dexie's Safari check reads it and falls back to the user agent string",
  'static:navigator.connection': 'react-dom reads `navigator.connection && …` for a bandwidth estimate',
  'static:globalThis.scheduler':
    "the autosave's write start (ui/editor/after-paint.ts) posts a background task only where `scheduler.postTask` is a function, else a timer",
  'static:indexedDB.databases': "Dexie's Safari work-around runs only `if (indexedDB.databases)`",

  'method:databases': 'Dexie calls it after `typeof factory.databases === "function"`',
  'method:startViewTransition': 'react-dom calls it only for <ViewTransition>, which nianbao does not use',
  'method:toArray': "Dexie's Table/Collection.toArray and mammoth's own, not Iterator.prototype.toArray",
  'method:use': "React's `use` hook, Dexie's `db.use(middleware)`, docx's own; not DisposableStack.use",
  'method:dispose': "our own autosave controller's dispose(), not DisposableStack",
  'method:move':
    "the grid's own cell-interaction env.move (ui/tables/cell-interaction.ts), not DisposableStack.move",
  'method:when': "zod's check option `def.when`",
  'method:try': "mammoth's promises.try helper, not Promise.try",
  'method:read': "mammoth's zip file reader, not Clipboard.read",
  'method:capture': "mammoth's parser rule `sequence.capture`",
  'method:isError': "underscore's `_.isError` and mammoth's Result.isError, not Error.isError",
  'method:lineNumber': "sax's own location.lineNumber()",
  'method:pause': "jszip's stream helpers, not Atomics.pause",
  'method:delay': "jszip's utils.delay",
  'method:install': "workbox's own install step",
  'method:xmlVersion': "xmlbuilder's (docx) stringifier, not Document.xmlVersion",
  'method:xmlEncoding': "xmlbuilder's (docx) stringifier, not Document.xmlEncoding",
  'method:xmlStandalone': "xmlbuilder's (docx) stringifier, not Document.xmlStandalone",
  'method:getPublicKey':
    "@noble/curves' p256.getPublicKey (domain/crypto/ecdsa-p256.ts, plain-HTTP signing), not SubtleCrypto.getPublicKey",
  'static:Uint8Array.fromHex':
    '@noble/hashes uses it only `if (hasHexBuiltin)` (typeof checks of toHex and fromHex), else its own hex code',
  'method:toHex': '@noble/hashes calls bytes.toHex() only `if (hasHexBuiltin)`, else its own hex code',
};
