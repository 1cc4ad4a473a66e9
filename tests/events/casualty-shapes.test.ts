/**
 * Casualty phrasings found missing by the fresh4 casualty split (session 12, issue 14 item 3: Reuters wire copy
 * over two or three sentences, written wire-style tolls): each rule states a general phenomenon of news copy,
 * and every sentence here is written for its rule (none comes from a data set or from the gold files).
 */
import { events } from './builders.js';
import { parseQuantity } from '../../src/events/quantity.js';

/** The [value, precision] of every count of `kind` the events carry. */
function byKind(text: string, kind: 'killed' | 'injured', names: string[] = []): Array<[number, string]> {
  return events(text, { minConfidence: 0, entities: names.map((name) => ({ name, type: 'person' as const })) })
    .events.map((e) => e.casualties?.[kind])
    .filter((c) => c !== undefined)
    .map((c) => [c.value, c.precision]);
}

const values = (text: string, kind: 'killed' | 'injured'): number[] => [...new Set(byKind(text, kind).map(([v]) => v))];

describe('figures in odd words', () => {
  it('"N or so" is an approximation of N', () => {
    expect(parseQuantity('twenty or so houses'.split(' '), 0)).toMatchObject({ value: 20, precision: 'vague' });
    expect(values('About a dozen or so marchers were hurt when the stand gave way.', 'injured')).toEqual([12]);
  });

  it('"a million" is a figure, "over a million" a lower bound', () => {
    expect(parseQuantity('over a million people'.split(' '), 0)).toMatchObject({
      value: 1_000_000,
      precision: 'lower-bound',
    });
  });

  it('a number glued to a unit of time is an age, not a figure of people', () => {
    expect(values('Rescuers found the bodies of six-year-olds Ana and Mia near the river.', 'killed')).toEqual([]);
  });
});

describe('the phrase of the figure', () => {
  it('an "of" phrase after the head noun is no figure of its own: "Six members of a family drowned" is six', () => {
    expect(values('Six members of a family drowned when their canoe overturned on the river.', 'killed')).toEqual([6]);
  });

  it('"three employees of the bank were hurt" is three', () => {
    expect(values('Three employees of the bank were hurt in the robbery.', 'injured')).toEqual([3]);
  });

  it('animals are no people: "2,000 goats drowned" gives no toll, "no people were killed" is a zero', () => {
    const text = 'Floods swept through the valley and 2,000 goats drowned, but no people were killed, the mayor said.';
    expect(values(text, 'killed')).toEqual([0]);
  });

  it('"head of cattle" counts animals', () => {
    expect(values('Lightning struck the farm on Sunday and 30 head of cattle were killed.', 'killed')).toEqual([]);
  });

  it('a capitalised place before the noun is no animal ("a Buffalo Grove teacher")', () => {
    expect(values('A Buffalo Grove teacher was killed in the crash.', 'killed')).toEqual([1]);
  });

  it('a vague figure counts a coordinated group whole', () => {
    expect(values('Hundreds of students and teachers were injured when the stands collapsed.', 'injured')).toEqual([
      100,
    ]);
  });

  it('an age in commas before "who" is read over to the antecedent', () => {
    expect(values('Police found three boys, aged nine, who died in the fire.', 'killed')).toEqual([3]);
  });
});

describe('bodies, pronouns and manners of killing', () => {
  it('"the bodies of N people" states N dead whatever the verb', () => {
    expect(values('The guide led soldiers to the bodies of five hikers on the slope.', 'killed')).toEqual([5]);
  });

  it('a verb of a manner of killing the tagger misreads still counts its object ("shot two men to death")', () => {
    expect(values('Bandits shot two farmers to death on the road to the market.', 'killed')).toEqual([2]);
    expect(values('A bull trampled a tourist to death in the square.', 'killed')).toEqual([1]);
  });

  it('"them" after a second verb counts the first verb\'s object', () => {
    expect(values('Militants seized four guards at the depot and shot them to death.', 'killed')).toEqual([4]);
  });

  it('"shot her dead" is one dead ("her" is the object, not a possessive)', () => {
    expect(values('A man broke into the flat and shot her dead on Friday.', 'killed')).toEqual([1]);
  });

  it('"mourned her dead" makes no toll', () => {
    expect(values('The widow mourned her dead in silence.', 'killed')).toEqual([]);
  });

  it('the wounds someone died of are no injury toll of their own', () => {
    const text = 'Nine people were wounded when a grenade hit the bus. A passenger later died of his injuries.';
    expect(values(text, 'injured')).toEqual([9]);
    expect(values(text, 'killed')).toEqual([1]);
  });
});

describe('second tolls and stated zeros', () => {
  it('burns are injuries: "Eleven people suffered burns"', () => {
    expect(values('A boiler exploded at the laundry. Seven workers suffered burns.', 'injured')).toEqual([7]);
  });

  it('an absolute "with" clause states a second toll', () => {
    const text = 'Clashes in the hills claimed dozens of lives last week, with hundreds more wounded.';
    expect(values(text, 'injured')).toEqual([100]);
    expect(values(text, 'killed')).toEqual([12]);
  });

  it('"no reports of casualties" is a stated zero', () => {
    const text = 'A strong earthquake shook the coast on Monday, but there were no reports of casualties.';
    expect(values(text, 'killed')).toEqual([0]);
    expect(values(text, 'injured')).toEqual([0]);
  });

  it('"put the number of dead at N" is a conflicting report, not an update: the lowest figure stays', () => {
    const text =
      'A car bomb exploded near the stadium on Sunday. The police said 20 people were killed. ' +
      'Hospital officials put the number of dead at 26.';
    const killed = byKind(text, 'killed');
    expect(killed.map(([v]) => v)).toEqual([20]);
  });

  it('a total put before its noun is an update ("revised down to 31 the number of people killed")', () => {
    const text = 'Officials lowered to 17 the number of people killed in the mine blast. They had first reported 21.';
    expect(values(text, 'killed')).toEqual([17]);
    expect(values('Rescuers said the flood had raised to 40 the number of dead.', 'killed')).toEqual([40]);
  });

  it('people cared for "for wounds" are injured', () => {
    const text = 'A mortar shell exploded in the market at noon. Twenty-two people were being treated for wounds.';
    expect(values(text, 'injured')).toEqual([22]);
  });
});

describe('parts and objects', () => {
  it('a part coordinated with more people adds up ("one of the guards and a cook" is two)', () => {
    expect(values('Raiders killed one of the guards and a cook at the camp.', 'killed')).toEqual([2]);
  });

  it('"sent N to their deaths" counts the object', () => {
    expect(values('The smugglers sent dozens to their deaths in the desert.', 'killed')).toEqual([12]);
  });

  it("a negated result states a zero of its subject, not the subject's figure", () => {
    expect(values('A gas main exploded under the street on Monday. Two workers were not hurt.', 'injured')).toEqual([
      0,
    ]);
  });

  it('"not seriously hurt" negates the degree: the subject was hurt', () => {
    const text = 'A gas main exploded under the street on Monday. Two workers were not seriously hurt.';
    expect(values(text, 'injured')).toEqual([2]);
  });
});
