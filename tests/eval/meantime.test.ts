import { catText, parseCat } from '../../src/dev/eval/cat.js';
import { compatibleDates, meantimeGold } from '../../src/dev/eval/meantime-gold.js';
import { participantAgreement } from '../../src/dev/eval/meantime-eval.js';

/** Hand-written miniature CAT file: sentence 6 is outside the annotated range and must be ignored. */
function cat(dctOnDateLine = false): string {
  const words: Array<[number, string]> = [
    [0, 'Acme'],
    [0, 'hires'],
    [0, 'Jane'], // 1-3
    [1, 'May'],
    [1, '2'],
    [1, ','],
    [1, '2010'], // 4-7
    [2, 'Jane'],
    [2, 'Roe'],
    [2, 'joined'],
    [2, 'Acme'],
    [2, 'shares'],
    [2, 'on'],
    [2, 'Monday'],
    [2, '.'], // 8-15
    [3, 'She'],
    [3, 'left'],
    [3, '.'], // 16-18
    [4, 'x'],
    [5, 'y'], // 19-20
    [6, 'Paris'],
    [6, 'voted'], // 21-22
  ];
  const tokens = words
    .map(([s, w], i) => `<token number="${i}" sentence="${s}" t_id="${i + 1}">${w}</token>`)
    .join('\n');
  const a = (...ids: number[]): string => ids.map((i) => `<token_anchor t_id="${i}"/>`).join('');
  return `<Document doc_id="9" doc_name="9_mini" url="http://en.wikinews.org/wiki/Mini">
${tokens}
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM">${a(1)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM">${a(8, 9)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="PRE.NAM">${a(11)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type="PRO">${a(16)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="5" syntactic_type="NAM">${a(21)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="6" syntactic_type="NAM">${a(3)}</ENTITY_MENTION>
<EVENT_MENTION m_id="10" pos="VERB">${a(10)}</EVENT_MENTION>
<EVENT_MENTION m_id="11" pos="VERB">${a(17)}</EVENT_MENTION>
<EVENT_MENTION m_id="12" pos="VERB">${a(22)}</EVENT_MENTION>
${
  dctOnDateLine
    ? `<TIMEX3 m_id="20" functionInDocument="CREATION_TIME" type="DATE" value="2010-05-02">${a(4, 5, 6, 7)}</TIMEX3>`
    : `<TIMEX3 m_id="20" functionInDocument="CREATION_TIME" type="DATE" value="2010-05-02"></TIMEX3>
<TIMEX3 m_id="21" functionInDocument="NONE" type="DATE" value="2010-05-02">${a(4, 5, 6, 7)}</TIMEX3>`
}
<TIMEX3 m_id="22" functionInDocument="NONE" type="DATE" value="2010-04-26">${a(14)}</TIMEX3>
<ENTITY m_id="30" ent_type="ORG"/>
<ENTITY m_id="31" ent_type="PER"/>
<ENTITY m_id="32" ent_type="LOC"/>
</Markables>
<Relations>
<REFERS_TO r_id="40"><source m_id="1"/><source m_id="3"/><target m_id="30"/></REFERS_TO>
<REFERS_TO r_id="41"><source m_id="2"/><source m_id="4"/><source m_id="6"/><target m_id="31"/></REFERS_TO>
<REFERS_TO r_id="42"><source m_id="5"/><target m_id="32"/></REFERS_TO>
<HAS_PARTICIPANT r_id="50" sem_role="Arg0"><source m_id="11"/><target m_id="4"/></HAS_PARTICIPANT>
<TLINK r_id="60" reltype="IS_INCLUDED"><source m_id="10"/><target m_id="22"/></TLINK>
<TLINK r_id="61" reltype="IS_INCLUDED"><source m_id="10"/><target m_id="20"/></TLINK>
<TLINK r_id="62" reltype="BEFORE"><source m_id="11"/><target m_id="20"/></TLINK>
<TLINK r_id="63" reltype="INCLUDES"><source m_id="20"/><target m_id="12"/></TLINK>
</Relations>
</Document>`;
}

describe('meantimeGold', () => {
  const doc = parseCat(cat());
  const { text, tokenSpans } = catText(doc);
  const gold = meantimeGold(doc, tokenSpans);
  const str = (s: { start: number; end: number }): string => text.slice(s.start, s.end);

  it('keeps named mentions of sentences 0-5 typed through REFERS_TO, pre-modifiers apart', () => {
    expect(gold.names.map((n) => [str(n), n.type])).toEqual([
      ['Acme', 'ORG'],
      ['Jane', 'PER'],
      ['Jane Roe', 'PER'],
    ]);
    expect(gold.preModifierNames.map((n) => [str(n), n.type])).toEqual([['Acme', 'ORG']]);
  });

  it('keeps in-text TIMEX3 (not the DCT) and event mentions of sentences 0-5', () => {
    expect(gold.timexes.map((t) => [str(t), t.value])).toEqual([
      ['May 2, 2010', '2010-05-02'],
      ['Monday', '2010-04-26'],
    ]);
    expect(gold.events.map(str)).toEqual(['joined', 'left']);
  });

  it('keeps where a DCT anchored to the date line is written, so a prediction there is not scored', () => {
    expect(gold.dct).toEqual([]);
    const other = parseCat(cat(true));
    const spans = catText(other);
    const withDct = meantimeGold(other, spans.tokenSpans);
    expect(withDct.dct.map((d) => spans.text.slice(d.start, d.end))).toEqual(['May 2, 2010']);
    expect(withDct.timexes.map((t) => spans.text.slice(t.start, t.end))).toEqual(['Monday']);
  });

  it('expands participants to every mention of the instance', () => {
    const left = gold.events.find((e) => str(e) === 'left')!;
    expect(gold.participants.get(left.id)!.map(str).sort()).toEqual(['Jane', 'Jane Roe', 'She']);
  });

  it('types each participant by its instance', () => {
    const left = gold.events.find((e) => str(e) === 'left')!;
    expect(new Set(gold.participants.get(left.id)!.map((p) => p.type))).toEqual(new Set(['PER']));
  });

  it('anchors events by inclusion, preferring an in-text time over the DCT; BEFORE is no anchor', () => {
    const joined = gold.events.find((e) => str(e) === 'joined')!;
    const left = gold.events.find((e) => str(e) === 'left')!;
    expect(gold.anchors.get(joined.id)).toBe('2010-04-26');
    expect(gold.anchors.has(left.id)).toBe(false);
  });
});

