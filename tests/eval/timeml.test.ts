import { parseTimeMl } from '../../src/dev/eval/timeml.js';

/** A hand-written miniature TimeML file (not dataset text). */
const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>mini_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TITLE>not part of the text</TITLE>
<TEXT>
Sales <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07" anchorTimeID="t0">yesterday</TIMEX3> &amp; for <TIMEX3 tid="t2" type="DURATION" value="P3Y" mod="MORE_THAN">more than three years</TIMEX3>.
</TEXT>
</TimeML>`;

describe('parseTimeMl', () => {
  const doc = parseTimeMl(TML, 'fallback');

  it('keeps the TEXT content without tags, with entities decoded', () => {
    expect(doc.text).toBe('\nSales fell yesterday & for more than three years.\n');
    expect(doc.docId).toBe('mini_1');
    expect(doc.dct).toBe('1998-01-08');
  });

  it('maps gold TIMEX3 spans onto that text', () => {
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value, t.mod])).toEqual([
      ['yesterday', 'DATE', '1998-01-07', undefined],
      ['more than three years', 'DURATION', 'P3Y', 'MORE_THAN'],
    ]);
  });

  it('rejects a file without TEXT', () => {
    expect(() => parseTimeMl('<TimeML><DOCID>x</DOCID></TimeML>')).toThrow(/no <TEXT>/);
  });
});
