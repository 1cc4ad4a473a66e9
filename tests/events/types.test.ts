/**
 * One fixture sentence per event type: the trigger, participants with roles, place, date and status
 * the extractor must read from it. Entities and dates are placed by hand (see builders.ts).
 */
import { events, view, type EntitySpec, type TimexSpec } from './builders.js';

interface Case {
  text: string;
  entities: EntitySpec[];
  timexes?: TimexSpec[];
  expect: {
    type: string;
    trigger: string;
    participants: Record<string, string[]>;
    place?: string | null;
    date?: string | null;
    status?: string;
  };
}

const P = (name: string, forms?: string[]): EntitySpec =>
  forms ? { name, type: 'person', forms } : { name, type: 'person' };
const G = (name: string, forms?: string[]): EntitySpec =>
  forms ? { name, type: 'group', forms } : { name, type: 'group' };
const L = (name: string, forms?: string[]): EntitySpec =>
  forms ? { name, type: 'place', forms } : { name, type: 'place' };
const MONDAY: TimexSpec = { text: 'on Monday', value: '2024-06-17', precision: 'day' };

const CASES: Case[] = [
  {
    text: 'Iraqi factions held an extraordinary meeting in Baghdad on Monday with the Coordination Committee.',
    entities: [G('Coordination Committee'), L('Baghdad')],
    timexes: [MONDAY],
    expect: {
      type: 'meeting',
      trigger: 'meeting',
      participants: { participant: ['Coordination Committee'] },
      place: 'Baghdad',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'Boeing announced on Monday that it would cut prices.',
    entities: [G('Boeing')],
    timexes: [MONDAY],
    expect: {
      type: 'statement',
      trigger: 'announced',
      participants: { agent: ['Boeing'] },
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'Talks between Baghdad and Washington began last January.',
    entities: [L('Baghdad'), L('Washington')],
    timexes: [{ text: 'last January', value: '2024-01', precision: 'month' }],
    expect: {
      type: 'negotiation',
      trigger: 'Talks',
      participants: { participant: ['Baghdad', 'Washington'] },
      date: '2024-01',
      status: 'occurred',
    },
  },
  {
    text: 'Hamas and Israel signed an agreement in Cairo.',
    entities: [G('Hamas'), L('Israel'), L('Cairo')],
    expect: {
      type: 'agreement',
      // Undated in the opening paragraph: the news of the day, on or before publication (session 11).
      date: '2024-06-20',
      trigger: 'signed',
      participants: { agent: ['Hamas', 'Israel'] },
      place: 'Cairo',
      status: 'occurred',
    },
  },
  {
    text: 'The US keeps troops in Iraq. The factions entered into a truce with the American side in February.',
    entities: [L('United States', ['US'])],
    timexes: [{ text: 'February', value: '2024-02', precision: 'month' }],
    expect: {
      type: 'ceasefire',
      trigger: 'truce',
      participants: { participant: ['United States'] },
      date: '2024-02',
      status: 'occurred',
    },
  },
  {
    text: 'The US has bases in the region. Three American soldiers were killed in an attack in Jordan last January.',
    entities: [L('United States', ['US']), L('Jordan')],
    timexes: [{ text: 'last January', value: '2024-01', precision: 'month' }],
    expect: {
      type: 'attack',
      trigger: 'attack',
      participants: { victim: ['United States'] },
      place: 'Jordan',
      date: '2024-01',
      status: 'occurred',
    },
  },
  {
    text: 'The Hezbollah Brigades assassinated the leader of the Iraqi Army, Abu Baqir al-Saadi, in Baghdad.',
    entities: [G('Hezbollah Brigades'), G('Iraqi Army'), P('Abu Baqir al-Saadi'), L('Baghdad')],
    expect: {
      type: 'killing',
      trigger: 'assassinated',
      participants: { attacker: ['Hezbollah Brigades'], victim: ['Abu Baqir al-Saadi'] },
      // An undated killing in the opening paragraph: on or before publication.
      date: '2024-06-20',
      place: 'Baghdad',
      status: 'occurred',
    },
  },
  {
    text: 'France is on alert. French police arrested Ali Hassan in Paris on Monday.',
    entities: [P('Ali Hassan'), L('Paris'), L('France')],
    timexes: [MONDAY],
    expect: {
      type: 'arrest',
      trigger: 'arrested',
      participants: { agent: ['France'], patient: ['Ali Hassan'] },
      place: 'Paris',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'Thousands of workers protested against Boeing in Seattle.',
    entities: [G('Boeing'), L('Seattle')],
    expect: {
      type: 'protest',
      trigger: 'protested',
      participants: { patient: ['Boeing'] },
      place: 'Seattle',
      // An undated protest in the opening paragraph: on or before publication.
      date: '2024-06-20',
      status: 'occurred',
    },
  },
  {
    text: 'Russia deployed troops to Syria.',
    entities: [L('Russia'), L('Syria')],
    expect: {
      type: 'deployment',
      // Undated in the opening paragraph: the news of the day, on or before publication (session 11).
      date: '2024-06-20',
      trigger: 'deployed',
      participants: { agent: ['Russia'] },
      place: 'Syria',
      status: 'occurred',
    },
  },
  {
    text: 'The United States withdrew its forces from Iraq.',
    entities: [L('United States'), L('Iraq')],
    expect: {
      type: 'withdrawal',
      // Undated in the opening paragraph: the news of the day, on or before publication (session 11).
      date: '2024-06-20',
      trigger: 'withdrew',
      participants: { agent: ['United States'] },
      place: 'Iraq',
      status: 'occurred',
    },
  },
  {
    text: 'Apple appointed Tim Cook as chief executive.',
    entities: [G('Apple'), P('Tim Cook')],
    expect: {
      type: 'appointment',
      // Undated in the opening paragraph: the news of the day, on or before publication (session 11).
      date: '2024-06-20',
      trigger: 'appointed',
      participants: { agent: ['Apple'], patient: ['Tim Cook'] },
      status: 'occurred',
    },
  },
  {
    text: 'Voters elected Joe Biden in November.',
    entities: [P('Joe Biden')],
    timexes: [{ text: 'November', value: '2020-11', precision: 'month' }],
    expect: {
      type: 'election',
      trigger: 'elected',
      participants: { patient: ['Joe Biden'] },
      date: '2020-11',
      status: 'occurred',
    },
  },
  {
    text: 'Iran threatened Israel with retaliation.',
    entities: [L('Iran'), L('Israel')],
    expect: {
      type: 'threat',
      trigger: 'threatened',
      participants: { agent: ['Iran'], patient: ['Israel'] },
      status: 'occurred',
    },
  },
  {
    text: 'The Unite union demanded higher wages from Airbus.',
    entities: [G('Unite'), G('Airbus')],
    expect: { type: 'demand', trigger: 'demanded', participants: { agent: ['Unite'] }, status: 'occurred' },
  },
  {
    text: 'The European Union imposed sanctions on Russia.',
    entities: [G('European Union'), L('Russia')],
    expect: {
      type: 'sanction',
      trigger: 'imposed',
      participants: { agent: ['European Union'], patient: ['Russia'] },
      status: 'occurred',
    },
  },
  {
    text: 'Airbus sued Boeing in a Delaware court.',
    entities: [G('Airbus'), G('Boeing'), L('Delaware')],
    expect: {
      type: 'lawsuit',
      // Undated in the opening paragraph: the news of the day, on or before publication (session 11).
      date: '2024-06-20',
      trigger: 'sued',
      participants: { agent: ['Airbus'], patient: ['Boeing'] },
      status: 'occurred',
    },
  },
  {
    text: 'A federal court convicted Sam Bankman-Fried in New York.',
    entities: [P('Sam Bankman-Fried'), L('New York')],
    expect: {
      type: 'ruling',
      // Undated in the opening paragraph: the news of the day, on or before publication (session 11).
      date: '2024-06-20',
      trigger: 'convicted',
      participants: { patient: ['Sam Bankman-Fried'] },
      place: 'New York',
      status: 'occurred',
    },
  },
  {
    text: 'Microsoft acquired LinkedIn for $26 billion.',
    entities: [G('Microsoft'), G('LinkedIn')],
    expect: {
      type: 'acquisition',
      // Undated in the opening paragraph: the news of the day, on or before publication (session 11).
      date: '2024-06-20',
      trigger: 'acquired',
      participants: { agent: ['Microsoft'], patient: ['LinkedIn'] },
      status: 'occurred',
    },
  },
  {
    text: 'Airbus has won an order from Qatar Airways.',
    entities: [G('Airbus'), G('Qatar Airways')],
    expect: {
      type: 'contract',
      trigger: 'won',
      participants: { agent: ['Airbus'], participant: ['Qatar Airways'] },
      date: '2024-06-20',
      status: 'occurred',
    },
  },
  {
    text: 'Apple unveiled the new iPhone in Cupertino.',
    entities: [G('Apple'), L('Cupertino')],
    expect: {
      type: 'product-launch',
      // Undated in the opening paragraph: the news of the day, on or before publication (session 11).
      date: '2024-06-20',
      trigger: 'unveiled',
      participants: { agent: ['Apple'] },
      place: 'Cupertino',
      status: 'occurred',
    },
  },
  {
    text: 'Boeing laid off 2,000 workers in Seattle.',
    entities: [G('Boeing'), L('Seattle')],
    expect: {
      type: 'layoffs',
      // Undated in the opening paragraph: the news of the day, on or before publication (session 11).
      date: '2024-06-20',
      trigger: 'laid off',
      participants: { agent: ['Boeing'] },
      place: 'Seattle',
      status: 'occurred',
    },
  },
  {
    text: 'Lehman Brothers filed for bankruptcy in New York.',
    entities: [G('Lehman Brothers'), L('New York')],
    expect: {
      type: 'bankruptcy',
      // Undated in the opening paragraph: the news of the day, on or before publication (session 11).
      date: '2024-06-20',
      trigger: 'filed',
      participants: { agent: ['Lehman Brothers'] },
      place: 'New York',
      status: 'occurred',
    },
  },
  {
    text: 'Apple reported a quarterly profit of $20 billion.',
    entities: [G('Apple')],
    expect: {
      type: 'financial-result',
      date: '2024-06-20',
      trigger: 'profit',
      participants: { agent: ['Apple'] },
      status: 'reported',
    },
  },
  {
    text: 'Halden Motors postponed the launch of its new van on Monday.',
    entities: [G('Halden Motors')],
    timexes: [MONDAY],
    expect: {
      type: 'delay',
      trigger: 'postponed',
      participants: { agent: ['Halden Motors'] },
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'Halden Motors redeemed its senior notes on Monday.',
    entities: [G('Halden Motors')],
    timexes: [MONDAY],
    expect: {
      type: 'redemption',
      trigger: 'redeemed',
      participants: { agent: ['Halden Motors'] },
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'Halden Motors changed its name to Halden Group on Monday.',
    entities: [G('Halden Motors'), G('Halden Group')],
    timexes: [MONDAY],
    expect: {
      type: 'rename',
      trigger: 'changed',
      participants: { agent: ['Halden Motors'] },
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'The Lisbon council allocated funds for a new bridge on Monday.',
    entities: [L('Lisbon')],
    timexes: [MONDAY],
    expect: {
      type: 'funding',
      trigger: 'allocated',
      participants: { agent: ['Lisbon'] },
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'Russia provided aid to Syria.',
    entities: [L('Russia'), L('Syria')],
    expect: {
      type: 'aid',
      // Undated in the opening paragraph: the news of the day, on or before publication (session 11).
      date: '2024-06-20',
      trigger: 'aid',
      participants: { agent: ['Russia'], recipient: ['Syria'] },
      status: 'occurred',
    },
  },
  {
    text: 'Five miners died in Chile on Monday.',
    entities: [L('Chile')],
    timexes: [MONDAY],
    expect: {
      type: 'death',
      trigger: 'died',
      participants: {},
      place: 'Chile',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'Twelve people were injured in Lagos on Monday.',
    entities: [L('Lagos')],
    timexes: [MONDAY],
    expect: {
      type: 'injury',
      trigger: 'injured',
      participants: {},
      place: 'Lagos',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'Boko Haram kidnapped two aid workers in Borno on Monday.',
    entities: [G('Boko Haram'), L('Borno')],
    timexes: [MONDAY],
    expect: {
      type: 'abduction',
      trigger: 'kidnapped',
      participants: { attacker: ['Boko Haram'] },
      place: 'Borno',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'The Rapid Support Forces raped dozens of women in Darfur on Monday.',
    entities: [G('Rapid Support Forces'), L('Darfur')],
    timexes: [MONDAY],
    expect: {
      type: 'sexual-violence',
      trigger: 'raped',
      participants: { attacker: ['Rapid Support Forces'] },
      place: 'Darfur',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'Football fans rioted in Marseille on Monday.',
    entities: [L('Marseille')],
    timexes: [MONDAY],
    expect: {
      type: 'riot',
      trigger: 'rioted',
      participants: {},
      place: 'Marseille',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'Militiamen looted shops in Goma on Monday.',
    entities: [L('Goma')],
    timexes: [MONDAY],
    expect: {
      type: 'looting',
      trigger: 'looted',
      participants: {},
      place: 'Goma',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    // Schema 2.9 (session 20): ACLED's disrupted weapons use.
    text: 'Army engineers defused a roadside bomb in Kandahar on Monday.',
    entities: [L('Kandahar')],
    timexes: [MONDAY],
    expect: {
      type: 'disrupted-weapons',
      trigger: 'defused',
      participants: {},
      place: 'Kandahar',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    // Schema 2.10 (session 21): people freed from custody (CAMEO 0841).
    text: 'Kenya released 40 prisoners under an amnesty on Monday.',
    entities: [L('Kenya')],
    timexes: [MONDAY],
    expect: {
      type: 'release',
      trigger: 'released',
      participants: { agent: ['Kenya'] },
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    // Schema 2.10 (session 21): a central bank's interest-rate decision.
    text: "Norway's central bank cut its benchmark interest rate on Monday.",
    entities: [L('Norway')],
    timexes: [MONDAY],
    expect: {
      type: 'rate-decision',
      trigger: 'cut',
      participants: { agent: ['Norway'] },
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'Thieves stole two paintings from a museum in Haarlem on Monday.',
    entities: [L('Haarlem')],
    timexes: [MONDAY],
    expect: {
      type: 'theft',
      trigger: 'stole',
      participants: {},
      place: 'Haarlem',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'The Bundestag passed a bill on rent controls on Monday.',
    entities: [G('Bundestag')],
    timexes: [MONDAY],
    expect: {
      type: 'legislation',
      trigger: 'passed',
      participants: { agent: ['Bundestag'] },
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'Prosecutors in Milan opened an investigation into the bank on Monday.',
    entities: [L('Milan')],
    timexes: [MONDAY],
    expect: {
      type: 'investigation',
      trigger: 'investigation',
      participants: {},
      // "in Milan" locates the prosecutors, not the event's own clause.
      place: null,
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'The writer received the prize at a ceremony in Oslo on Monday.',
    entities: [L('Oslo')],
    timexes: [MONDAY],
    expect: {
      type: 'ceremony',
      trigger: 'ceremony',
      participants: {},
      place: 'Oslo',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'The medicines agency approved the new vaccine in Brussels on Monday.',
    entities: [L('Brussels')],
    timexes: [MONDAY],
    expect: {
      type: 'approval',
      trigger: 'approved',
      participants: {},
      place: 'Brussels',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'Vantor listed on the stock exchange in Frankfurt on Monday.',
    entities: [G('Vantor'), L('Frankfurt')],
    timexes: [MONDAY],
    expect: {
      type: 'listing',
      trigger: 'listed',
      participants: { agent: ['Vantor'] },
      place: 'Frankfurt',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'Mara Lind won the city poetry prize in Oslo on Monday.',
    entities: [P('Mara Lind'), L('Oslo')],
    timexes: [MONDAY],
    expect: {
      type: 'award',
      trigger: 'won',
      participants: { agent: ['Mara Lind'] },
      place: 'Oslo',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'Mara Lind published a study on river birds in Oslo on Monday.',
    entities: [P('Mara Lind'), L('Oslo')],
    timexes: [MONDAY],
    expect: {
      type: 'publication',
      trigger: 'published',
      participants: { agent: ['Mara Lind'] },
      place: 'Oslo',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'Nurses vaccinated 900 children in Oslo on Monday.',
    entities: [L('Oslo')],
    timexes: [MONDAY],
    expect: {
      type: 'vaccination',
      trigger: 'vaccinated',
      participants: {},
      place: 'Oslo',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'Rovers beat Athletic 2-0 in Leeds on Monday.',
    entities: [G('Rovers'), G('Athletic'), L('Leeds')],
    timexes: [MONDAY],
    expect: {
      type: 'sport',
      trigger: 'beat',
      participants: { agent: ['Rovers'], patient: ['Athletic'] },
      place: 'Leeds',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'Prosecutors charged Ali Hassan with fraud in Paris.',
    entities: [P('Ali Hassan'), L('Paris')],
    expect: {
      type: 'charge',
      // Undated in the opening paragraph: the news of the day, on or before publication (session 11).
      date: '2024-06-20',
      trigger: 'charged',
      participants: { patient: ['Ali Hassan'] },
      place: 'Paris',
      status: 'occurred',
    },
  },
  {
    text: 'The trial of Ali Hassan opened in Paris on Monday.',
    entities: [P('Ali Hassan'), L('Paris')],
    timexes: [MONDAY],
    expect: {
      type: 'trial',
      trigger: 'trial',
      participants: { patient: ['Ali Hassan'] },
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'A court in Paris sentenced Ali Hassan to ten years in prison.',
    entities: [P('Ali Hassan'), L('Paris')],
    expect: {
      type: 'sentence',
      date: '2024-06-20',
      trigger: 'sentenced',
      participants: { patient: ['Ali Hassan'] },
      status: 'occurred',
    },
  },
  {
    text: 'Apple appealed the ruling in London.',
    entities: [G('Apple'), L('London')],
    expect: {
      type: 'appeal',
      // Undated in the opening paragraph: the news of the day, on or before publication (session 11).
      date: '2024-06-20',
      trigger: 'appealed',
      participants: { agent: ['Apple'] },
      place: 'London',
      status: 'occurred',
    },
  },
  {
    text: 'An earthquake struck Turkey on Monday, killing 40 people.',
    entities: [L('Turkey')],
    timexes: [MONDAY],
    expect: {
      type: 'disaster',
      trigger: 'earthquake',
      participants: {},
      place: 'Turkey',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
  {
    text: 'An Air France jet crashed into the Atlantic Ocean on Monday.',
    entities: [G('Air France'), L('Atlantic Ocean')],
    timexes: [MONDAY],
    expect: {
      type: 'accident',
      trigger: 'crashed',
      participants: { patient: ['Air France'] },
      place: 'Atlantic Ocean',
      date: '2024-06-17',
      status: 'occurred',
    },
  },
];

describe('one fixture sentence per event type', () => {
  it.each(CASES.map((c) => [c.expect.type, c] as const))('%s', (_type, c) => {
    const { events: evs, names } = events(c.text, { entities: c.entities, timexes: c.timexes ?? [], minConfidence: 0 });
    const found = view(evs, names).find((e) => e.type === c.expect.type);
    expect(found).toBeDefined();
    expect(found!.trigger).toBe(c.expect.trigger);
    expect(found!.participants).toEqual(c.expect.participants);
    if (c.expect.place !== undefined) expect(found!.place).toBe(c.expect.place);
    expect(found!.date).toBe(c.expect.date ?? null);
    if (c.expect.status) expect(found!.status).toBe(c.expect.status);
  });

  it('covers every type of the taxonomy', async () => {
    const { eventTaxonomy } = await import('../../src/resources.js');
    const covered = new Set(CASES.map((c) => c.expect.type));
    const missing = eventTaxonomy()
      .types.map((t) => t.id)
      .filter((id) => !covered.has(id));
    expect(missing).toEqual([]);
  });
});
