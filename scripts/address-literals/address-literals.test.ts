import { describe, expect, it } from 'vitest';
import { findAddressLiterals } from './address-literals';

const find = (text: string, file = 'x.ts') => findAddressLiterals(file, text).map((f) => [f.line, f.text]);
/** Source text with a template substitution, without writing `${` inside a string here. */
const sub = (name: string) => `$${'{'}${name}}`;

describe('findAddressLiterals', () => {
  it('finds an address written as a string, in a selector, or as a template', () => {
    expect(find("editor.cell('applications.granted.natural');")).toEqual([
      [1, 'applications.granted.natural'],
    ]);
    expect(find('\npage.locator(\'[data-cell="proactive.fees.amount"]\');')).toEqual([
      [2, 'proactive.fees.amount'],
    ]);
    expect(find(`const id = \`appeals.${sub('group')}.total\`;`)).toEqual([[1, `appeals.${sub('…')}.total`]]);
    expect(find(`const id = \`applications.${sub('row')}.${sub('column')}\`;`)).toEqual([
      [1, `applications.${sub('…')}.${sub('…')}`],
    ]);
    expect(find('const x = { "applications.newReceived.total": 3 };')).toEqual([
      [1, 'applications.newReceived.total'],
    ]);
  });

  it('finds an address in JSX', () => {
    expect(find('const c = <td data-cell="appeals.reconsideration.upheld" />;', 'x.tsx')).toEqual([
      [1, 'appeals.reconsideration.upheld'],
    ]);
  });

  it('finds a typo as well: the check is on the shape, not on existing rows', () => {
    expect(find("fill('applications.grnated.natural', '1');")).toEqual([[1, 'applications.grnated.natural']]);
  });

  it('reads literals only: comments, names and two-part keys are not addresses', () => {
    expect(find('// `applications.granted.natural` is the first cell\nconst a = 1;')).toEqual([]);
    expect(find('/** proactive.fees.amount */ const b = report.proactive.fees.amount;')).toEqual([]);
    expect(
      find("field('proactive.intro'); cellId(cellAddress('applications', 'granted', 'natural'));"),
    ).toEqual([]);
    expect(find(`const id = \`${sub('part')}.${sub('row')}.${sub('column')}\`;`)).toEqual([]);
    // A generic arrow function in a .ts file is not JSX text.
    expect(find('const pick = <T>(x: T) => x;\nconst n = report.applications.newReceived.natural;')).toEqual(
      [],
    );
  });

  it('lets a line keep a literal that says why (hostile input for the parser)', () => {
    expect(find("parseCellId('applications.__proto__.natural'); // address-literal: hostile key")).toEqual(
      [],
    );
    expect(find("parseCellId('applications.__proto__.natural'); // address-literal:")).toHaveLength(1);
  });
});
