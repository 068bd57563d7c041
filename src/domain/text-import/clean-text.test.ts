import { describe, expect, it } from 'vitest';
import { cleanSourceText, unifyIdeographs } from './clean-text';

describe('cleanSourceText: page furniture of PDF text', () => {
  it('drops footers and the running header that opens each next page', () => {
    const text = [
      '（五）监督保障情况',
      '明确专人负责政务公开工作。',
      '第 1 页 共 3 页',
      '某某县交通运输局政府信息公开工作年度报告',
      '二、主动公开政府信息情况',
      '- 2 -',
      '某某县交通运输局政府信息公开工作年度报告',
      '（七）无。',
    ].join('\n');
    expect(cleanSourceText(text)).toBe(
      ['（五）监督保障情况', '明确专人负责政务公开工作。', '二、主动公开政府信息情况', '（七）无。'].join(
        '\n',
      ),
    );
  });

  it('drops page numbers printed in full-width digits (「-２-」「第２页 共５页」)', () => {
    const text = ['行政许可', '-２-', '550', '第２页 共５页', '行政处罚'].join('\n');
    expect(cleanSourceText(text)).toBe(['行政许可', '550', '行政处罚'].join('\n'));
  });

  it('keeps what opens a page once and is report text: a table row, a wrapped sentence', () => {
    const text = ['第1页 共2页', '0 0 0 0 0 0 0', '- 2 -', '依申请公开工作流程规范答复文书'].join('\n');
    expect(cleanSourceText(text)).toBe(['0 0 0 0 0 0 0', '依申请公开工作流程规范答复文书'].join('\n'));
  });

  it('drops a browser’s print header and footer (date and time, title, address and n/m), form feeds', () => {
    const text = [
      '  （五）监督保障情况',
      'file:///C:/Users/admin/Desktop/报告.html                             1/4',
      '\f12/3/26, 4:35 PM                                      某某局2022年政府信息公开工作年度报告',
      '  二、主动公开政府信息情况',
      'https://www.example.gov.cn/art/2023/1/20/art_1.html      2/4',
      '\f                                                  某某局2022年政府信息公开工作年度报告',
      '  （一）存在问题',
      '2023/1/20 09:30',
      '  （七）无。',
      'file:///tmp/x.html',
      '',
      '4/4',
    ].join('\n');
    expect(
      cleanSourceText(text)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    ).toEqual(['（五）监督保障情况', '二、主动公开政府信息情况', '（一）存在问题', '（七）无。']);
  });

  it('drops Firefox’s print furniture: title beside the address, page number beside the date and time', () => {
    const text = [
      '  （五）监督保障情况',
      '第 1 页，共 3 页                                        2025/2/8 14:05',
      '\f某某区卫生健康委员会2024年政府信息公开工作年度报告             https://wsjkw.example.gov.cn/art/2025/2/8/art_9.html',
      '  规章 5 1 12',
      'Page 2 of 3                                         2/8/25, 2:05 PM',
      '\fhttps://wsjkw.example.gov.cn/art/2025/2/8/art_9.html      某某区卫生健康委员会2024年政府信息公开工作年度报告',
      '  （七）无。',
      '3 / 3                                   2025/2/8 下午2:05',
    ].join('\n');
    expect(
      cleanSourceText(text)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    ).toEqual(['（五）监督保障情况', '规章 5 1 12', '（七）无。']);
  });

  it('keeps a line of the report that names a report and an address in its words', () => {
    const text = '本报告电子版可在 https://www.example.gov.cn 查阅，如对本报告有疑问请来电。';
    expect(cleanSourceText(text)).toBe(text);
  });

  it('keeps report text that only looks like a date or an address', () => {
    const text = ['2022年1月20日', '网址：https://www.example.gov.cn', '12/3 处理完毕'].join('\n');
    expect(cleanSourceText(text)).toBe(text);
  });
});

