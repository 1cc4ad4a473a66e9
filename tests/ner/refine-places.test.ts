import { annotate } from '../../src/nlp/wink.js';
import { GAZ, markGazetteers } from '../../src/ner/gazetteer.js';
import { tagSpans } from '../../src/ner/index.js';
import { recogniser, refineVocabulary } from '../../src/resources.js';
import { CLASSES } from '../../src/ner/tags.js';
import { places, refine } from './refine-builder.js';
import { admin1Names, withoutDiacritics } from '../../src/dev/ner/fold.js';
import { refineSpans as refineSpansForTest } from '../../src/ner/refine.js';

/** What the committed model, gazetteers and clean-up find in `text`. */
function tag(text: string): string[][] {
  const a = annotate(text);
  return tagSpans(a, recogniser()).map((s) => [
    text.slice(a.tokens[s.start]!.start, a.tokens[s.end - 1]!.end),
    CLASSES[s.cls]!,
  ]);
}

describe('the place lists as evidence, not an override', () => {
  test('a listed place after a locative preposition or a verb of arrival or impact is a place', () => {
    const towns = places('Zedton', 'Quarville');
    expect(refine('Heavy rain fell in Zedton overnight.', [['Zedton', 'Zedton', 'ORG']], towns)).toEqual([
      ['Zedton', 'LOC'],
    ]);
    expect(refine('A cyclone hit Zedton on Monday.', [['Zedton', 'Zedton', 'ORG']], towns)).toEqual([
      ['Zedton', 'LOC'],
    ]);
    expect(refine('The envoy visited Quarville twice.', [['Quarville', 'Quarville', 'ORG']], towns)).toEqual([
      ['Quarville', 'LOC'],
    ]);
  });

  test('a listed place coordinated with a place is a place, the whole list through', () => {
    const towns = places('Zedton', 'Quarville', 'Brimley');
    expect(
      refine(
        'Flights resumed to Brimley, Zedton and Quarville.',
        [
          ['Brimley', 'Brimley', 'LOC'],
          ['Zedton', 'Zedton', 'ORG'],
          ['Quarville', 'Quarville', 'ORG'],
        ],
        towns,
      ),
    ).toEqual([
      ['Brimley', 'LOC'],
      ['Zedton', 'LOC'],
      ['Quarville', 'LOC'],
    ]);
    // A bare comma is no list ("At the Oval, Surrey captain …"-like appositions).
    expect(
      refine(
        'At the Brimley, Zedton bowled first.',
        [
          ['Brimley', 'Brimley', 'LOC'],
          ['Zedton', 'Zedton', 'ORG'],
        ],
        towns,
      ),
    ).toEqual([
      ['Brimley', 'LOC'],
      ['Zedton', 'ORG'],
    ]);
  });

  test('what is written onto the name, a score after it, or an unlisted name keep the tagger’s class', () => {
    const towns = places('Zedton');
    expect(refine('He joined a Zedton-based bank.', [['Zedton', 'Zedton', 'ORG']], towns)).toEqual([['Zedton', 'ORG']]);
    expect(refine('Brimley lost at Zedton 3 to 1.', [['Zedton', 'Zedton', 'ORG']], towns)).toEqual([['Zedton', 'ORG']]);
    expect(refine('Shares rose in Skyco today.', [['Skyco', 'Skyco', 'ORG']], towns)).toEqual([['Skyco', 'ORG']]);
    // A listed group stays a group.
    towns.addName('Zedton', GAZ.group);
    expect(refine('Heavy rain fell in Zedton.', [['Zedton', 'Zedton', 'ORG']], towns)).toEqual([['Zedton', 'ORG']]);
  });

  test('a name the tagger read as a person becomes a place only after a strictly locative word', () => {
    const towns = places('Jordan');
    expect(refine('Talks were held in Jordan.', [['Jordan', 'Jordan', 'PER']], towns)).toEqual([['Jordan', 'LOC']]);
    expect(refine('She handed the ball to Jordan.', [['Jordan', 'Jordan', 'PER']], towns)).toEqual([['Jordan', 'PER']]);
  });

  test('the committed model with the lists: cities in plain locative use are places', () => {
    expect(tag('A storm hit Lisbon on Tuesday.')).toEqual([['Lisbon', 'LOC']]);
    expect(tag('The minister visited Lisbon and Izmir last week.')).toEqual([
      ['Lisbon', 'LOC'],
      ['Izmir', 'LOC'],
    ]);
  });
});

