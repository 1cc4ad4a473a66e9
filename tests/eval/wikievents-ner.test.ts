import { nameHeadIndex, nameStatus, parseWikiEventsNer } from '../../src/dev/eval/wikievents-ner.js';

const VOCAB = new Set(['police', 'army', 'the', 'said']);
const DEMONYMS = new Set(['russian', 'american']);

describe('WikiEvents named mentions: which gold mentions are names', () => {
  it.each([
    [['Vyacheslav', 'Gladkikh'], 'name'],
    [['Police'], 'nominal'], // sentence-initial common noun: "police" occurs in lower case
    [['Justice', 'Department'], 'name'], // two capitalised words
    [['US'], 'name'], // an acronym, not the pronoun "us"
    [['He'], 'pronoun'],
    [['I'], 'pronoun'],
    [['Russian'], 'demonym'],
    [['Americans'], 'demonym'],
    [['the', 'Caribbean', 'Sea'], 'name'],
    [['insurgents'], 'nominal'],
    [['130'], 'nominal'],
    [['Zedville'], 'name'],
  ])('%j is %s', (words, status) => {
    expect(nameStatus(words, VOCAB, DEMONYMS)).toBe(status);
  });

  it('heads a name at its last word, or before "of"/"de" unless it is a person', () => {
    expect(nameHeadIndex(['Ministry', 'of', 'Defence'])).toBe(0);
    expect(nameHeadIndex(['Universidad', 'de', 'Los', 'Andes'])).toBe(0);
    expect(nameHeadIndex(['Deir', 'ez', '-', 'Zor'])).toBe(3);
    expect(nameHeadIndex(['María', 'del', 'Carmen', 'Nadal'], true)).toBe(3);
    expect(nameHeadIndex(['Myles', 'Caggins', 'III'], true)).toBe(1);
  });

  it('rebuilds the text and keeps names (GPE/FAC as LOC) apart from the other mentions', () => {
    const tokens = ['Police', 'in', 'Zedville', 'said', 'Jo', 'Bloggs', 'fled', '.'];
    let pos = 0;
    const toks = tokens.map((t) => {
      const start = pos;
      pos += t.length + 1;
      return [t, start, start + t.length] as [string, number, number];
    });
    const line = JSON.stringify({
      doc_id: 'd1',
      tokens,
      sentences: [[toks, 'Police in Zedville said Jo Bloggs fled .']],
      entity_mentions: [
        { id: 'm1', start: 0, end: 1, entity_type: 'PER', mention_type: 'UNK' },
        { id: 'm2', start: 2, end: 3, entity_type: 'GPE', mention_type: 'UNK' },
        { id: 'm3', start: 4, end: 6, entity_type: 'PER', mention_type: 'UNK' },
        { id: 'm4', start: 6, end: 7, entity_type: 'WEA', mention_type: 'UNK' },
      ],
      event_mentions: [],
    });
    // "police" is lower case elsewhere in the file.
    const other = JSON.stringify({
      doc_id: 'd2',
      tokens: ['the', 'police'],
      sentences: [
        [
          [
            ['the', 0, 3],
            ['police', 4, 10],
          ],
          'the police',
        ],
      ],
      entity_mentions: [],
    });
    const [doc] = parseWikiEventsNer(`${line}\n${other}\n`, new Set());
    expect(doc!.text).toBe('Police in Zedville said Jo Bloggs fled .');
    expect(
      doc!.names.map((n) => [doc!.text.slice(n.start, n.end), n.type, doc!.text.slice(n.head.start, n.head.end)]),
    ).toEqual([
      ['Zedville', 'LOC', 'Zedville'],
      ['Jo Bloggs', 'PER', 'Bloggs'],
    ]);
    expect(doc!.others.map((o) => o.label)).toEqual(['nominal', 'WEA']);
  });
});
