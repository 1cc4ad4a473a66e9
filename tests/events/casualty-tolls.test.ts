/**
 * Casualty counts stated without a death or injury word (issue 14 item 3), and the coordination and
 * number-word forms a toll takes: "claimed N lives", "lost N men", "N bodies were recovered", "bringing
 * the toll to N", "no casualties", "suffered injuries", "his mother and N others", "Twenty-five". Every
 * sentence is written for its rule; none comes from a data set. Then a seeded property test over odd
 * shapes: no count exceeds what the words state, and nothing crashes.
 */
import fc from 'fast-check';
import { events } from './builders.js';
import { largestStated, VAGUE_WORDS } from '../../src/events/quantity.js';
import type { EventRecord } from '../../src/types.js';

function counts(text: string): Array<{ type: string; killed?: number; injured?: number }> {
  return events(text, { minConfidence: 0 })
    .events.filter((e) => e.casualties)
    .map((e) => ({
      type: e.type,
      ...(e.casualties!.killed ? { killed: e.casualties!.killed.value } : {}),
      ...(e.casualties!.injured ? { injured: e.casualties!.injured.value } : {}),
    }));
}

describe('tolls without a result word', () => {
  it.each([
    ['claimed N lives', 'The landslide claimed 23 lives in the valley.', { killed: 23 }],
    ['claimed at least N lives', 'The ferry accident claimed at least 41 lives.', { killed: 41 }],
    ['claimed the lives of N', 'The explosion claimed the lives of nine shoppers.', { killed: 9 }],
    ['cost N lives', 'The attack on the convoy cost 14 lives, officials said.', { killed: 14 }],
    ['lost N men', 'The militia lost 12 men in the ambush near the bridge.', { killed: 12 }],
    ['N bodies were recovered', 'After the flood, 17 bodies were recovered from the river.', { killed: 17 }],
    ['recovered N bodies', 'Divers recovered 6 bodies after the boat accident.', { killed: 6 }],
    [
      'no casualties',
      'A rocket attack hit the base on Sunday but there were no casualties.',
      { killed: 0, injured: 0 },
    ],
    ['suffered injuries', 'In the riot, 40 officers suffered minor injuries.', { injured: 40 }],
  ])('%s', (_rule, text, expected) => {
    expect(counts(text)).toEqual([expect.objectContaining(expected)]);
  });

  it('an updated total replaces the figure it updates: "bringing the toll to N"', () => {
    const [c] = counts('A third miner died in hospital on Friday, bringing the toll to eight.');
    expect(c).toMatchObject({ killed: 8 });
  });

  it('a toll phrase in the next sentence goes to the event before it', () => {
    const found = counts('Gunmen opened fire on a wedding party in the hills. The shooting claimed 11 lives.');
    expect(found.reduce((n, c) => n + (c.killed ?? 0), 0)).toBe(11);
  });

  it('"lost" of things that are not people is no toll', () => {
    expect(counts('The airline lost 300 jobs after the crash of its cargo plane.').every((c) => !c.killed)).toBe(true);
    expect(counts('The team lost 3 games in a row.')).toEqual([]);
  });
});

describe('how a toll is phrased', () => {
  it('reads a capitalised compound number word before a subset in commas: "Twenty-five people, including …"', () => {
    expect(counts('Thirty-two people, including four doctors, were killed in the shelling.')).toEqual([
      expect.objectContaining({ killed: 32 }),
    ]);
  });

  it('adds "a village elder and his three sons"; reads "killed his wife" as one', () => {
    expect(counts('Bandits killed a farmer and his two brothers.')).toEqual([expect.objectContaining({ killed: 3 })]);
    expect(counts('A storm killed his wife and 4 other people.')).toEqual([expect.objectContaining({ killed: 5 })]);
  });
});

