import { acronymOf, definesAbbreviation, groupMentions, isShorterForm } from '../../src/ner/aliases.js';
import { entityId } from '../../src/ids.js';
import type { EntityType, Mention } from '../../src/types.js';

/** Mentions at increasing offsets, in the order given. */
function mentions(...items: Array<[string, EntityType]>): Mention[] {
  let at = 0;
  return items.map(([text, type]) => {
    const m = { start: at, end: at + text.length, text, sentence: 0, type };
    at += text.length + 10;
    return m;
  });
}

describe('alias grouping', () => {
  test('full name, variant and surname are one person named by the fullest form', () => {
    const [e, ...rest] = groupMentions(
      mentions(['Tracy Ann Jacobson', 'person'], ['Anne Jacobson', 'person'], ['Jacobson', 'person']),
    );
    expect(rest).toHaveLength(0);
    expect(e!.name).toBe('Tracy Ann Jacobson');
    expect(e!.aliases).toEqual(['Anne Jacobson', 'Jacobson']);
    expect(e!.id).toBe(entityId('person', 'Tracy Ann Jacobson'));
    expect(e!.mentions).toHaveLength(3);
  });

  test('the canonical name is the fullest form wherever it comes, the first in text order among equals', () => {
    // The fuller form comes last; two forms of one fullness (same words, same length) tie.
    const [e, ...rest] = groupMentions(
      mentions(['Okafor', 'person'], ['Chidi Okafor', 'person'], ['CHIDI OKAFOR', 'person'], ['Okafor', 'person']),
    );
    expect(rest).toHaveLength(0);
    expect(e!.name).toBe('Chidi Okafor');
    expect(e!.aliases).toEqual(['CHIDI OKAFOR', 'Okafor']);
    expect(e!.mentions.map((m) => m.start)).toEqual([0, 16, 38, 60]);
  });

  test('a surname typed as a group by its own sentence ("shares of Quorley") does not join the person', () => {
    const ms = mentions(['Vel Quorley', 'person'], ['Quorley', 'group'], ['Quorley', 'group']);
    // Without the evidence both join the person; with it for the second mention, that one stays a group.
    expect(groupMentions(ms)).toHaveLength(1);
    const out = groupMentions(ms, undefined, new Set([ms[2]!.start]));
    expect(out.map((e) => [e.type, e.mentions.length])).toEqual([
      ['person', 2],
      ['group', 1],
    ]);
  });

  test('a surname typed as a place joins the person it names', () => {
    const out = groupMentions(mentions(['Maria Lopez', 'person'], ['Lopez', 'place']));
    expect(out).toHaveLength(1);
    expect(out[0]!.type).toBe('person');
    expect(out[0]!.mentions.map((m) => m.type)).toEqual(['person', 'person']);
  });

  test('a word used as a place or group before a person of that surname is named stays what it was', () => {
    // "SPRINGVALE, Ore. — Zedco opened a plant. … Mayor Anna Springvale cut the ribbon. … in Springvale":
    // the dateline's town came first, so the later bare word is the town too, not the mayor.
    const at = (text: string, start: number, sentence: number, type: EntityType): Mention => ({
      start,
      end: start + text.length,
      text,
      sentence,
      type,
    });
    const out = groupMentions([
      at('SPRINGVALE', 20, 1, 'place'),
      at('Anna Springvale', 80, 2, 'person'),
      at('Springvale', 140, 3, 'place'),
    ]);
    expect(out.map((e) => [e.type, e.mentions.length])).toEqual([
      ['place', 2],
      ['person', 1],
    ]);
    // The headline may use a surname before the body names the person: "QUORLEY WINS" … "Anna Quorley".
    const headline = groupMentions([at('QUORLEY', 0, 0, 'group'), at('Anna Quorley', 40, 1, 'person')]);
    expect(headline.map((e) => [e.type, e.mentions.length])).toEqual([['person', 2]]);
    // Named in full first, the surname is the person as before.
    const later = groupMentions([at('Anna Quorley', 10, 1, 'person'), at('Quorley', 60, 2, 'place')]);
    expect(later.map((e) => e.type)).toEqual(['person']);
  });

  test('different people who share only a given name stay apart', () => {
    expect(groupMentions(mentions(['John Smith', 'person'], ['John Brown', 'person']))).toHaveLength(2);
  });

  test('a shorter group name after the full one is the same group, whichever committee it fits', () => {
    const out = groupMentions(
      mentions(
        ['Iraqi Resistance Coordination Committee', 'group'],
        ['Iraqi-American Military Committee', 'group'],
        ['Coordination Committee', 'group'],
      ),
    );
    expect(out.map((e) => [e.name, e.aliases])).toEqual([
      ['Iraqi Resistance Coordination Committee', ['Coordination Committee']],
      ['Iraqi-American Military Committee', []],
    ]);
  });

  test('acronyms join their expansions in either order', () => {
    expect(acronymOf('Islamic State of Iraq and Syria')).toBe('isis');
    const out = groupMentions(
      mentions(
        ['ISIS', 'group'],
        ['Islamic State of Iraq and Syria', 'group'],
        ['US', 'place'],
        ['United States', 'place'],
      ),
    );
    expect(out.map((e) => [e.name, e.aliases])).toEqual([
      ['Islamic State of Iraq and Syria', ['ISIS']],
      ['United States', ['US']],
    ]);
  });

  test('an abbreviation defined in parentheses after a name joins it, later uses too', () => {
    const text =
      'The superjumbo was delivered to Singapore Airlines (SIA) today. SIA will fly it; KLM (Royal Dutch Airlines) waits.';
    const at = (t: string, type: EntityType, from = 0): Mention => {
      const start = text.indexOf(t, from);
      return { start, end: start + t.length, text: t, sentence: 0, type };
    };
    const input = [
      at('Singapore Airlines', 'group'),
      at('SIA', 'group'),
      at('SIA', 'group', 60),
      at('KLM', 'group'),
      at('Royal Dutch Airlines', 'group'),
    ];
    const out = groupMentions(input, text);
    expect(out.map((e) => [e.name, e.aliases, e.mentions.length])).toEqual([
      ['Singapore Airlines', ['SIA'], 3],
      ['KLM', [], 1],
      ['Royal Dutch Airlines', [], 1],
    ]);
    // Without the text (no parentheses to see) "SIA" is not the initials of "Singapore Airlines".
    expect(groupMentions(input).map((e) => e.name)).toContain('SIA');
  });

  test('the abbreviation test reads the letters in order from the first letter, inside parentheses only', () => {
    const text = 'Government Accountability Office (GAO) and United States Air Force (USAF), Boeing (GAO)';
    const m = (t: string, from = 0): Mention => {
      const start = text.indexOf(t, from);
      return { start, end: start + t.length, text: t, sentence: 0, type: 'group' };
    };
    expect(definesAbbreviation(text, m('Government Accountability Office'), m('GAO'))).toBe(true);
    expect(definesAbbreviation(text, m('United States Air Force'), m('USAF'))).toBe(true);
    expect(definesAbbreviation(text, m('Boeing'), m('GAO', 80))).toBe(false);
    expect(definesAbbreviation(text, m('Government Accountability Office'), m('USAF'))).toBe(false);
  });

  test('names with Arabic particles compare on their content words', () => {
    expect(isShorterForm('al-Saadi', 'Abu Baqir al-Saadi', 'person')).toBe(true);
    expect(isShorterForm('Saadi', 'Abu Baqir al-Saadi', 'person')).toBe(true);
    expect(isShorterForm('Baqir', 'Abu Baqir al-Saadi', 'person')).toBe(false);
  });

  test('output is ordered by first mention and stable', () => {
    const input = mentions(['Baghdad', 'place'], ['Iran', 'place'], ['Baghdad', 'place']);
    const a = groupMentions(input);
    expect(a.map((e) => e.name)).toEqual(['Baghdad', 'Iran']);
    expect(groupMentions([...input].reverse())).toEqual(a);
  });

  test('an ambiguous short form joins the nearest earlier name it fits, among every type and order of names', () => {
    // Mentions 0..5 at offsets 0, 20, 40, …: two Smiths, an unrelated person, a place and a group sharing a word.
    const out = groupMentions(
      mentions(
        ['John Smith', 'person'],
        ['Smith Island', 'place'],
        ['Mary Smith', 'person'],
        ['Smith', 'person'],
        ['Smith Barney Group', 'group'],
        ['Smith', 'person'],
      ),
    );
    expect(out.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['John Smith', ['John Smith']],
      ['Smith Island', ['Smith Island']],
      ['Mary Smith', ['Mary Smith', 'Smith', 'Smith']],
      ['Smith Barney Group', ['Smith Barney Group']],
    ]);
  });

  test('an abbreviation joins the name right before its parentheses, not an earlier one with the same letters', () => {
    const text = 'Iraqi National Congress (INC) met; later Iraqi National Council (INC) met.';
    const at = (t: string, from = 0): Mention => {
      const start = text.indexOf(t, from);
      return { start, end: start + t.length, text: t, sentence: 0, type: 'group' };
    };
    const out = groupMentions(
      [at('Iraqi National Congress'), at('INC'), at('Iraqi National Council'), at('INC', 40)],
      text,
    );
    expect(out.map((e) => [e.name, e.mentions.map((m) => m.start)])).toEqual([
      ['Iraqi National Congress', [0, text.indexOf('(INC)') + 1]],
      ['Iraqi National Council', [text.indexOf('Iraqi National Council'), text.lastIndexOf('(INC)') + 1]],
    ]);
  });

  test('an abbreviation used before its definition (in a headline) joins the defined name too', () => {
    const text = 'ENAP to sell bonds\nEmpresa Nacional del Petroleo (ENAP) said on Monday ENAP would sell them.';
    const at = (t: string, from = 0): Mention => {
      const start = text.indexOf(t, from);
      return { start, end: start + t.length, text: t, sentence: 0, type: 'group' };
    };
    const out = groupMentions([at('ENAP'), at('Empresa Nacional del Petroleo'), at('ENAP', 20), at('ENAP', 60)], text);
    expect(out.map((e) => [e.name, e.mentions.length])).toEqual([['Empresa Nacional del Petroleo', 4]]);
  });
});