describe('names headed by geographic words, and laws', () => {
  test('a name headed or led by a word for a geographic feature or an area is a place', () => {
    expect(refine('Floods hit Zedmark Province again.', [['Zedmark', 'Province', 'ORG']])).toEqual([
      ['Zedmark Province', 'LOC'],
    ]);
    expect(refine('Ships crossed the Straits of Quarn at dawn.', [['Straits', 'Quarn', 'ORG']])).toEqual([
      ['Straits of Quarn', 'LOC'],
    ]);
    expect(refine('They camped by Lake Brimley.', [['Lake', 'Brimley', 'PER']])).toEqual([['Lake Brimley', 'LOC']]);
    expect(refine('A cafe on Rue Quarn closed.', [['Rue', 'Quarn', 'PER']])).toEqual([['Rue Quarn', 'LOC']]);
    // Session 21: a street named after a person, which the tagger spans without its street word, is the street.
    expect(refine('A bomb went off on Rue Brimley Quarn.', [['Brimley', 'Quarn', 'PER']])).toEqual([
      ['Rue Brimley Quarn', 'LOC'],
    ]);
    expect(refine('Crowds filled Avenue Zedric Quorley at noon.', [['Zedric', 'Quorley', 'PER']])).toEqual([
      ['Avenue Zedric Quorley', 'LOC'],
    ]);
    // Not a lower-case word before the name, nor a street word inside another name before it.
    expect(refine('They walked down the avenue Zedric Quorley liked.', [['Zedric', 'Quorley', 'PER']])).toEqual([
      ['Zedric Quorley', 'PER'],
    ]);
    // Arabic words for a monastery, a desert, a village open place names that the tagger reads as groups or
    // people for their "al-" (session 19); a kunya ("Abu") opens a person's name and is no place word.
    expect(refine('Fighters were killed in Badia al-Quarn on Monday.', [['Badia', 'Quarn', 'ORG']])).toEqual([
      ['Badia al-Quarn', 'LOC'],
    ]);
    expect(refine('Shells fell on Deir al-Zed overnight.', [['Deir', 'Zed', 'PER']])).toEqual([['Deir al-Zed', 'LOC']]);
    expect(refine('Kafr Brimley was shelled again.', [['Kafr', 'Brimley', 'ORG']])).toEqual([['Kafr Brimley', 'LOC']]);
    expect(refine('Abu Quarn al-Zedi was arrested.', [['Abu', 'Zedi', 'PER']])).toEqual([['Abu Quarn al-Zedi', 'PER']]);
    // A team named after its county, before its score, stays a group.
    expect(refine('Zedmark County 2 Brimley 1', [['Zedmark', 'County', 'ORG']])).toEqual([['Zedmark County', 'ORG']]);
  });

  test('a name headed by a word for a law or a document is none of our types', () => {
    expect(refine('The First Amendment protects speech.', [['First', 'Amendment', 'ORG']])).toEqual([
      ['First Amendment', 'MISC'],
    ]);
    expect(refine('Zedland signed the Quarn Accords.', [['Quarn', 'Accords', 'LOC']])).toEqual([
      ['Quarn Accords', 'MISC'],
    ]);
    expect(tag('The First Amendment protects speech.').filter(([, c]) => c !== 'MISC')).toEqual([]);
  });
});

describe("a town's name for its club in a match", () => {
  test('a listed town made a side in a match by a verb of winning or losing is a group', () => {
    const towns = places('Zedton', 'Quarville');
    expect(refine('Brimley United drew with Zedton at home.', [['Zedton', 'Zedton', 'PER']], towns)).toEqual([
      ['Zedton', 'ORG'],
    ]);
    expect(refine('They lost to Quarville 2-1 on Sunday.', [['Quarville', 'Quarville', 'LOC']], towns)).toEqual([
      ['Quarville', 'ORG'],
    ]);
    // Before the verb, with a score in the sentence.
    expect(
      refine(
        'Zedton drew 1-1 with Quarville.',
        [
          ['Zedton', 'Zedton', 'LOC'],
          ['Quarville', 'Quarville', 'LOC'],
        ],
        towns,
      ),
    ).toEqual([
      ['Zedton', 'ORG'],
      ['Quarville', 'ORG'],
    ]);
  });

  test('not a country (a national side is a place in CoNLL-2003), not without a match, not an unlisted name', () => {
    const towns = places('Zedton', 'Iceland');
    expect(refine('Zedton beat Iceland 2-1.', [['Iceland', 'Iceland', 'LOC']], towns)).toEqual([['Iceland', 'LOC']]);
    expect(refine('Zedton lost its appeal.', [['Zedton', 'Zedton', 'LOC']], towns)).toEqual([['Zedton', 'LOC']]);
    // No score: a bid or an election ("beat Zedton to host the Games"); a person named like a town may win.
    expect(refine('Brimley beat Zedton to host the Games.', [['Zedton', 'Zedton', 'LOC']], towns)).toEqual([
      ['Zedton', 'LOC'],
    ]);
    expect(refine('Brimley beat Zedton 6-3 6-4 in the final.', [['Zedton', 'Zedton', 'PER']], towns)).toEqual([
      ['Zedton', 'PER'],
    ]);
    expect(refine('They beat Brimley in the final.', [['Brimley', 'Brimley', 'PER']], towns)).toEqual([
      ['Brimley', 'PER'],
    ]);
  });
});