/** Words a toll sentence may hold, odd shapes included. */
const figure = fc.oneof(
  fc.integer({ min: 0, max: 99999 }).map(String),
  fc.integer({ min: 1000, max: 9999999 }).map((n) => n.toLocaleString('en-US')),
  fc.constantFrom(
    '1,2OO',
    'dozens of dozens',
    'hundreds if not thousands of',
    'scores',
    'a dozen',
    'twenty-three',
    'at least 50',
    'between 15 and 10',
    'several',
    'tens of thousands of',
    '12 15',
    '-4',
    '3.5',
    'no',
  ),
);
const template = fc.constantFrom(
  (f: string) => `The bombing claimed ${f} lives.`,
  (f: string) => `The bombing claimed the lives of ${f} people.`,
  (f: string) => `The regiment lost ${f} men in the attack.`,
  (f: string) => `${f} bodies were recovered after the earthquake.`,
  (f: string) => `A blast hit the market, bringing the toll to ${f}.`,
  (f: string) => `The shelling killed ${f} civilians and wounded ${f} others.`,
  (f: string) => `${f} people suffered injuries in the riot.`,
  (f: string) => `Militants killed a guard and his ${f} sons.`,
  // Session 9 shapes: partitives, companions, lists, tables, "the number of", a perpetrator's own death.
  (f: string) => `${f} of the guards were killed and ${f} others were hurt.`,
  (f: string) => `The driver died with ${f} other passengers.`,
  (f: string) => `Nine soldiers were killed, along with ${f} interpreters.`,
  (f: string) => `Two policemen, ${f} drivers and a child were killed in the blast.`,
  (f: string) => `KENYA: Total dead: ${f} Americans: ${f} Injured: ${f}`,
  (f: string) => `After the floods, the number of dead rose to ${f}.`,
  (f: string) => `The gunman killed himself after shooting dead ${f} people.`,
  (f: string) => `The blast killed the bomber and ${f} guards.`,
);

/**
 * The most a text can state: every number it writes added up (coordinated groups add: "a guard and his
 * 1,000 sons"), plus one for each singular determiner (and "the", "himself": one person each), plus the coded value of each vague word (times a
 * scale word) and 24 for each "dozen".
 */
function bound(text: string): number {
  const words = text
    .toLowerCase()
    .replace(/[.,](?=\s|$)/g, '')
    .split(/\s+/);
  const scale = words.includes('thousands') ? 1000 : 1;
  let total = 0;
  for (const w of words) {
    total += largestStated([w]) + (VAGUE_WORDS.get(w) ?? 0) * scale;
    if (w === 'a' || w === 'an' || w === 'his' || w === 'dozen') total += w === 'dozen' ? 24 : 1;
    // A definite person ("the driver") and a perpetrator's own death ("killed himself") are one each.
    if (w === 'the' || w === 'himself') total += 1;
  }
  return total;
}

describe('toll properties (seeded)', () => {
  it('no count exceeds what the text states, and odd shapes never crash', () => {
    fc.assert(
      fc.property(template, figure, (make, f) => {
        const text = make(f);
        const evs: EventRecord[] = events(text, { minConfidence: 0 }).events;
        for (const e of evs)
          for (const c of [e.casualties?.killed, e.casualties?.injured])
            if (c) {
              expect(Number.isInteger(c.value) && c.value >= 0).toBe(true);
              expect(c.value).toBeLessThanOrEqual(bound(text));
              expect(c.min).toBeLessThanOrEqual(c.value);
            }
      }),
      { seed: 1414, numRuns: 300 },
    );
  });
});

describe('tolls stated without an event word (issue 14 item 3)', () => {
  it('a toll with no event near it makes a death event that carries it', () => {
    expect(counts('Thirty-one bodies were recovered from the rubble.')).toEqual([{ type: 'death', killed: 31 }]);
    expect(counts('Rescuers pulled 12 bodies from the river.')).toEqual([{ type: 'death', killed: 12 }]);
    const part = events('The dead included three children.', { minConfidence: 0 }).events;
    expect(part.map((e) => [e.type, e.casualties?.killed])).toEqual([
      ['death', expect.objectContaining({ value: 3, min: 3, max: null, precision: 'lower-bound' })],
    ]);
  });

  it('a stated zero alone makes no event ("There were no casualties.")', () => {
    expect(counts('There were no casualties, the army said.')).toEqual([]);
  });

  it('a bare toll noun gives its figure to the event it names ("The toll from the earthquake rose to 312")', () => {
    expect(counts('The toll from the earthquake rose to 312.')).toEqual([{ type: 'disaster', killed: 312 }]);
    expect(counts('The toll road to the port was closed after the earthquake.')).toEqual([]);
  });

  it('an updated total replaces the earlier figure, through a sentence without an event', () => {
    const c = counts(
      'The earthquake struck the valley on Sunday. Rescuers pulled 40 bodies from the rubble. The death toll climbed to 312.',
    );
    expect(c).toEqual([expect.objectContaining({ type: 'disaster', killed: 312 })]);
  });

  it('the death toll, told with an aside before its figure, still gives it ("initially 10, has risen to 12")', () => {
    const c = counts('A bomb exploded at the port. The death toll in the port blast, initially 10, has risen to 12.');
    expect(c.reduce((n, x) => n + (x.killed ?? 0), 0)).toBe(12);
  });

  it('a part of the toll counts only when no total is stated ("the dead included three children")', () => {
    const c = counts('Twelve people were killed in the blast at the market. The dead included three children.');
    expect(c).toEqual([expect.objectContaining({ killed: 12 })]);
    expect(counts('Police said the dead numbered at least 15 after the fighting.')[0]).toMatchObject({ killed: 15 });
    expect(counts('Police said the dead included two police officers and a child.')[0]).toMatchObject({ killed: 3 });
  });
});

