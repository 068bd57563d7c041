import { describe, expect, it } from 'vitest';
import { startupScripts } from '../build-guard/first-load-budget.ts';

describe('startupScripts', () => {
  it('finds the module entry and the modulepreload links of a Vite index.html', () => {
    const html = `<!doctype html><html><head>
      <script type="module" crossorigin src="./assets/index-DEW90rcS.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/rolldown-runtime-BCiCTKAo.js">
      <link rel="stylesheet" crossorigin href="./assets/index-G_vrtKzt.css">
    </head><body><div id="root"></div></body></html>`;
    expect(startupScripts(html)).toEqual({
      entry: 'index-DEW90rcS.js',
      preloads: ['rolldown-runtime-BCiCTKAo.js'],
    });
  });

  it('says so when there is no module entry', () => {
    expect(startupScripts('<html><body></body></html>')).toEqual({ entry: null, preloads: [] });
  });
});