describe('cleanSourceText: a running header or footer that carries the page number', () => {
  const lines = (text: string) =>
    cleanSourceText(text)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');

  it('drops 「title  N」 atop pages 2–4 and 「共 4 页 第 N 页」 at their feet, keeps the rows', () => {
    const text = [
      '某某市审计局2024年政府信息公开工作年度报告',
      '（五）监督保障。开展培训1次。',
      '共 4 页 第 1 页',
      '\f某某市审计局2024年政府信息公开工作年度报告      2',
      '规章 0 0 3',
      '行政许可 16',
      '共 4 页 第 2 页',
      '\f某某市审计局2024年政府信息公开工作年度报告      3',
      '（七）总计 6 0 0 0 0 0 6',
      '共 4 页 第 3 页',
      '\f某某市审计局2024年政府信息公开工作年度报告      4',
      '（七）无。',
      '共 4 页 第 4 页',
    ].join('\n');
    expect(lines(text)).toEqual([
      '某某市审计局2024年政府信息公开工作年度报告',
      '（五）监督保障。开展培训1次。',
      '规章 0 0 3',
      '行政许可 16',
      '（七）总计 6 0 0 0 0 0 6',
      '（七）无。',
    ]);
  });

  it('keeps rows that open two pages when their numbers do not go up with the page', () => {
    const text = [
      '前文。',
      '\f行政处罚 行政强制 5',
      '规章 0 0 3',
      '\f行政处罚 行政强制 5',
      '（七）无。',
    ].join('\n');
    expect(lines(text)).toHaveLength(5);
    const rows = ['前文。', '\f一、本年新收申请数量 7', '其他', '\f一、本年新收申请数量 9', '其他'].join(
      '\n',
    );
    expect(lines(rows)).toHaveLength(5);
  });
});

describe('cleanSourceText: a table’s header rows printed again on the next page', () => {
  const header = [
    '                              申请人情况',
    '  （本列数据的勾稽关系为：第一项加第二项之和， 自然     法人或其他组织     总',
    '          等于第三项加第四项之和）       商业 科研 社会公 法律服 其',
    '                          人 企业 机构 益组织 务机构 他 计',
  ];
  const page1 = [
    '  三、收到和处理政府信息公开申请情况',
    ...header,
    '      57  2  0  0   0   0 59',
    '      一、本年新收政府信息公开申请数量',
    '      二、上年结转政府信息公开申请数量 4  0  0  0   0   0 4',
    '        1.申请人无正当理由逾期不',
    'https://www.example.gov.cn/art/2024/1/9/art_7.html                 3/5',
  ];

  it('drops the repeated header lines that open the page, keeps the rows after them', () => {
    const page2 = [
      '\f1/9/24, 3:05 PM                                 某某区民政局2023年政府信息公开工作年度报告',
      ...header.map((l) => `   ${l.replace(/ +/gu, '  ')}`),
      '      补正、行政机关不再处理 0  0  0  0   0   0 0',
      '    3.其他 2 0 0 0 0 0 2',
    ];
    const lines = cleanSourceText([...page1, ...page2].join('\n'))
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    expect(lines.filter((l) => l === '申请人情况')).toHaveLength(1);
    expect(lines.slice(-3)).toEqual([
      '1.申请人无正当理由逾期不',
      '补正、行政机关不再处理 0  0  0  0   0   0 0',
      '3.其他 2 0 0 0 0 0 2',
    ]);
  });

  it('drops a line of numbers printed inside the repeated header: it is the first row’s, read once already', () => {
    const page2 = [
      '\f                                                  某某区民政局2023年政府信息公开工作年度报告',
      header[0]!,
      '1/9/24, 3:05 PM',
      '',
      ...header.slice(1),
      '      57  2  0  0   0   0 59',
      '      （六）其 政府信息公开申请',
      '     1 0 0 0 0 0 1',
    ];
    const lines = cleanSourceText([...page1, ...page2].join('\n'))
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    expect(lines.filter((l) => /^57 /u.test(l))).toHaveLength(1);
    expect(lines.slice(-3)).toEqual([
      '1.申请人无正当理由逾期不',
      '（六）其 政府信息公开申请',
      '1 0 0 0 0 0 1',
    ]);
  });

  it('keeps a page’s row of zeros after the header (a report of zeros may open the page with its own)', () => {
    const zeros = page1.map((l) => l.replace(/\b[1-9]\d*\b/gu, (d) => (/\/|art_/u.test(l) ? d : '0')));
    const page2 = ['\f', ...header, '      0  0  0  0   0   0 0', '      （七）总计'];
    const lines = cleanSourceText([...zeros, ...page2].join('\n'))
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    expect(lines.slice(-2)).toEqual(['0  0  0  0   0   0 0', '（七）总计']);
  });

  it('keeps lines that open a page and repeat earlier text when they are rows or sentences', () => {
    const text = [
      '（三）不予公开 3.其他 1 0 0 0 0 0 1',
      '（七）总计 5 0 0 0 0 0 5',
      '第 2 页 共 3 页',
      '（三）不予公开 3.其他 1 0 0 0 0 0 1',
      '（七）总计 5 0 0 0 0 0 5',
      '本机关将继续推进公开。',
      '做好政策解读。',
      '第 3 页 共 3 页',
      '本机关将继续推进公开。',
      '做好政策解读。',
    ].join('\n');
    expect(cleanSourceText(text).split('\n')).toHaveLength(8);
  });
});

