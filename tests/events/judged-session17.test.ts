/**
 * Session 17 ("judged" helper): the phenomena of judged7's misses (Reuters wire, read for errors after its
 * held-out reading), one rule each. Every sentence is written for the rule it tests; none is taken from a data
 * set or a gold file.
 */
import { allEvents } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const run = (text: string): EventRecord[] => allEvents(text, '2023-05-12');

const at = (evs: readonly EventRecord[], word: string): EventRecord | undefined =>
  evs.find((e) => e.trigger.text === word || (e.mentions ?? []).some((m) => m.text === word));

describe('"take over" with nothing taken over is taking charge of a post, not an acquisition', () => {
  it.each([
    ['Colonel Ama Rusk took over on Monday as commander of the border force.', 'took over'],
    ['Since taking over as coach of the club, Verin has won six titles.', 'taking over'],
    ['Lina Oru takes over until a permanent successor is named.', 'takes over'],
    ['The deputy took over from the outgoing chief in March.', 'took over'],
  ])('%s', (text, word) => {
    expect(at(run(text), word)?.type).not.toBe('acquisition');
  });

  it.each([
    ['Halvor Corp took over its rival Demsen last year.', 'took over'],
    ['Demsen was taken over by Halvor Corp in March.', 'taken over'],
    ['Kelsa Bank will take over the assets of the failed lender.', 'take over'],
  ])('kept: %s', (text, word) => {
    expect(at(run(text), word)?.type).toBe('acquisition');
  });
});

describe('talks not held: set as a condition, or an intention denied', () => {
  it('a condition for resuming negotiations is hypothetical', () => {
    const e = at(
      run('The minister made the closure of the depots a condition for resuming peace negotiations with the rebels.'),
      'negotiations',
    );
    if (e) expect(e.status).toBe('hypothetical');
  });

  it('a precondition for talks is hypothetical', () => {
    const e = at(run('Velmar set a full ceasefire as a precondition for talks with Orm.'), 'talks');
    if (e) expect(e.status).toBe('hypothetical');
  });

  it('no desire to hold talks is negated', () => {
    const e = at(run('The premier has said he has no desire to hold talks with the rebel chief.'), 'talks');
    if (e) expect(e.status).toBe('negated');
  });

  it.each([
    ['The two sides resumed negotiations on Tuesday.', 'negotiations'],
    ['Envoys held talks on conditions for a truce on Monday.', 'talks'],
  ])('kept as held: %s', (text, word) => {
    expect(at(run(text), word)?.status).toBe('occurred');
  });
});
