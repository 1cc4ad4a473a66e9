/**
 * Session 23 (evspeed): parts of the events stage rewritten for cost, behaviour unchanged. Each test states what the
 * rewritten part must still answer; the dates and sentences are made up for these tests.
 */
import { buildArticleIndex } from '../../src/events/article-index.js';
import { afterPublication } from '../../src/events/dating.js';
import { eventInput } from './builders.js';

describe('afterPublication (character tests in place of two regular expressions)', () => {
  const published = '2026-03-18';

  it('compares a date at its own precision with as much of the publication date', () => {
    expect(afterPublication('2026-03-19', published)).toBe(true);
    expect(afterPublication('2026-03-18', published)).toBe(false);
    expect(afterPublication('2026-03-17', published)).toBe(false);
    // A month or a year that holds the publication day is not after it; a later one is.
    expect(afterPublication('2026-03', published)).toBe(false);
    expect(afterPublication('2026-04', published)).toBe(true);
    expect(afterPublication('2026', published)).toBe(false);
    expect(afterPublication('2027', published)).toBe(true);
    expect(afterPublication('2025-12-31', published)).toBe(false);
    // A season or a part of a day keeps the calendar part it opens with.
    expect(afterPublication('2026-SU', published)).toBe(false);
    expect(afterPublication('2026-03-19TEV', published)).toBe(true);
  });

  it('reads an ISO week by its Monday', () => {
    // 2026-W12 runs from Monday 16 March: the publication day (18 March) is inside it, so it is not after it.
    expect(afterPublication('2026-W12', published)).toBe(false);
    expect(afterPublication('2026-W13', published)).toBe(true);
    expect(afterPublication('2026-W11', published)).toBe(false);
    expect(afterPublication('2026-W13-WE', published)).toBe(true);
  });

  it('answers false for no date, a reference word or no publication date', () => {
    expect(afterPublication(null, published)).toBe(false);
    expect(afterPublication('', published)).toBe(false);
    expect(afterPublication('FUTURE_REF', published)).toBe(false);
    expect(afterPublication('PRESENT_REF', published)).toBe(false);
    expect(afterPublication('2027-03-01', null)).toBe(false);
    expect(afterPublication('2027-03-01', '')).toBe(false);
  });

  it('compares a publication date shorter than the date as its prefix, and a week by its year then', () => {
    expect(afterPublication('2026-03-19', '2026-03')).toBe(true);
    expect(afterPublication('2026-03', '2026-03')).toBe(false);
    // No publication day to find the week's Monday against: the week's year is compared.
    expect(afterPublication('2027-W02', '2026')).toBe(true);
    expect(afterPublication('2026-W30', '2026')).toBe(false);
  });
});

describe('buildArticleIndex (its tables in one buffer)', () => {
  it('keeps each table apart: writing one per-token or per-sentence table leaves the others as they were', () => {
    const text =
      'Delegates of the Northern Orchard Growers Union met on a rainy Tuesday.\n' +
      'The union said prices fell. Growers walked out when talks broke down.';
    const input = eventInput(text, { entities: [{ name: 'Northern Orchard Growers Union', type: 'group' }] });
    const ix = buildArticleIndex(text, input.tokens, input.sentences, input.lowerForms, input.entities, input.timexes);
    const n = input.tokens.length;
    const m = input.sentences.length;
    expect([ix.mentionAt, ix.clauseOf, ix.classes].map((a) => a.length)).toEqual([n, n, n]);
    expect([ix.sentenceClasses, ix.datelineEnd, ix.paragraphOf, ix.hasVerb, ix.titleCase].map((a) => a.length)).toEqual(
      [m, m, m, m, m],
    );
    // What the tables hold: the name's tokens carry its mention, the clauses count up, the second line is a new
    // paragraph, every sentence has a verb, none is a date line or a title-case line.
    expect(ix.mentionAt[3]).toBe(0);
    expect(ix.mentionAt[0]).toBe(-1);
    expect(ix.clauseOf[n - 1]!).toBeGreaterThan(ix.clauseOf[0]!);
    expect([...ix.paragraphOf]).toEqual([0, 1, 1]);
    expect([...ix.hasVerb]).toEqual([1, 1, 1]);
    expect([...ix.datelineEnd]).toEqual([-1, -1, -1]);
    expect([...ix.titleCase]).toEqual([0, 0, 0]);
    const before = {
      classes: [...ix.classes],
      clauseOf: [...ix.clauseOf],
      sentenceClasses: [...ix.sentenceClasses],
      datelineEnd: [...ix.datelineEnd],
      hasVerb: [...ix.hasVerb],
    };
    ix.mentionAt.fill(7);
    ix.paragraphOf.fill(9);
    ix.titleCase.fill(1);
    expect({
      classes: [...ix.classes],
      clauseOf: [...ix.clauseOf],
      sentenceClasses: [...ix.sentenceClasses],
      datelineEnd: [...ix.datelineEnd],
      hasVerb: [...ix.hasVerb],
    }).toEqual(before);
  });
});