describe('cleanSourceText: bare page numbers of a PDF’s pages (「3」 without dashes)', () => {
  // Pages as pdftotext writes them: each one ends with a form feed, its footer its last line.
  const pdftotext = (pages: string[][]) => pages.map((p) => `${p.join('\n')}\n\f`).join('');

  it('drops 「1」「2」「3」 closing pages 1–3, keeps a cell of the same value inside a page', () => {
    const text = pdftotext([
      ['一、总体情况', '行政许可', '2', '', '                 1'],
      ['本年处理决定数量', '550', '', '                 2'],
      ['3.其他', '3', '0', '', '                 3'],
    ]);
    expect(
      cleanSourceText(text)
        .split('\n')
        .filter((l) => l.trim() !== ''),
    ).toEqual(['一、总体情况', '行政许可', '2', '本年处理决定数量', '550', '3.其他', '3', '0']);
  });

  it('numbers after an unnumbered cover page, and a page’s number atop it (mutool) — not a cell at its foot', () => {
    const cover = ['某某区人民政府', '2024年政府信息公开工作年度报告'];
    const text = [cover, ['1', '行政许可', '9'], ['2', '2.没有现成信息需要另行制作', '3', '0', '2']]
      .map((p) => p.join('\n'))
      .join('\f\n');
    expect(
      cleanSourceText(text)
        .split('\n')
        .filter((l) => l.trim() !== ''),
    ).toEqual([...cover, '行政许可', '9', '2.没有现成信息需要另行制作', '3', '0', '2']);
  });

  it('keeps a bare number that ends one page only, or numbers out of sequence: they may be cells', () => {
    const one = pdftotext([
      ['行政许可', '1'],
      ['行政处罚', '7'],
    ]);
    expect(
      cleanSourceText(one)
        .split('\n')
        .filter((l) => l !== ''),
    ).toEqual(['行政许可', '1', '行政处罚', '7']);
    const outOfStep = pdftotext([
      ['行政许可', '5'],
      ['行政处罚', '9'],
      ['行政强制', '4'],
    ]);
    expect(cleanSourceText(outOfStep).match(/\d/g)).toEqual(['5', '9', '4']);
  });

  it('keeps every number of text without page breaks (a web page, a cell per line)', () => {
    const text = ['行政许可', '1', '行政处罚', '2', '行政强制', '3'].join('\n');
    expect(cleanSourceText(text)).toBe(text);
  });
});

