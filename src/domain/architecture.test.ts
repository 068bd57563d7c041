// The domain core stays framework-free: no React, no Dexie, no storage or UI code, no DOM.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOMAIN = join(__dirname);
const FORBIDDEN = [
  /from ['"](react|react-dom|dexie|dexie-react-hooks|react-hook-form|@tanstack\/[^'"]+|@hookform\/[^'"]+)['"/]/,
  /from ['"](\.\.\/)+(storage|ui|app)\//,
  /import\(['"](react|dexie)/,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('architecture', () => {
  const all = files(DOMAIN);
  it('finds the domain files', () => {
    expect(all.length).toBeGreaterThan(20);
  });
  it.each(all.map((f) => [relative(DOMAIN, f), f]))(
    '%s imports no React, Dexie, storage or UI',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      const bad = FORBIDDEN.filter((re) => re.test(text));
      expect(bad).toEqual([]);
    },
  );
  it('no domain file is a .tsx (no JSX in the domain)', () => {
    expect(all.filter((f) => f.endsWith('.tsx'))).toEqual([]);
  });
});
