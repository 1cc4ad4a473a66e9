/**
 * Casualty phrasings found missing by the fresh3 casualty split (session 11, issue 14 item 3: Reuters wire
 * copy and written wire-style sentences): each rule states a general phenomenon of news copy, and every
 * sentence here is written for its rule (none comes from a data set or from the gold files).
 */
import { events } from './builders.js';

/** The [value, precision] of every count of `kind` the events carry. */
function byKind(text: string, kind: 'killed' | 'injured', names: string[] = []): Array<[number, string]> {
  return events(text, { minConfidence: 0, entities: names.map((name) => ({ name, type: 'person' as const })) })
    .events.map((e) => e.casualties?.[kind])
    .filter((c) => c !== undefined)
    .map((c) => [c.value, c.precision]);
}

describe('a definite person who undergoes the death or injury is one', () => {
  it.each([
    ['the subject of "died"', 'The teacher died on the way to the clinic.', 'killed', 1],
    ['an adjective before the head', 'The elderly victim died two days later.', 'killed', 1],
    ['a passive', 'The guard was killed when the truck exploded.', 'killed', 1],
    ['a copula with an adverb', 'The driver was badly hurt in the crash.', 'injured', 1],
  ] as const)('%s', (_rule, text, kind, value) => {
    expect(byKind(text, kind).map(([v]) => v)).toEqual([value]);
  });

  it('not the agent of an active verb: "The gunman shot dead four people" is four', () => {
    expect(byKind('The gunman shot dead four people at the station.', 'killed').map(([v]) => v)).toEqual([4]);
  });

  it('not a group or an institution', () => {
    expect(byKind('The government was hurt by the vote.', 'injured')).toEqual([]);
  });
});

describe('stated zeros of one role', () => {
  it('"There were no injuries" after an accident is 0 injured and leaves the dead open', () => {
    const text = 'A goods train came off the rails near the port. There were no injuries, the operator said.';
    expect(byKind(text, 'injured')).toEqual([[0, 'exact']]);
    expect(byKind(text, 'killed')).toEqual([]);
  });

  it('"no deaths" is 0 dead', () => {
    expect(byKind('The blast shook the harbour but caused no deaths, officials said.', 'killed')).toEqual([
      [0, 'exact'],
    ]);
  });

  it('"without casualties" is 0 dead and 0 injured', () => {
    const text = 'Insurgents attacked the outpost at dawn. The garrison drove them off without casualties.';
    expect(byKind(text, 'killed')).toEqual([[0, 'exact']]);
    expect(byKind(text, 'injured')).toEqual([[0, 'exact']]);
  });
});

describe('asides between a figure and its verb', () => {
  it('an aside in dashes is read over', () => {
    expect(byKind('Some 2,000 people -- most of them farmers -- have died in the drought.', 'killed')).toEqual([
      [2000, 'vague'],
    ]);
  });

  it('an em-dash aside too', () => {
    expect(byKind('Nine miners — three of them brothers — were killed in the collapse.', 'killed')).toEqual([
      [9, 'exact'],
    ]);
  });

  it('ages in commas are no figure', () => {
    expect(byKind('A wall fell on the house, and her three sons, aged 4, 7 and 10, were hurt.', 'injured')).toEqual([
      [3, 'exact'],
    ]);
  });
});

describe('partitives and groups', () => {
  it('"N out of M" is N, not the group', () => {
    expect(byKind('Officials said 9 out of 60 passengers on the ferry drowned.', 'killed').map(([v]) => v)).toEqual([
      9,
    ]);
  });

  it('groups stated with bounds add up: the lowest figures, open above', () => {
    expect(byKind('At least 20 soldiers and more than 15 villagers were killed in the raid.', 'killed')).toEqual([
      [35, 'lower-bound'],
    ]);
  });

  it('an estimate and a bound add up as an estimate', () => {
    expect(
      byKind('An estimated 3,000 Somalis and over 40 foreigners have died in the fighting since 2020.', 'killed'),
    ).toEqual([[3040, 'vague']]);
  });

  it('a range is not added to the group before it', () => {
    expect(byKind('Between 12 and 18 people were killed in the clashes.', 'killed').map(([v]) => v)).toEqual([12]);
  });
});

describe('the number and the toll', () => {
  it('"raising the number of miners confirmed dead to N" is an updated total', () => {
    const text = 'Divers found six more bodies in the shaft, raising the number of workers confirmed dead to 27.';
    expect(byKind(text, 'killed')).toEqual([[27, 'exact']]);
  });

  it('"the toll of a blast": the article opens the event, not a figure of one', () => {
    const text = 'The police put the death toll of a gas blast in the old town at 14.';
    expect(byKind(text, 'killed').map(([v]) => v)).toEqual([14]);
  });
});

