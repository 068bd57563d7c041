import { describe, expect, it } from 'vitest';
import { contentLines } from './narrative-lines';
import { readOverview } from './read-narratives';

describe('contentLines: a justified line laid out by spaces (pypdf extraction_mode="layout", nianbao issue 18)', () => {
  it('takes the padding beside Chinese characters out, keeps single spaces and Latin words apart', () => {
    expect(
      contentLines([
        '  办结依      申请公开                       81件，其中            ：予以公            开及  ',
        '',
        'see   the   page 2020 年 平潭 www.example.gov.cn   12345',
      ]),
    ).toEqual([
      '办结依申请公开81件，其中：予以公开及',
      'see   the   page 2020 年 平潭 www.example.gov.cn   12345',
    ]);
  });

  it('a part 一 sub-item read from such lines says what the report says', () => {
    const o = readOverview([
      '（二）依申请公开情况',
      '共计81件。办结依      申请公开       81件，其中   ：予以公     开及',
      '部分公开42件。',
    ]);
    expect(o.onRequest).toBe('共计81件。办结依申请公开81件，其中：予以公开及\n部分公开42件。');
  });
});
