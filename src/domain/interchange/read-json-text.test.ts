import { describe, expect, it } from 'vitest';
import {
  findDuplicateKey,
  findStructureProblem,
  MAX_JSON_ARRAY,
  MAX_JSON_DEPTH,
  readJsonObject,
} from './read-json-text';

const nest = (depth: number): unknown => {
  let v: unknown = 0;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
};

describe('findStructureProblem', () => {
  it(`accepts ${MAX_JSON_DEPTH} levels and rejects one more`, () => {
    expect(findStructureProblem(nest(MAX_JSON_DEPTH))).toBeNull();
    expect(findStructureProblem(nest(MAX_JSON_DEPTH + 1))).toContain('嵌套过深');
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    expect(findStructureProblem(nest(100_000))).toContain('嵌套过深');
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'finds a %s key deep in the tree and names where',
    (key) => {
      const tree = JSON.parse(`{"report":{"rows":[{"ok":1},{"${key}":{}}]}}`);
      expect(findStructureProblem(tree)).toBe(
        `文件含有不允许的字段名「${key}」（位置：report.rows[1]），出于安全考虑未导入`,
      );
    },
  );

  it('allows those words as values', () => {
    expect(findStructureProblem({ a: '__proto__', b: ['constructor'] })).toBeNull();
  });

  it('rejects an array longer than the limit', () => {
    expect(findStructureProblem({ a: new Array(MAX_JSON_ARRAY + 1).fill(0) })).toContain('a 项目过多');
    expect(findStructureProblem({ a: new Array(MAX_JSON_ARRAY).fill(0) })).toBeNull();
  });

  it('cuts a hostile long key short in the message', () => {
    const key = 'k'.repeat(10_000);
    const message = findStructureProblem(JSON.parse(`{"${key}":{"__proto__":1}}`));
    expect(message!.length).toBeLessThan(300);
  });
});

describe('readJsonObject', () => {
  it('returns the object of a valid file', () => {
    expect(readJsonObject('{"a":[1]}', 100, 'x')).toEqual({ ok: true, value: { a: [1] } });
  });

  it('accepts a file saved with a UTF-8 byte-order mark', () => {
    expect(readJsonObject('\ufeff{"a":1}', 100, 'x')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('measures the limit in UTF-8 bytes, not characters', () => {
    const text = `"${'年'.repeat(40)}"`; // 42 characters, 122 bytes
    expect(readJsonObject(text, 100, 'x')).toMatchObject({
      ok: false,
      error: expect.stringContaining('文件过大'),
    });
    expect(readJsonObject(text, 130, 'not ours')).toEqual({ ok: false, error: 'not ours' });
  });
});

describe('findDuplicateKey', () => {
  it.each([
    ['{"a":1,"b":2}', null],
    ['{"a":{"x":1},"b":{"x":1}}', null],
    ['[{"x":1},{"x":2}]', null],
    ['{"a":1,"a":1}', 'a'],
    ['{"meta":{"year":2021,"name":"某局","year":2019}}', 'meta.year'],
    ['{"list":[{"id":"p"},{"id":"q","id":"r"}]}', 'list[1].id'],
    ['{"t":"a \\" , \\"t\\": {","t":2}', 't'],
    ['{"t":"\\\\","u":{"v":[1,{"w":0,"\\u0077":1}]}}', 'u.v[1].w'],
    ['{"\\"":1,"\\"":2}', '"'],
  ])('%s → %s', (text, path) => expect(findDuplicateKey(text)).toBe(path));

  it('refuses a report file whose year is written twice, naming it', () => {
    const read = readJsonObject(
      '{"format":"x","report":{"meta":{"year":2021,"agencyName":"某局","year":2019}}}',
      1_000_000,
      'not ours',
    );
    expect(read).toEqual({
      ok: false,
      error:
        '文件中「report.meta.year」写了两次（同一项有两个值），无法确定哪一个是正确的，未导入。请从原来的电脑重新导出文件',
    });
  });

  // No timing here (tests assert correctness; speed is the bench's): a scan gone quadratic would
  // run past the test timeout on this size.
  it('reads a 10 MB text of 50,000 objects, and finds a key written twice in the last one', () => {
    const items = Array.from({ length: 50_000 }, (_, i) => ({ id: `r${i}`, text: '文字'.repeat(50) }));
    const big = JSON.stringify({ items });
    expect(findDuplicateKey(big)).toBeNull();
    const twice = `${big.slice(0, -3)},"id":"again"}]}`;
    expect(findDuplicateKey(twice)).not.toBeNull();
  });
});