describe('cleanSourceText: a table copied from a browser whose cells hold paragraphs', () => {
  it('puts each tab line back between its cells, a blank cell (&nbsp;) kept as a cell', () => {
    const copied = [
      '（二）部分公开',
      '',
      '\t',
      '',
      '3',
      '',
      '\t',
      '',
      '\u00a0',
      '',
      '\t',
      '',
      '3',
      '',
      '',
      '',
      '结果维持',
      '',
      '\t\u00a0\t',
      '',
      '2',
      '',
      '\t\u00a0',
      '',
      '五、存在的主要问题及改进情况',
    ].join('\n');
    expect(cleanSourceText(copied).split('\n')).toEqual([
      '（二）部分公开\t3\t \t3',
      '',
      '',
      '',
      '结果维持\t \t2\t ',
      '',
      '五、存在的主要问题及改进情况',
    ]);
  });

  it('reads a row with a page footer printed between a cell and its tab (「- 4 -」, 「第 4 页」)', () => {
    for (const footer of ['- 4 -', '第 4 页 共 9 页']) {
      const copied = [
        '（二）部分公开',
        '',
        footer,
        '\t',
        '',
        '3',
        '',
        '\t',
        '',
        '0',
        '',
        '',
        '',
        '（三）不予公开',
      ].join('\n');
      expect(cleanSourceText(copied).split('\n')[0]).toBe('（二）部分公开\t3\t0');
    }
  });

  it('reads the same copy after an editor doubled every line break (a cell’s tab between 3 blank lines)', () => {
    // cells between blank lines with the tab on a line of its own, rows three blank lines apart
    const row = (...cells: string[]) => cells.join('\n\n\t\n\n');
    const copied = `${row('（二）部分公开', '3', '0')}\n\n\n\n${row('（三）不予公开', '1')}`;
    const doubled = copied.replace(/\n/g, '\n\n');
    expect(
      cleanSourceText(doubled)
        .split('\n')
        .filter((l) => l !== ''),
    ).toEqual(['（二）部分公开\t3\t0', '（三）不予公开\t1']);
  });

  it('halves every line break of plain PDF text whose breaks were all doubled, blank lines included', () => {
    // part 二 as plain pdftotext prints it: a label block, then each row's numbers between blank lines
    const printed = [
      '二、主动公开政府信息情况',
      '行政许可',
      '行政处罚',
      '行政事业性收费',
      '',
      '本年处理决定数量',
      '12',
      '',
      '本年处理决定数量',
      '3',
      '',
      '本年收费金额（单位：万元）',
      '',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n');
    expect(cleanSourceText(printed.replace(/\n/g, '\n\n'))).toBe(printed);
    expect(cleanSourceText(`${printed}\f第二页`.replace(/\n/g, '\n\n'))).toBe(`${printed}\n第二页`);
  });

  it('leaves a text alone when some run of line breaks is odd, or every run is two long', () => {
    const oneBlank = ['行政许可', '12', '行政处罚', '3', '行政强制', '0', '行政事业性收费', '0', '结束'].join(
      '\n\n',
    );
    expect(cleanSourceText(oneBlank)).toBe(oneBlank);
    const mixed = `${oneBlank}\n\n\n\n备注\n第二行`;
    expect(cleanSourceText(mixed)).toBe(mixed);
  });

  it('takes off the spaces a copy padded every line with, so a blank cell (&nbsp;) stays the only line of spaces', () => {
    const copied = [
      '（二）部分公开',
      '',
      '\t',
      '',
      '3',
      '',
      '\t',
      '',
      '\u00a0',
      '',
      '\t',
      '',
      '2',
      '',
      '五、存在的主要问题',
    ].join('\n');
    const padded = copied.replace(/\n/g, '  \n');
    expect(cleanSourceText(padded)).toBe(cleanSourceText(copied));
    expect(cleanSourceText(copied).split('\n')[0]).toBe('（二）部分公开\t3\t \t2');
  });

  it('keeps trailing spaces that not every line carries', () => {
    const layout = [
      '行政许可      3  ',
      '行政处罚      1',
      '',
      '行政强制      0  ',
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
    ].join('\n');
    expect(cleanSourceText(layout)).toBe(layout);
  });

  it('leaves a Word table’s tab-indented cells alone', () => {
    const word = ['\t（二）部分公开', '\t3', '\t0', '', '\t1.属于国家秘密', '\t0'].join('\n');
    expect(cleanSourceText(word)).toBe(word);
  });
});

describe('unifyIdeographs: radicals a PDF’s fonts name for characters', () => {
  it('turns Kangxi radicals, simplified radicals and compatibility ideographs into the ideographs', () => {
    expect(unifyIdeographs('\u2F00、总体情况')).toBe('一、总体情况');
    expect(unifyIdeographs('某区\u2F08\u2EA0政府办公室')).toBe('某区人民政府办公室');
    expect(unifyIdeographs('\u2ED3沙\u2ED4户网站')).toBe('长沙门户网站');
    expect(unifyIdeographs('\uF900')).toBe('\u8C48');
  });
  it('leaves radicals that stand for no whole character, digits and punctuation as they are', () => {
    expect(unifyIdeographs('\u2E85\u2ECF１２，（一）')).toBe('\u2E85\u2ECF１２，（一）');
  });
});

describe('cleanSourceText: markdown a converter wrote around the report (nianbao issue 18)', () => {
  it('drops heading marks and the rule under a table’s first row, keeps the 「|」 cells', () => {
    const md = [
      '# 某县人民政府 2025 年 政府信息公开工作年度报告',
      '## 五、政府信息公开工作存在的主要问题及改进情况',
      '| 信息内容 | 本年制发件数 |',
      '|---|---|',
      '| 规章 | 0 |',
      '|----------|------|',
      '| :---: | --- |',
    ].join('\n');
    expect(cleanSourceText(md).split('\n')).toEqual([
      '某县人民政府 2025 年 政府信息公开工作年度报告',
      '五、政府信息公开工作存在的主要问题及改进情况',
      '| 信息内容 | 本年制发件数 |',
      '| 规章 | 0 |',
      '',
    ]);
  });

  it('drops a rule with spaces around its cells, keeps lines of spaces (pdfplumber’s layout text)', () => {
    expect(cleanSourceText('| 规章 | 0 |\n  | --- |  --- |  \n| 规章 | 0 |')).toBe(
      '| 规章 | 0 |\n| 规章 | 0 |',
    );
    // Quadratic in the spaces this took seconds (now linear; the bench's 3c times the corpus, the
    // test asserts only what comes out: no timing in tests).
    const padded = Array.from({ length: 400 }, (_, k) => (k % 2 ? ' '.repeat(3000) : `第${k}行`)).join('\n');
    expect(cleanSourceText(padded)).toBe(padded);
  });

  it('keeps a 「#」 or dashes that are report text', () => {
    expect(cleanSourceText('#5号楼\n共3件---其中')).toBe('#5号楼\n共3件---其中');
  });
});

describe('cleanSourceText: a page number glued to the next page’s first words (pypdf)', () => {
  it('drops 「-1-」 before the title and 「-6-」 before a paragraph’s words, keeping the words', () => {
    const out = cleanSourceText('-1-洪泽区人民政府\n2023年政府信息公开工作年度报告\n-6-地方。主要表现在：');
    expect(out).toBe('洪泽区人民政府\n2023年政府信息公开工作年度报告\n地方。主要表现在：');
  });

  it('keeps a dash and number before digits or Latin text (no page number glued there)', () => {
    expect(cleanSourceText('-1-2 区间')).toBe('-1-2 区间');
  });
});

describe('cleanSourceText: a Word style sheet a crawler printed as text', () => {
  const sheet =
    'Normal 0 10 pt 0 2 false false false EN-US ZH-CN X-NONE /* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格; mso-padding-alt:0cm 5.4pt 0cm 5.4pt; font-size:10.5pt; font-family:"Calibri","sans-serif";}';

  it('drops it, settings and all, wherever it stands', () => {
    const out = cleanSourceText(
      `相关链接： ${sheet} 根据《条例》编制本报告。 某县民政局 2023年1月5日 ${sheet} 附件下载`,
    );
    expect(out).not.toMatch(/MsoNormalTable|Style Definitions|X-NONE|pt/u);
    expect(out).toMatch(/根据《条例》编制本报告。 某县民政局 2023年1月5日\s+附件下载/u);
  });

  it('keeps a report sentence that only mentions a style (no style sheet)', () => {
    const text = '统一采用Normal模板排版，字号10.5pt。';
    expect(cleanSourceText(text)).toBe(text);
  });
});

describe('cleanSourceText: a character’s pinyin printed after it (a reading aid of some pages)', () => {
  it('drops lowercase pinyin with a tone mark right after an ideograph', () => {
    expect(cleanSourceText('六、其他需要報(bào)告的事項(xiàng)')).toBe('六、其他需要報告的事項');
    expect(cleanSourceText('本局暫無（wú）其他事項需要報告。')).toBe('本局暫無其他事項需要報告。');
  });

  it('keeps brackets that are no pinyin: Latin words, numbers, toneless letters, after no ideograph', () => {
    for (const kept of ['咨询电话(Tel)', '规章(3)', '编号(ab)', 'Hello (hǎo)', '网站(www)'])
      expect(cleanSourceText(kept)).toBe(kept);
  });
});