describe('gazetteer builder', () => {
  test('large cities are also listed without their diacritics', () => {
    expect(withoutDiacritics('İzmir')).toBe('Izmir');
    expect(withoutDiacritics('São Paulo')).toBe('Sao Paulo');
    expect(withoutDiacritics('Zürich')).toBe('Zurich');
  });
});

describe('person evidence, one sense per article', () => {
  /** Classes after clean-up when every occurrence of `word` in `text` is a span of class `cls`. */
  function everywhere(text: string, word: string, cls: string): string[] {
    const a = annotate(text);
    const spans = a.tokens
      .filter((t) => t.text === word)
      .map((t) => ({ start: t.i, end: t.i + 1, cls: CLASSES.indexOf(cls as (typeof CLASSES)[number]) }));
    return refineSpansForTest(a.tokens, spans, new Int32Array(a.tokens.length), refineVocabulary()).map(
      (s) => CLASSES[s.cls]!,
    );
  }

  test('a possessive before a kin noun, or a courtesy title, makes an unlisted name a person, everywhere in the article', () => {
    expect(
      everywhere(
        "Quorley waved from the porch. Quorley's father wants him home. Crowds cheered Quorley.",
        'Quorley',
        'ORG',
      ),
    ).toEqual(['PER', 'PER', 'PER']);
    expect(everywhere('The clinic of Dr. Brimwell closed. Brimwell left.', 'Brimwell', 'LOC')).toEqual(['PER', 'PER']);
    // Without the evidence the tagger's class stands.
    expect(everywhere('Quorley waved. Crowds cheered Quorley.', 'Quorley', 'ORG')).toEqual(['ORG', 'ORG']);
  });

  test('a capitalised public office before an unlisted name makes it a person, everywhere in the article', () => {
    expect(everywhere('Zedland President Quorley spoke first. Later Quorley left the hall.', 'Quorley', 'ORG')).toEqual(
      ['PER', 'PER'],
    );
    expect(everywhere('The Chancellor Brimwell budget passed.', 'Brimwell', 'LOC')).toEqual(['PER']);
    // A lower-case office word is a common noun, not a title: the tagger's class stands.
    expect(everywhere('The new president Quorley group met.', 'Quorley', 'ORG')).toEqual(['ORG']);
  });

  test('the kin noun may follow modifiers: adjectives, numbers, capitalised words, a hyphenated compound', () => {
    expect(everywhere("Quorley's paternal great-uncle spoke. Crowds cheered Quorley.", 'Quorley', 'ORG')).toEqual([
      'PER',
      'PER',
    ]);
    expect(everywhere("Brimwell's Zedton relatives and Brimwell's four grandparents met.", 'Brimwell', 'LOC')).toEqual([
      'PER',
      'PER',
    ]);
    expect(everywhere("Quorley's young stepmother waved.", 'Quorley', 'ORG')).toEqual(['PER']);
    // Any other word ends the search: a death toll, a board of directors are not kin.
    expect(everywhere("Quorley's rising death toll worried officials.", 'Quorley', 'LOC')).toEqual(['LOC']);
    expect(everywhere("Quorley's board and its sons division met.", 'Quorley', 'ORG')).toEqual(['ORG']);
  });

  test('not a listed place or group, not a verb "miss", not a team before its score', () => {
    const towns = places('Zedton');
    expect(refine("Zedton's sons and daughters came home.", [['Zedton', 'Zedton', 'LOC']], towns)).toEqual([
      ['Zedton', 'LOC'],
    ]);
    expect(refine('They will miss Brimley badly.', [['Brimley', 'Brimley', 'ORG']])).toEqual([['Brimley', 'ORG']]);
    expect(refine("Iraq's death toll rose.", [['Iraq', 'Iraq', 'LOC']])).toEqual([['Iraq', 'LOC']]);
  });
});

