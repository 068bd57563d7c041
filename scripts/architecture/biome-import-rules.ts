// The import rules of import-rules.ts as Biome `noRestrictedImports` overrides, so an editor flags a
// forbidden import as it is typed. Biome's overrides do not merge a rule's options (the last one that
// matches a file wins), so each folder's override carries all of its restrictions. biome.json holds
// exactly these (src/architecture.test.ts compares); after changing the rules run
// `npx tsx scripts/architecture/write-biome-rules.ts`.
import { RULES, type Rules } from './import-rules';

type Pattern = { group: string[]; message: string };
export type ImportOverride = {
  includes: string[];
  linter: {
    rules: {
      style: {
        noRestrictedImports: {
          level: 'error';
          options: { paths?: Record<string, string>; patterns?: Pattern[] };
        };
      };
    };
  };
};

const WHY = 'docs/ARCHITECTURE.md: imports go app → ui → storage → domain';

function override(includes: string[], packages: readonly string[], patterns: Pattern[]): ImportOverride {
  const layer = includes[0]?.split('/')[1];
  const paths = Object.fromEntries(packages.map((p) => [p, `${layer}/ must not use ${p}`]));
  return {
    includes,
    linter: {
      rules: {
        style: {
          noRestrictedImports: {
            level: 'error',
            options: {
              ...(packages.length > 0 ? { paths } : {}),
              ...(patterns.length > 0 ? { patterns } : {}),
            },
          },
        },
      },
    },
  };
}

/** The layers above `layer`, as patterns on the specifier (`../../ui/…`). */
function upperLayers(rules: Rules, layer: string): Pattern[] {
  const upper = rules.layers.slice(0, rules.layers.indexOf(layer));
  return upper.length > 0 ? [{ group: upper.map((l) => `**/${l}/**`), message: WHY }] : [];
}

export function biomeImportOverrides(rules: Rules = RULES): ImportOverride[] {
  // One override per layer, then one per ui folder (after its layer's, so it wins for that folder).
  const out: ImportOverride[] = [];
  for (const layer of [...rules.layers].reverse()) {
    const packages = rules.forbiddenPackages[layer] ?? [];
    const patterns = upperLayers(rules, layer);
    if (packages.length > 0 || patterns.length > 0)
      out.push(override([`src/${layer}/**`], packages, patterns));
  }
  for (const [folder, allowed] of Object.entries(rules.uiAllowed)) {
    // A sibling ui folder is `../<name>/…`; `../../…` leaves ui/ (the layer patterns cover it).
    // Files in a sub-folder (export/word/) are held to the allow-list by the test alone. Tests may
    // import other folders to set up a scenario (the test of the rules reads no test file either).
    const siblings: Pattern = {
      group: ['../*/**', '!../../**', ...allowed.map((f) => `!../${f}/**`)],
      message:
        allowed.length > 0
          ? `ui/${folder} imports only ${allowed.join(', ')} of ui/ (scripts/architecture/import-rules.ts)`
          : `ui/${folder} imports no other folder of ui/ (scripts/architecture/import-rules.ts)`,
    };
    out.push(
      override([`src/ui/${folder}/**`, '!**/*.test.ts', '!**/*.test.tsx'], rules.forbiddenPackages.ui ?? [], [
        ...upperLayers(rules, 'ui'),
        siblings,
      ]),
    );
  }
  return out;
}

/** The overrides of a Biome configuration that restrict imports. */
export function importOverridesOf(config: { overrides?: unknown[] }): unknown[] {
  return (config.overrides ?? []).filter((o) => JSON.stringify(o).includes('"noRestrictedImports"'));
}
