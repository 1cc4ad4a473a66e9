/**
 * Session 20 ("senses" helper): the statement convention of docs/events.md ("Which statements are rows"). A
 * statement that only carries an act the article outputs as its own event, or a news medium's report, is no row
 * of its own (`salience: comment`); a statement that is the act (a stance, a refusal, a headline) stays news.
 * Every sentence is written for the rule it tests; none is taken from a data set or a gold file.
 */
import { allEvents, type EntitySpec } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Kell police', type: 'group' },
  { name: 'Orvia', type: 'place' },
  { name: 'Interfax', type: 'group' },
  { name: 'Halvor Corp', type: 'group' },
  { name: 'Ana Brel', type: 'person' },
  { name: 'International Energy Agency', type: 'group' },
];

/** Every event of `text`, with the entities it names. */
const run = (text: string): EventRecord[] =>
  allEvents(text, '2023-05-12', { entities: ENTITIES.filter((e) => text.includes(e.name)) });

const statementOf = (text: string): EventRecord | undefined => run(text).find((e) => e.type === 'statement');

describe('a statement that carries an act output as its own event is that row’s source', () => {
  it.each([
    'Kell police said on Tuesday they had arrested two men suspected of robbing a jeweller.',
    'Two men were arrested at a hotel on Monday, Kell police said on Tuesday.',
    'Kell police said in a statement they had launched an investigation into the fire.',
    'Halvor Corp said on Monday it had bought the Demsen brewery for $40 million.',
  ])('%s', (text) => {
    const evs = run(text);
    expect(evs.find((e) => e.type === 'statement')?.salience).toBe('comment');
    // The act itself stays the row.
    expect(evs.some((e) => e.type !== 'statement' && e.salience === 'news')).toBe(true);
  });

  it.each([
    // A stance toward the act is the statement's own news.
    'Orvia said on Tuesday it condemned the bombing of its embassy.',
    // An act refused is the statement's news.
    'Orvia said on Tuesday that it would not negotiate with the rebels.',
    // A clause of its own after "but": the speaker's own words, not an attribution of the clause before.
    'Ana Brel met the rebels on Monday, but she told reporters she had no message for the army.',
    // The statement's circumstance, not its content.
    'Ana Brel said at a ceremony on Monday that peace was near.',
  ])('kept as news: %s', (text) => {
    const st = statementOf(text);
    expect(st).toBeDefined();
    expect(st?.salience).toBe('news');
  });
});

describe('a news medium named as the speaker reports news; it makes no statement of its own', () => {
  it.each([
    'The minister began a holiday on Monday but remains in charge, Interfax news agency said.',
    'The daily Interfax said the ministry had been slow to answer the letters.',
  ])('%s', (text) => {
    expect(statementOf(text)?.salience).toBe('comment');
  });

  it.each([
    // The medium is the listener or the place of the words, not the speaker.
    'Ana Brel told state radio on Monday that the army would stay in the north.',
    'Ana Brel said in a radio interview on Monday that the army would stay in the north.',
    // An agency of a government or of treaty states is an actor.
    'The International Energy Agency said on Monday that stocks would last the winter.',
  ])('kept as news: %s', (text) => {
    expect(statementOf(text)?.salience).toBe('news');
  });
});

describe('the use of force ordered is a command, not a purchase', () => {
  it('ordered the use of force', () => {
    expect(run('Ships stood by in case the president ordered the use of force.').map((e) => e.type)).not.toContain(
      'contract',
    );
  });
  it('kept: goods ordered', () => {
    expect(run('Orvia ordered 30 jets from Halvor Corp on Monday.').map((e) => e.type)).toContain('contract');
  });
});