describe('area nouns before "of", and one sense per article for places', () => {
  /** Classes after clean-up when every occurrence of `word` in `text` is a span of class `cls`, with `names` listed as places. */
  function everywhere(text: string, word: string, cls: string, ...names: string[]): string[] {
    const a = annotate(text);
    const spans = a.tokens
      .filter((t) => t.text === word)
      .map((t) => ({ start: t.i, end: t.i + 1, cls: CLASSES.indexOf(cls as (typeof CLASSES)[number]) }));
    const gaz = new Int32Array(a.tokens.length);
    markGazetteers(a.tokens, a.sentences, [places(...names)], gaz);
    return refineSpansForTest(a.tokens, spans, gaz, refineVocabulary()).map((s) => CLASSES[s.cls]!);
  }

  test('a name after "the city of", "the province of" is a place, listed or not', () => {
    expect(refine('Police in the city of Quarville made arrests.', [['Quarville', 'Quarville', 'ORG']])).toEqual([
      ['Quarville', 'LOC'],
    ]);
    expect(refine('Rebels crossed into the province of Zedmark.', [['Zedmark', 'Zedmark', 'PER']])).toEqual([
      ['Zedmark', 'LOC'],
    ]);
  });

  test('a part or a direction before "of" makes only a listed place a place', () => {
    const towns = places('Zedton');
    expect(refine('Shops closed in the centre of Zedton.', [['Zedton', 'Zedton', 'ORG']], towns)).toEqual([
      ['Zedton', 'LOC'],
    ]);
    expect(refine('Fighting raged north of Zedton.', [['Zedton', 'Zedton', 'ORG']], towns)).toEqual([
      ['Zedton', 'LOC'],
    ]);
    // "the centre of Skyco's plans": an unlisted name keeps the tagger's class.
    expect(refine('It is the centre of Skyco plans.', [['Skyco', 'Skyco', 'ORG']], towns)).toEqual([['Skyco', 'ORG']]);
  });

  test('a listed place shown to be a place once is a place elsewhere in the article, not before a score', () => {
    expect(
      everywhere(
        'A blast hit the town of Zedton. Zedton will host the final. Zedton officials met.',
        'Zedton',
        'ORG',
        'Zedton',
      ),
    ).toEqual(['LOC', 'LOC', 'LOC']);
    expect(everywhere('Fans gathered in Zedton. Zedton 2 Brimley 1.', 'Zedton', 'ORG', 'Zedton')).toEqual([
      'LOC',
      'ORG',
    ]);
    // Without evidence anywhere the tagger's class stands.
    expect(everywhere('Zedton will host the final. Zedton won.', 'Zedton', 'ORG', 'Zedton')).toEqual(['ORG', 'ORG']);
    // Unlisted names are not carried over: the evidence is for the place lists' names only.
    expect(everywhere('Rain fell in Quarville. Quarville won.', 'Quarville', 'ORG')).toEqual(['ORG', 'ORG']);
  });
});

