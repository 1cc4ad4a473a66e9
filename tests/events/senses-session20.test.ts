/**
 * Session 20 ("senses" helper): wrong senses and wrong statuses of sports, political and market wire (judged9's
 * phenomena, read for errors). Every sentence is written for the rule it tests; none is taken from a data set or
 * a gold file.
 */
import { allEvents } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const run = (text: string): EventRecord[] => allEvents(text, '2023-05-12');
const types = (text: string): string[] => run(text).map((e) => e.type);
const at = (evs: readonly EventRecord[], word: string): EventRecord | undefined =>
  evs.find((e) => e.trigger.text === word || (e.mentions ?? []).some((m) => m.text === word));

describe('sports copy: shoot-outs, crashing out and new signings', () => {
  it.each([
    ['Rovers went through 5-4 in a penalty shoot out after a goalless draw.', 'attack'],
    ['Tarn lost the penalty shootout after extra time on Sunday.', 'attack'],
    ['The Olympic champion crashed out of the tournament in the second round.', 'accident'],
    ['Record signing Ole Brant scored twice on his home debut.', 'agreement'],
  ])('%s', (text, type) => {
    expect(types(text)).not.toContain(type);
  });

  it.each([
    ['Gunmen shot dead two guards in a shoot-out with police on Monday.', 'attack'],
    ['A bus crashed out of control on a mountain road on Monday, killing nine.', 'accident'],
    ['The two leaders attended the signing of the accord on Monday.', 'agreement'],
  ])('kept: %s', (text, type) => {
    expect(types(text)).toContain(type);
  });
});

describe('political copy: laws signed, words before nouns, censorship, people freed', () => {
  it.each([
    ['She praised the gun bill that parliament passed and the president signed in 2019.', 'agreement'],
    ['Kell has banned and seized 5,000 copies of a weekly newspaper over a cartoon.', 'sanction'],
    ['The rebels said they would attack the embassy unless the army released arrested students.', 'product-launch'],
  ])('%s', (text, type) => {
    expect(types(text)).not.toContain(type);
  });

  it.each([
    ['Kell and Orvia signed a trade accord on Monday.', 'agreement'],
    ['The United Nations banned arms sales to Orvia on Monday.', 'sanction'],
    ['Zentrix released its new phone on Tuesday.', 'product-launch'],
  ])('kept: %s', (text, type) => {
    expect(types(text)).toContain(type);
  });
});

describe('a saying verb before a noun qualifies it', () => {
  it('the last declared nuclear power', () => {
    const evs = allEvents('Norland was the last declared nuclear power to halt its tests.', '2023-05-12', {
      entities: [{ name: 'Norland', type: 'place' }],
    });
    expect(evs.map((e) => e.type)).not.toContain('statement');
  });
  it('kept: Norland declared the war over', () => {
    const evs = allEvents('Norland declared on Monday that the war was over.', '2023-05-12', {
      entities: [{ name: 'Norland', type: 'place' }],
    });
    expect(evs.map((e) => e.type)).toContain('statement');
  });
});

describe('market copy: bonds that sold off moved; they were not sold', () => {
  it('sold off on a lack of demand', () => {
    expect(types('Our bonds were bid early but sold off on a lack of demand.')).not.toContain('contract');
  });
  it('kept: a company sold off its hotels', () => {
    expect(types('Halvor sold off its hotels to a Dutch fund on Monday.')).not.toEqual([]);
  });
});

describe('events called off or only wished for are not typed as having happened', () => {
  it('elections cancelled are not held', () => {
    expect(
      at(run('Voters were angry after the cancellation of local elections on Tuesday.'), 'elections')?.status,
    ).toBe('negated');
  });
  it('a resignation proposed is wished for, not done', () => {
    const e = at(run('Half the officers polled suggested that the premier resign, a survey showed.'), 'resign');
    expect(e?.status).toBe('hypothetical');
  });
  it('kept: a resignation told as done', () => {
    const e = at(run('Officers said on Monday that the premier resigned on Sunday.'), 'resigned');
    expect(e?.status).not.toBe('hypothetical');
  });
});
