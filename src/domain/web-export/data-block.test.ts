import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findReportData, REPORT_DATA_ID, reportDataBlock } from './data-block';

describe('the report data block of the web page', () => {
  it('never lets a string close the script element, and reads back the same JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, text) => {
        const json = JSON.stringify({ value, text: `${text}</script><script>alert(1)</script><!--` });
        const block = reportDataBlock(json);
        const inner = block.slice(block.indexOf('>') + 1, block.lastIndexOf('</script>'));
        expect(inner).not.toMatch(/<|>|&|\u2028|\u2029/);
        expect(JSON.parse(findReportData(`<p>x</p>${block}<p>y</p>`) ?? 'null')).toEqual(JSON.parse(json));
      }),
    );
  });

  it('finds the block whatever the order and quoting of its attributes, and nothing else', () => {
    const json = '{"a":1}';
    expect(findReportData(`<SCRIPT id='${REPORT_DATA_ID}' TYPE=application/json >${json}</Script >`)).toBe(
      json,
    );
    expect(findReportData(`<script type="application/json" id="other">${json}</script>`)).toBeNull();
    expect(findReportData(`<script id="${REPORT_DATA_ID}">${json}</script>`)).toBeNull();
    expect(findReportData(`<script type="application/json" id="${REPORT_DATA_ID}">${json}`)).toBeNull();
    expect(findReportData('<p>no data</p>')).toBeNull();
  });
});