describe('compatibleDates', () => {
  it.each([
    ['2010', '2010-06-07', true],
    ['2010-06-07', '2010-06', true],
    ['2010-06', '2010-06', true],
    ['2010-06', '2010-07', false],
    ['201', '2010', false],
    ['PRESENT_REF', 'PRESENT_REF', true],
    ['2010-06-07T10:35', '2010-06-07', true],
    ['2010-06-07', '2010-06-0', false],
  ])('%s ~ %s → %s', (a, b, ok) => {
    expect(compatibleDates(a, b)).toBe(ok);
  });
});

describe('meantimeGold heads', () => {
  const words: Array<[number, string]> = [
    [0, 'Skyco'],
    [0, 'boss'],
    [0, 'Jane'],
    [0, 'Roe'],
    [0, 'met'],
    [0, 'Acme'],
    [0, 'Inc.,'],
    [0, 'staff'],
  ];
  const tokens = words
    .map(([s, w], i) => `<token number="${i}" sentence="${s}" t_id="${i + 1}">${w}</token>`)
    .join('\n');
  const a = (...ids: number[]): string => ids.map((i) => `<token_anchor t_id="${i}"/>`).join('');
  const xml = `<Document doc_id="8" doc_name="8_heads" url="http://en.wikinews.org/wiki/Heads">
${tokens}
<Markables>
<ENTITY_MENTION m_id="1" head="" syntactic_type="NAM">${a(1, 2, 3, 4)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="2" head="Acme Inc.," syntactic_type="NAM">${a(6, 7)}</ENTITY_MENTION>
<ENTITY_MENTION m_id="3" head="Skyco" syntactic_type="NAM">${a(6, 7, 8)}</ENTITY_MENTION>
<ENTITY m_id="30" ent_type="PER"/>
<ENTITY m_id="31" ent_type="ORG"/>
</Markables>
<Relations>
<REFERS_TO r_id="40"><source m_id="1"/><target m_id="30"/></REFERS_TO>
<REFERS_TO r_id="41"><source m_id="2"/><source m_id="3"/><target m_id="31"/></REFERS_TO>
</Relations>
</Document>`;
  const doc = parseCat(xml);
  const { text, tokenSpans } = catText(doc);
  const gold = meantimeGold(doc, tokenSpans);
  const str = (s: { start: number; end: number }): string => text.slice(s.start, s.end);

  it('derives the head name by rule, or takes the annotated head when it names tokens of the mention', () => {
    expect(gold.names.map((n) => [str(n), str(n.head)])).toEqual([
      ['Skyco boss Jane Roe', 'Jane Roe'], // rule: last name before no post-modifier
      ['Acme Inc.,', 'Acme Inc.'], // annotated head; the comma glued to the CAT token is not part of the name
      ['Acme Inc., staff', 'Acme Inc.'], // annotated "Skyco" is not in the mention: the rule decides
    ]);
  });

  it('counts how often the rule agrees with an annotated head', () => {
    expect(gold.headCheck).toEqual({ annotated: 1, ruleAgrees: 1 });
  });
});

describe('participantAgreement', () => {
  // "Orvia said the first jets will be delivered": Orvia (ORG) at 0-5, "the first jets" (PRO) at 11-25.
  const org = { start: 0, end: 5, type: 'ORG' };
  const product = { start: 11, end: 25, type: 'PRO' };
  const jetsWords = { start: 11, end: 25 };
  const orviaMention = { start: 0, end: 5 };

  it('reads a product participant in our arguments’ words, as MEANTIME counts products as participants', () => {
    expect(participantAgreement([product], [], [jetsWords])).toEqual({
      participants: true,
      entities: false,
      arguments: true,
    });
  });

  it('reads a person, organisation or place participant in our entities only', () => {
    // The words "Orvia" as an argument without an entity: our record failed to name it.
    expect(participantAgreement([org], [], [orviaMention])).toEqual({
      participants: false,
      entities: false,
      arguments: true,
    });
    expect(participantAgreement([org, product], [orviaMention], [])).toEqual({
      participants: true,
      entities: true,
      arguments: true,
    });
  });

  it('finds nothing where nothing overlaps', () => {
    expect(participantAgreement([product], [orviaMention], [{ start: 30, end: 40 }])).toEqual({
      participants: false,
      entities: false,
      arguments: false,
    });
  });
});
