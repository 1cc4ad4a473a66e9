import { catCreationTime, catText, markableSpan, parseCat } from '../../src/dev/eval/cat.js';
import { formatDateLine, slugify, wikinewsArticle } from '../../src/dev/eval/wikinews.js';

/** A hand-written miniature CAT file (not dataset text). */
const CAT = `<?xml version="1.0" ?><Document doc_id="1" doc_name="1_Acme_buys_Foo" lang="en" url="http://en.wikinews.org/wiki/Acme_buys_Foo">
<token number="0" sentence="0" t_id="1">Acme</token>
<token number="1" sentence="0" t_id="2">buys</token>
<token number="2" sentence="0" t_id="3">Foo</token>
<token number="3" sentence="1" t_id="4">March</token>
<token number="4" sentence="1" t_id="5">4</token>
<token number="5" sentence="1" t_id="6">,</token>
<token number="6" sentence="1" t_id="7">2008</token>
<token number="7" sentence="2" t_id="8">Jane</token>
<token number="8" sentence="2" t_id="9">Roe</token>
<token number="9" sentence="2" t_id="10">said</token>
<token number="10" sentence="2" t_id="11">AT&amp;T</token>
<token number="11" sentence="2" t_id="12">left</token>
<token number="12" sentence="2" t_id="13">.</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="8"/><token_anchor t_id="9"/></ENTITY_MENTION>
<EVENT_MENTION m_id="2" pos="VERB"><token_anchor t_id="10"/></EVENT_MENTION>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="3" type="DATE" value="2008-03-04"></TIMEX3>
<ENTITY ent_type="PER" m_id="4" TAG_DESCRIPTOR="Jane Roe"/>
</Markables>
<Relations>
<REFERS_TO r_id="5"><source m_id="1"/><target m_id="4"/></REFERS_TO>
<HAS_PARTICIPANT r_id="6" sem_role="Arg0"><source m_id="2"/><target m_id="1"/></HAS_PARTICIPANT>
</Relations>
</Document>`;

describe('parseCat', () => {
  const doc = parseCat(CAT);

  it('reads tokens, markables with anchors, instances and relations', () => {
    expect(doc.tokens).toHaveLength(13);
    expect(doc.tokens[10]).toEqual({ id: '11', sentence: 2, text: 'AT&T' });
    expect(doc.markables.get('1')!.tokens).toEqual(['8', '9']);
    expect(doc.markables.get('4')!.attrs['ent_type']).toBe('PER');
    expect(doc.markables.get('4')!.tokens).toEqual([]);
    expect(doc.relations.map((r) => [r.tag, r.sources, r.targets])).toEqual([
      ['REFERS_TO', ['1'], ['4']],
      ['HAS_PARTICIPANT', ['2'], ['1']],
    ]);
    expect(catCreationTime(doc)).toBe('2008-03-04');
  });

  it('rebuilds one line per sentence with exact token spans', () => {
    const { text, tokenSpans, sentenceSpans } = catText(doc);
    expect(text).toBe('Acme buys Foo\nMarch 4, 2008\nJane Roe said AT&T left.');
    const span = markableSpan(doc.markables.get('1')!, tokenSpans)!;
    expect(text.slice(span.start, span.end)).toBe('Jane Roe');
    expect(text.slice(sentenceSpans[1]!.start, sentenceSpans[1]!.end)).toBe('March 4, 2008');
    expect(markableSpan(doc.markables.get('3')!, tokenSpans)).toBeNull();
  });

  it('builds a Wikinews article with a date line, title and body', () => {
    const a = wikinewsArticle(doc);
    expect(a.text).toBe('Tuesday, March 4, 2008\n\nAcme buys Foo\n\nJane Roe said AT&T left.\n');
    expect(a.url).toBe('https://en.wikinews.org/wiki/Acme_buys_Foo');
    expect(a.slug).toBe('acme-buys-foo');
  });
});

describe('wikinews helpers', () => {
  it('formats date lines with the weekday', () => {
    expect(formatDateLine('2010-06-08')).toBe('Tuesday, June 8, 2010');
    expect(formatDateLine('2011-10-06')).toBe('Thursday, October 6, 2011');
    expect(() => formatDateLine('June 8')).toThrow(/YYYY-MM-DD/);
  });

  it('cuts long slugs at a word end', () => {
    const slug = slugify('Airbus offers funding to search for black boxes from Air France disaster');
    expect(slug).toBe('airbus-offers-funding-to-search-for-black-boxes-from-air');
    expect(slug.length).toBeLessThanOrEqual(60);
  });
});