describe('how injuries and single victims are phrased', () => {
  it.each([
    ['treated for injuries', 'Seventeen people were treated for injuries after the attack.', { injured: 17 }],
    [
      'a list of participles',
      'Hundreds of villagers were beaten, injured and robbed during the raid.',
      { injured: 100 },
    ],
    [
      'a demonym after "a"/"an"',
      'An American was killed and a Briton was wounded in the attack.',
      { killed: 1, injured: 1 },
    ],
    [
      '"with N others and a civilian injured"',
      'Four soldiers died, with three others and a civilian injured, when a mine exploded.',
      { killed: 4, injured: 4 },
    ],
  ])('%s', (_rule, text, expected) => {
    expect(counts(text)).toEqual([expect.objectContaining(expected)]);
  });
});

describe('victims named by name or pronoun (ACLED counts every reported death)', () => {
  const withPeople = (text: string, names: string[]) =>
    events(text, { minConfidence: 0, entities: names.map((name) => ({ name, type: 'person' as const })) })
      .events.filter((e) => e.casualties)
      .map((e) => ({ killed: e.casualties!.killed?.value, injured: e.casualties!.injured?.value }));

  it.each([
    ['a named subject', 'Dr. Anna Berg was killed by a sniper at her home.', ['Anna Berg'], { killed: 1 }],
    [
      'coordinated names',
      'Tomas Lind and Maria Holm were injured in the blast.',
      ['Tomas Lind', 'Maria Holm'],
      { injured: 2 },
    ],
    [
      'a named object',
      'Gunmen killed Ahmed Rashid and Yusuf Karim near the market.',
      ['Ahmed Rashid', 'Yusuf Karim'],
      { killed: 2 },
    ],
    ['an apposition', 'Tomas Lind, a local judge, was shot dead outside the court.', ['Tomas Lind'], { killed: 1 }],
    ['a pronoun subject', 'Police said he was shot dead outside his house.', [], { killed: 1 }],
    ['a relative pronoun', 'A nurse who was critically injured in the bombing spoke to reporters.', [], { injured: 1 }],
    [
      'a name and a figure',
      "The pilot's wife Maria Holm and 10 other people died in the crash.",
      ['Maria Holm'],
      { killed: 11 },
    ],
  ])('%s', (_rule, text, names, expected) => {
    expect(withPeople(text, names)).toEqual([expect.objectContaining(expected)]);
  });

  it('a place or a group as subject is no figure', () => {
    const c = events('Kandahar was hit by a suicide bomber.', {
      minConfidence: 0,
      entities: [{ name: 'Kandahar', type: 'place' }],
    }).events;
    expect(c.every((e) => !e.casualties?.killed)).toBe(true);
  });
});

describe('more shapes of a figure', () => {
  it('a subset in commas opened by "none of them" is read over ("Eleven people, none of them Americans, died")', () => {
    expect(counts('Eleven people, none of them Americans, died in the blast.')).toEqual([
      expect.objectContaining({ killed: 11 }),
    ]);
  });

  it('a decimal before a scale word ("as many as 1.7 million"), and no figure from a decimal alone', () => {
    expect(counts('The famine led to the deaths of as many as 1.7 million people.')).toEqual([
      expect.objectContaining({ killed: 1700000 }),
    ]);
    expect(counts('About 3.5 people were hurt in the crush.').every((c) => c.injured === undefined)).toBe(true);
  });

  it('"one another" is a reciprocal pronoun, not a figure', () => {
    expect(counts('The gangs vowed to keep killing one another.').every((c) => c.killed === undefined)).toBe(true);
  });
});

