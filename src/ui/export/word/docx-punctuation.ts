// GB/T 9704-2012 fills the type area exactly (「撑满版心」). Word, WPS and LibreOffice, set up for
// Chinese, let a full-width comma or full stop at a line end hang past the right margin unless the
// paragraph says otherwise (w:overflowPunct); the docx library can only write that switch on, never
// off, so it is written into the document defaults of the finished file here.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const STYLES = 'word/styles.xml';
const DEFAULTS = '<w:pPrDefault><w:pPr>';
// First in the paragraph defaults: no element that the schema orders before it is written there.
const NO_HANGING = '<w:overflowPunct w:val="0"/>';

export function withoutHangingPunctuation(docx: Uint8Array): Uint8Array<ArrayBuffer> {
  const files = unzipSync(docx);
  const styles = files[STYLES];
  const xml = styles ? strFromU8(styles) : '';
  if (!xml.includes(DEFAULTS)) throw new Error(`${STYLES} has no paragraph defaults to extend`);
  files[STYLES] = strToU8(xml.replace(DEFAULTS, DEFAULTS + NO_HANGING));
  return new Uint8Array(zipSync(files));
}