describe('first-level divisions and other evidence for a place', () => {
  test('a name before a lower-case designator ("province", "state") is a place, listed or not', () => {
    expect(refine('Floods hit Zedmark province again.', [['Zedmark', 'Zedmark', 'PER']])).toEqual([['Zedmark', 'LOC']]);
    expect(refine('Doctors in Quarn state warned.', [['Quarn', 'Quarn', 'ORG']])).toEqual([['Quarn', 'LOC']]);
  });

  test('a listed place before a possessive and what only places have is a place', () => {
    const towns = places('Zedton');
    expect(refine("Zedton's governor resigned.", [['Zedton', 'Zedton', 'PER']], towns)).toEqual([['Zedton', 'LOC']]);
    expect(refine("Skyco's governor resigned.", [['Skyco', 'Skyco', 'ORG']], towns)).toEqual([['Skyco', 'ORG']]);
    expect(refine("Zedton's coach resigned.", [['Zedton', 'Zedton', 'ORG']], towns)).toEqual([['Zedton', 'ORG']]);
  });

  test('a first-level division (data/gazetteers/admin1.txt) is evidence for a place like the place lists', () => {
    // Dagestan is in no tagger list, only in the first-level divisions.
    expect(refine('Rebels crossed into Dagestan at night.', [['Dagestan', 'Dagestan', 'ORG']])).toEqual([
      ['Dagestan', 'LOC'],
    ]);
    expect(refine('Rebels met Dagestan officials.', [['Dagestan', 'Dagestan', 'ORG']])).toEqual([['Dagestan', 'ORG']]);
  });

  test('a listed place shown to be a place is one where the tagger read a person too', () => {
    const a = annotate('Talks were held in Zedton. Zedton welcomed the envoys.');
    const spans = a.tokens
      .filter((t) => t.text === 'Zedton')
      .map((t) => ({ start: t.i, end: t.i + 1, cls: CLASSES.indexOf('PER') }));
    const gaz = new Int32Array(a.tokens.length);
    markGazetteers(a.tokens, a.sentences, [places('Zedton')], gaz);
    expect(refineSpansForTest(a.tokens, spans, gaz, refineVocabulary()).map((s) => CLASSES[s.cls])).toEqual([
      'LOC',
      'LOC',
    ]);
  });
});

describe('first-level divisions for the place evidence', () => {
  test('names with and without their designator, generic and saints’ names left out', () => {
    expect(admin1Names({ name: 'Zedmark Province', names: { en: 'Zedmark Province', geonames: 'Zedmark' } })).toEqual([
      'Zedmark Province',
      'Zedmark',
    ]);
    expect(admin1Names({ name: 'Quarn Oblast' })).toEqual(['Quarn Oblast', 'Quarn']);
    expect(admin1Names({ name: 'Republic of Zedistan' })).toEqual(['Republic of Zedistan', 'Zedistan']);
    expect(admin1Names({ name: 'Eastern Province' })).toEqual(['Eastern Province']);
    expect(admin1Names({ name: 'Saint Andrew Parish' })).toEqual([]);
    expect(admin1Names({ name: 'Forest', names: { en: 'Forest' } })).toEqual([]);
    expect(admin1Names({ name: 'Táchira', names: { geonames: 'Tachira' } })).toEqual(['Táchira', 'Tachira']);
  });
});

describe('events, abbreviations of events and products, units', () => {
  test('a multi-word name ending in a word for an event is an event (MISC), unless "of" makes it a body', () => {
    expect(refine('Crowds filled the Quarnford Developers Conference.', [['Quarnford', 'Conference', 'ORG']])).toEqual([
      ['Quarnford Developers Conference', 'MISC'],
    ]);
    expect(refine('Runners lined up for the Zedton Marathon.', [['Zedton', 'Marathon', 'LOC']])).toEqual([
      ['Zedton Marathon', 'MISC'],
    ]);
    expect(refine('The National Conference of Zedland Bishops wrote.', [['National', 'Bishops', 'ORG']])).toEqual([
      ['National Conference of Zedland Bishops', 'ORG'],
    ]);
  });

  test('an abbreviation in parentheses after an event or product name is MISC, there and later', () => {
    expect(
      refine('He spoke at the Quarnford Developers Conference (QDC) on Monday. QDC tickets sold out.', [
        ['Quarnford', 'Conference', 'ORG'],
        ['QDC', 'QDC', 'ORG'],
      ]),
    ).toEqual([
      ['Quarnford Developers Conference', 'MISC'],
      ['QDC', 'MISC'],
    ]);
    // An abbreviation whose first letter is not the name's is left alone.
    expect(
      refine('He spoke at the Quarnford Developers Conference (ZZT) on Monday.', [
        ['Quarnford', 'Conference', 'ORG'],
        ['ZZT', 'ZZT', 'ORG'],
      ]),
    ).toEqual([
      ['Quarnford Developers Conference', 'MISC'],
      ['ZZT', 'ORG'],
    ]);
  });

  test('a unit abbreviation written onto a number is no name', () => {
    expect(refine('The phone comes with 16GB of memory.', [['GB', 'GB', 'ORG']])).toEqual([]);
    expect(refine('The file is 1.5MB in size.', [['MB', 'MB', 'LOC']])).toEqual([]);
    // Spaced from the number, a capitalised word keeps the tagger's class.
    expect(refine('Flight 16 QZ left.', [['QZ', 'QZ', 'ORG']])).toEqual([['QZ', 'ORG']]);
  });
});
