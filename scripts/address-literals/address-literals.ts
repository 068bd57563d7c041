// Finds cell addresses written by hand (SPEC §8: `<part>.<row>.<column>`) in string and template
// literals, so that every address goes through the one typed builder in
// src/domain/report/cell-address.ts and a typo in a row or column is a compile error. TypeScript's
// own scanner reads the literals: comments that mention an address are not counted, and a template
// such as `applications.${row}.total` is (its substitutions are read as `${…}`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

export type AddressLiteral = { file: string; line: number; text: string };

/** A table part followed by two more dotted segments, each a name or a `${…}` substitution. */
const ADDRESS = /\b(?:applications|proactive|appeals)\.(?:\w+|\$\{…\})\.(?:\w+|\$\{…\})/;

const MENTIONS_PART = /\b(?:applications|proactive|appeals)\./;

/**
 * A line may keep a literal that is deliberately not an address the builder can make (hostile or
 * malformed input that a test feeds to the parser), when it says why on the same line.
 */
const EXEMPT = /address-literal: \S/;

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((s) => `\${…}${s.literal.text}`).join('');
  if (ts.isJsxText(node)) return node.text;
  return null;
}

/** The address literals of one source text, with their 1-based line numbers. */
export function findAddressLiterals(file: string, text: string): AddressLiteral[] {
  if (!MENTIONS_PART.test(text)) return []; // most files: no need to parse
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const lines = text.split('\n');
  const found: AddressLiteral[] = [];
  const visit = (node: ts.Node): void => {
    const literal = literalText(node);
    if (literal !== null) {
      const match = ADDRESS.exec(literal);
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      if (match && !EXEMPT.test(lines[line] ?? '')) found.push({ file, line: line + 1, text: match[0] });
      if (!ts.isTemplateExpression(node)) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const SOURCE = /\.(?:ts|tsx|mts)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every address literal in the .ts/.tsx files under the given folders (paths relative to `root`). */
export function scanAddressLiterals(root: string, dirs: readonly string[]): AddressLiteral[] {
  return dirs.flatMap((dir) =>
    sourceFiles(join(root, dir)).flatMap((path) =>
      findAddressLiterals(relative(root, path).split(sep).join(posix.sep), readFileSync(path, 'utf8')),
    ),
  );
}