describe('session 9: general shapes of a toll (each sentence written for its rule)', () => {
  const total = (text: string, kind: 'killed' | 'injured'): number[] => [
    ...new Set(counts(text).flatMap((c) => (c[kind] === undefined ? [] : [c[kind]]))),
  ];

  it('a bound word right after the verb opens the figure ("wounded over 300"), not a particle', () => {
    const [c] = events('A bomb outside the court wounded over 300 people.', { minConfidence: 0 }).events.filter(
      (e) => e.casualties?.injured,
    );
    expect(c!.casualties!.injured).toMatchObject({ value: 300, precision: 'lower-bound' });
  });

  it.each([
    ['a partitive subject', 'Three of the miners died in the collapse.', 'killed', 3],
    [
      'a partitive subject with a phrase after the group',
      'Six of those on the bus were killed by the mine.',
      'killed',
      6,
    ],
    ['a partitive object', 'Gunmen killed two of the guards at the gate.', 'killed', 2],
    ['"none of" is a stated zero', 'None of the passengers were hurt when the bus overturned.', 'injured', 0],
  ] as const)('%s', (_rule, text, kind, value) => {
    expect(total(text, kind)).toEqual([value]);
  });

  it('a part of a group already counted is no toll ("three of the wounded")', () => {
    expect(total('Three of the wounded later died in hospital.', 'killed')).toEqual([]);
  });

  it.each([
    ['a possessive name and "N other"', "The pilot's wife and six other passengers died when the plane crashed.", 7],
    [
      'a participle phrase between subject and verb',
      'His sister and 8 other people trying to reach the coast drowned when the boat capsized.',
      9,
    ],
    ['a comitative "with N other"', 'The driver died with four other passengers when the bus fell into a ravine.', 5],
    ['"along with N" people', 'Nine soldiers were killed in the raid, along with two interpreters.', 11],
  ])('companions add up: %s', (_rule, text, value) => {
    expect(total(text, 'killed')).toEqual([value]);
  });

  it('a bare "with" adds only others, and an absolute clause with its own result word adds nothing', () => {
    expect(total('The judge and his clerk were killed with three bullets.', 'killed')).not.toContain(5);
    expect(total('Two guards were killed, with three others wounded, in the raid.', 'killed')).toEqual([2]);
  });
});

describe('session 9: lists, compounds, shared subjects and named victims (each sentence written for its rule)', () => {
  const values = (text: string, kind: 'killed' | 'injured', names: string[] = []): number[] => [
    ...new Set(
      events(text, { minConfidence: 0, entities: names.map((name) => ({ name, type: 'person' as const })) })
        .events.map((e) => e.casualties?.[kind]?.value)
        .filter((v): v is number => v !== undefined),
    ),
  ];

  it.each([
    ['a list of three groups adds up', 'Two policemen, a driver and three passers-by were killed in the explosion.', 6],
    [
      'a list over a subset in commas',
      'Four nurses, including the ward sister, two porters and a patient were killed in the fire.',
      7,
    ],
    ['a hyphenated modifier in a singular phrase', 'Rebels stormed the village and killed an off-duty soldier.', 1],
  ])('%s', (_rule, text, value) => {
    expect(values(text, 'killed')).toEqual([value]);
  });

  it('a hyphenated modifier keeps a singular injured subject ("A well-known singer was hurt")', () => {
    expect(values('A well-known singer was hurt in the crash.', 'injured')).toEqual([1]);
  });

  it.each([
    [
      'coordinated predicates share their subject',
      'Odile Carvell was hit twice and was pronounced dead at the scene.',
      ['Odile Carvell'],
      1,
    ],
    [
      'a long apposition with its own commas and relative clause',
      'Dr. Mara Quent, 44, a surgeon who ran the only clinic in the valley, was shot to death on Friday.',
      ['Mara Quent'],
      1,
    ],
    ['a killing noun names its dead after "of"', 'The killing of three aid workers shocked the town.', [], 3],
    [
      'a killing noun with a named victim',
      'The slaying of Mara Quent, 44, a nurse, shocked the town.',
      ['Mara Quent'],
      1,
    ],
  ])('%s', (_rule, text, names, value) => {
    expect(values(text, 'killed', names)).toEqual([value]);
  });

  it('a killing noun without people after "of" states no toll', () => {
    expect(values('The execution of the plan took weeks.', 'killed')).toEqual([]);
  });
});

