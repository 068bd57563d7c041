import { describe, expect, it } from 'vitest';
import { contactFormatChecks, holdsPhoneNumber, holdsWebAddress } from './contact-format';

const meta = (website: string, contactPhone: string) => ({ draft: { meta: { website, contactPhone } } });
const failed = (website: string, contactPhone: string) =>
  contactFormatChecks(meta(website, contactPhone) as Parameters<typeof contactFormatChecks>[0])
    .filter((r) => r.status === 'failed')
    .map((r) => r.id);

describe('holdsWebAddress', () => {
  it.each([
    'www.dongling.gov.cn',
    'dongling.gov.cn',
    'http://www.dongling.gov.cn',
    'https://jtj.dongling.gov.cn/zwgk/xxgknb/index.html',
    'HTTP://WWW.DONGLING.GOV.CN/',
    '东陵县人民政府门户网站（www.dongling.gov.cn）',
    'http://xxgk.dongling.gov.cn；http://www.dongling.gov.cn',
    'ｗｗｗ．ｄｏｎｇｌｉｎｇ．ｇｏｖ．ｃｎ',
    '10.24.3.17',
    'http://59.60.7.8:8080/xxgk/',
    '172.16.0.9/zwgk',
  ])('a web address: %s', (v) => expect(holdsWebAddress(v)).toBe(true));

  it.each(['东陵县人民政府门户网站', '无', '暂无', 'www', 'http://', '0415-2271234', '1.2.3'])(
    'not a web address: %s',
    (v) => expect(holdsWebAddress(v)).toBe(false),
  );
});

describe('holdsPhoneNumber', () => {
  it.each([
    '0415-2271234',
    '（0415）2271234',
    '(0415)2271234',
    '0415 2271234',
    '2271234',
    '13800012345',
    '0415-2271234转802',
    '电话：0415-2271234，传真：0415-2271235',
    '0415-2271234、2271236',
    '０４１５－２２７１２３４',
    '12345',
  ])('a phone number: %s', (v) => expect(holdsPhoneNumber(v)).toBe(true));

  it.each(['无', '0415', '227123', '办公室', '5566'])('not a phone number: %s', (v) =>
    expect(holdsPhoneNumber(v)).toBe(false),
  );
});

describe('contactFormatChecks', () => {
  it('warns on each field that holds no address or number, never on an empty one', () => {
    expect(failed('www.dongling.gov.cn', '0415-2271234')).toEqual([]);
    expect(failed('', '')).toEqual([]);
    expect(failed('东陵县人民政府门户网站', '0415-2271234')).toEqual(['contact-format:website']);
    expect(failed('www.dongling.gov.cn', '办公室')).toEqual(['contact-format:contactPhone']);
  });

  it('is a warning pointing at its field, quoting what was typed', () => {
    const [web] = contactFormatChecks(
      meta('东陵县人民政府门户网站', '') as Parameters<typeof contactFormatChecks>[0],
    );
    expect(web).toMatchObject({
      severity: 'warning',
      status: 'failed',
      fields: ['meta.website'],
      part: 'meta',
    });
    expect(web?.message).toContain('「东陵县人民政府门户网站」');
  });
});
