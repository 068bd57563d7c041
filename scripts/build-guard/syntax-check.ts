// Fails on syntax newer than the supported browsers parse: each built file must be valid ES2020.
import { parse } from 'acorn';
import { SYNTAX_ECMA_VERSION } from './supported-browsers.ts';

export type SyntaxProblem = { file: string; line: number; column: number; message: string; excerpt: string };

export function syntaxProblem(file: string, code: string): SyntaxProblem | null {
  try {
    parse(code, { ecmaVersion: SYNTAX_ECMA_VERSION, sourceType: 'module' });
    return null;
  } catch (e) {
    const { loc, pos, message } = e as {
      loc?: { line: number; column: number };
      pos?: number;
      message: string;
    };
    const at = pos ?? 0;
    return {
      file,
      line: loc?.line ?? 0,
      column: loc?.column ?? 0,
      message,
      excerpt: code.slice(Math.max(0, at - 60), at + 60).replace(/\s+/g, ' '),
    };
  }
}