describe('session 9: tables, "the number of", quotations and subsets (each sentence written for its rule)', () => {
  const byKind = (text: string, kind: 'killed' | 'injured', names: string[] = []) =>
    events(text, { minConfidence: 0, entities: names.map((name) => ({ name, type: 'person' as const })) })
      .events.map((e) => e.casualties?.[kind])
      .filter((c) => c !== undefined)
      .map((c) => [c.value, c.precision]);

  it("a table labels each figure with a colon; another label's figure is not the toll", () => {
    const text = 'MALI: Total dead: 31 Britons: 4 Injured: 1,350 Hospitalized: 210';
    expect(byKind(text, 'killed')).toEqual([[31, 'exact']]);
    expect(byKind(text, 'injured')).toEqual([[1350, 'exact']]);
  });

  it('"the number of dead" and "the number injured" are toll nouns; "topped"/"passed" make a lower bound', () => {
    expect(byKind('A bomb hit the market, and the number of wounded stood at 60.', 'injured')).toEqual([[60, 'exact']]);
    expect(byKind('In the earthquake, the number injured passed 3,000.', 'injured')).toEqual([[3000, 'lower-bound']]);
    expect(byKind('The number of visitors rose to 400 after the attack.', 'killed')).toEqual([]);
  });

  it('a relative pronoun after a closing quotation mark finds its antecedent', () => {
    const text =
      "\"We mourn our sister Elena Vasquez,'' who died with six other workers when the roof fell, her brother said.";
    expect(byKind(text, 'killed', ['Elena Vasquez'])).toEqual([[7, 'exact']]);
  });

  it('"along with" companions named by a demonym ("four Malian drivers") add up', () => {
    expect(byKind('The 11 Britons were killed in Mali, along with four Malian drivers at the base.', 'killed')).toEqual(
      [[15, 'exact']],
    );
  });

  it('a partitive subset followed by another figure is not the injured toll ("six of them children and over 300 injured")', () => {
    expect(
      byKind('More than 40 people died, six of them children and over 300 injured, in the floods.', 'injured'),
    ).toEqual([[300, 'lower-bound']]);
  });
});

describe('session 9: subsets, definite victims and the perpetrator (each sentence written for its rule)', () => {
  const killed = (text: string): number[] => [
    ...new Set(
      events(text, { minConfidence: 0 })
        .events.map((e) => e.casualties?.killed?.value)
        .filter((v): v is number => v !== undefined),
    ),
  ];

  it.each([
    ['any figure opens a subset in commas', 'Seven people, four of them children, were killed.', 7],
    ['a definite victim and a figure', 'The explosion killed the bomber and two bystanders.', 3],
    ['the perpetrator who killed himself counts', 'The bomber killed himself after shooting dead four guards.', 5],
    ['a bomber who blew himself up counts', 'A suicide bomber blew himself up at the gate, killing three soldiers.', 4],
    ['a gunman who took his own life counts', 'The gunman shot dead five shoppers before he took his own life.', 6],
  ])('%s', (_rule, text, value) => {
    expect(killed(text)).toEqual([value]);
  });

  it('a definite victim alone is no figure, and a man who killed his family is not among the dead', () => {
    expect(killed('Investors killed the deal on Friday.')).toEqual([]);
    expect(killed('Police said the man killed his wife and two children.')).toEqual([3]);
  });
});

describe('session 9: place modifiers and negated "anyone" (each sentence written for its rule)', () => {
  const values = (text: string, kind: 'killed' | 'injured'): number[] => [
    ...new Set(
      events(text, { minConfidence: 0 })
        .events.map((e) => e.casualties?.[kind]?.value)
        .filter((v): v is number => v !== undefined),
    ),
  ];

  it.each([
    [
      'a city and state in commas modify a singular victim',
      'A sniper shot and killed a Tulsa, Okla., nurse on Friday.',
      'killed',
      1,
    ],
    ['a name before a common noun modifies it', 'The blast killed a Kabul resident.', 'killed', 1],
    [
      '"anyone" under a negation is a stated zero',
      'The landlord said it did not appear that anyone else was hurt.',
      'injured',
      0,
    ],
  ] as const)('%s', (_rule, text, kind, value) => {
    expect(values(text, kind)).toEqual([value]);
  });

  it('an open question about "anyone" states no figure', () => {
    expect(values('Police did not say whether anyone was killed in the raid.', 'killed')).toEqual([]);
  });
});

describe('session 9: a brand after a possessive is no victim', () => {
  it('a unit named by a brand after "its", hurt by business troubles, is no injury figure', () => {
    const found = events('Marlow said its Quintex battery unit was hurt by weak sales in Brazil.', { minConfidence: 0 })
      .events.map((e) => e.casualties?.injured?.value)
      .filter((v) => v !== undefined);
    expect(found).toEqual([]);
  });
});
