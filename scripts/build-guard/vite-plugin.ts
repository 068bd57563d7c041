// Fails `vite build` when a built file has syntax or a platform API that Chromium 86 or Firefox
// ESR 115 lacks (supported-browsers.ts), or when the JS loaded at start exceeds its budget
// (first-load-budget.ts). It reads what was written to disk after every other plugin (the service
// worker included), so it checks exactly what the server will deliver.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { ApiCheckOptions } from './api-check.ts';
import { builtCodeProblems, builtFiles } from './check-built-code.ts';
import { firstLoadProblems } from './first-load-budget.ts';

/** `options`: other exceptions than the app's (for the plugin's own test builds). */
export function legacyBrowserGuard(options: ApiCheckOptions = {}): Plugin {
  let outDir = 'dist';
  return {
    name: 'nianbao:legacy-browser-guard',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const files = builtFiles(outDir);
        const problems = builtCodeProblems(files, options);
        if (problems.length > 0)
          throw new Error(
            `The build uses what the supported browsers (Chromium ≥ 86, Firefox ESR ≥ 115) lack — ` +
              `lower or replace it, or justify it in scripts/build-guard/api-exceptions.ts:\n` +
              problems.map((p) => `  ${p}`).join('\n'),
          );
        const heavy = firstLoadProblems(outDir);
        if (heavy.length > 0)
          throw new Error(`${heavy.join('\n')}\nLoad what the first screen does not need on demand.`);
      },
    },
  };
}