describe('people cared for are injured', () => {
  it('"were treated for …" after an attack', () => {
    const text = 'Nobody died in the arson attack, but at least six residents were treated for burns and shock.';
    expect(byKind(text, 'injured')).toEqual([[6, 'lower-bound']]);
  });

  it('"were hospitalised" beside deaths makes an injury count', () => {
    const text = 'Two villagers died and 15 were hospitalised after drinking from the well.';
    expect(byKind(text, 'killed').map(([v]) => v)).toEqual([2]);
    expect(byKind(text, 'injured').map(([v]) => v)).toEqual([15]);
  });

  it('"were admitted to hospital" after a blast', () => {
    const text = 'A boiler exploded at the school on Monday. Eleven pupils were admitted to hospital.';
    expect(byKind(text, 'injured').map(([v]) => v)).toEqual([11]);
  });

  it('no incident, no toll: "hospitalised with flu this winter" alone', () => {
    expect(byKind('About 800 people were hospitalised with flu this winter.', 'injured')).toEqual([]);
  });

  it('"treated fairly" is no care', () => {
    expect(byKind('After the bombing the suspects were treated fairly by the court.', 'injured')).toEqual([]);
  });
});

describe('parts and appositions', () => {
  it('a reduced passive inside "including" is a part of the toll, not another one', () => {
    const text = 'Forty people have died in the feud this year, including 12 herders ambushed on the road in May.';
    expect(byKind(text, 'killed').map(([v]) => v)).toEqual([40]);
  });

  it('a name in apposition before the verb is one', () => {
    expect(
      byKind("One of the island's best known painters, Marta Quell, died on Sunday.", 'killed', ['Marta Quell']).map(
        ([v]) => v,
      ),
    ).toEqual([1]);
  });
});

describe('one body, one killer, one object', () => {
  it.each([
    ['a body found', 'Fishermen found a body in the lagoon on Sunday.', [], 1],
    [
      'the body of a named person, over an apposition',
      'The body of Lena Ortiz, a teacher, was recovered from the lake.',
      ['Lena Ortiz'],
      1,
    ],
    ['a corpse adjective', 'The burned body of a man was pulled from the wreck.', [], 1],
  ] as Array<[string, string, string[], number]>)('%s', (_rule, text, names, value) => {
    expect(byKind(text, 'killed', names).map(([v]) => v)).toEqual([value]);
  });

  it.each([
    ['an institution', 'The governing body was found to have broken its own rules.'],
    ['a body of water', 'A body of water was found under the ice sheet.'],
  ])('no toll for %s', (_rule, text) => {
    expect(byKind(text, 'killed')).toEqual([]);
  });

  it('a killer shot dead after his victims is one more death', () => {
    const text = 'The attacker killed three shoppers before he was shot dead by a guard.';
    expect(byKind(text, 'killed').map(([v]) => v)).toEqual([4]);
  });

  it('an active verb\'s object stands before "to death"', () => {
    expect(byKind('Rioters beat two policemen to death in the square.', 'killed').map(([v]) => v)).toEqual([2]);
  });

  it('"A gunman shot dead N people": the figure after the adjective, not the agent\'s article', () => {
    expect(byKind('A sniper shot dead two soldiers at the border post.', 'killed').map(([v]) => v)).toEqual([2]);
  });
});

it('"sentenced N men to death" reports a sentence, not deaths', () => {
  expect(byKind('A court sentenced four men to death for the 2019 arson.', 'killed')).toEqual([]);
});

describe('groups are no one person', () => {
  it.each([
    ['a group after a possessive', "Most of the union's leadership is dead or in hiding."],
    ['a definite noun taken in part', 'Much of the old cabinet is now dead or in jail.'],
    ['a definite animate noun after "of"', 'Part of the crew was hurt, the captain said.'],
  ])('%s gives no figure', (_rule, text) => {
    expect(
      byKind(text, 'killed')
        .concat(byKind(text, 'injured'))
        .filter(([v]) => v > 0),
    ).toEqual([]);
  });
});

describe('a time expression after a predicative adjective does not take it for a modifier', () => {
  // "dead yesterday" is "found dead" + "yesterday", not an adjective before its noun ("dead leaves").
  const counted = (text: string, timex: string, value: string, kind: 'killed' | 'injured') =>
    events(text, {
      minConfidence: 0,
      published: '2025-03-04',
      timexes: [{ text: timex, value, precision: 'day' }],
    }).events.map((e) => [e.type, e.casualties?.[kind]?.value, e.date?.value]);

  it('"Two men were found dead yesterday" is a death of two, dated by "yesterday"', () => {
    expect(counted('Two men were found dead yesterday.', 'yesterday', '2025-03-03', 'killed')).toEqual([
      ['death', 2, '2025-03-03'],
    ]);
  });

  it('an adjective before a plain noun still modifies it ("dead leaves")', () => {
    expect(events('The gardeners swept up dead leaves on Monday.', { minConfidence: 0 }).events).toEqual([]);
  });
});
