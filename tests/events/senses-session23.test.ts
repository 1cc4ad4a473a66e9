/**
 * Session 23 ("senses" helper): wrong senses and statuses of sports, market, crime and political wire (judged12's
 * phenomena, read for errors). Every sentence is written for the rule it tests; none is taken from a data set or
 * a gold file.
 */
import { allEvents, type EntitySpec } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const run = (text: string, entities: EntitySpec[] = []): EventRecord[] => allEvents(text, '2023-05-12', { entities });
const types = (text: string, entities: EntitySpec[] = []): string[] => run(text, entities).map((e) => e.type);
const find = (text: string, type: string, entities: EntitySpec[] = []): EventRecord | undefined =>
  run(text, entities).find((e) => e.type === type);

describe('shots at goal are no attacks', () => {
  it.each([
    'Vardo drilled a right-foot shot into the corner after half an hour to put Kell ahead.',
    'Ruiz shot past the keeper from 20 metres to give the visitors the lead.',
    'An unmarked Okoro shot around the goalkeeper to open the scoring.',
  ])('%s', (text) => {
    expect(types(text)).not.toContain('attack');
  });

  it.each([
    'Gunmen shot a police officer in Orvia on Monday.',
    'A gunman shot dead two fans outside the ground near the goal on Saturday.',
  ])('kept: %s', (text) => {
    expect(types(text)).toContain('attack');
  });
});

describe('an animal that kills is no killer', () => {
  it.each([
    'A pit bull killed a four-year-old boy in Orvia on Sunday.',
    'Rottweiler kills toddler in Orvia.',
    'A swimmer was killed by a shark off Varno beach on Sunday.',
  ])('%s', (text) => {
    expect(types(text)).not.toContain('killing');
  });

  it.each([
    'A gunman killed a four-year-old boy in Orvia on Sunday.',
    'Tigers rebels killed 12 soldiers in an ambush near Varno on Sunday.',
  ])('kept: %s', (text) => {
    expect(types(text)).toContain('killing');
  });
});

describe('livestock slaughter is the meat trade', () => {
  it.each([
    "Monday's heavy slaughter left packers short of cattle, dealers said.",
    'Hog slaughter at plants in the Midwest rose 3 percent last week.',
  ])('%s', (text) => {
    expect(types(text)).not.toContain('killing');
  });

  it('kept: the slaughter of villagers near the cattle pens', () => {
    expect(types('Rebels carried out the slaughter of 30 villagers near the cattle pens on Monday.')).toContain(
      'killing',
    );
  });
});

describe('papers signed that bind no party are no agreements', () => {
  it.each([
    'The ransom letter, typed in Orvian and signed by the two hostages, was delivered to the family on Sunday.',
    'More than 2,000 residents signed a petition against the new road on Monday.',
  ])('%s', (text) => {
    expect(types(text)).not.toContain('agreement');
  });

  it.each([
    'Orvia and Kell signed a trade agreement on Monday.',
    'The treaty, drafted in Varno and signed by both ministers, takes effect in June.',
  ])('kept: %s', (text) => {
    expect(types(text)).toContain('agreement');
  });
});

describe('a chamber that agreed to act on a bill voted on legislation', () => {
  it('The Senate agreed on Wednesday to shelve a bill', () => {
    const evs = types('The Senate agreed on Wednesday to shelve a bill that would have raised fuel taxes.');
    expect(evs).not.toContain('agreement');
    expect(evs).toContain('legislation');
  });

  it('kept: two parties agreed to form a coalition', () => {
    expect(types('The two parties agreed on Wednesday to form a coalition government.')).toContain('agreement');
  });
});

describe('an athletics meeting is a contest', () => {
  it.each([
    "She won the 200 metres at last week's Zurich meeting.",
    'The sprinter set a world record in the 100 metres. Her coach will watch from the stands during the meeting.',
  ])('%s', (text) => {
    expect(types(text)).not.toContain('meeting');
  });

  it.each([
    'Athletics officials held a meeting in Oslo on Friday to discuss doping.',
    'The foreign ministers held a meeting in Oslo on Friday.',
  ])('kept: %s', (text) => {
    expect(types(text)).toContain('meeting');
  });
});

describe('grievances are no lawsuits', () => {
  it('arrested following complaints by residents of a noisy saw', () => {
    expect(
      types('A man was arrested following complaints by neighbours of a loud generator, police said.'),
    ).not.toContain('lawsuit');
  });

  it('kept: a complaint filed in court', () => {
    expect(types('The union filed a complaint against the airline in a federal court on Monday.')).toContain('lawsuit');
  });
});

describe('surveys and people are no product launches', () => {
  it.each([
    'The central bank released the May tankan, its quarterly short-term survey of companies, on Monday.',
    'The mayor was introduced to the crowd at every stop of the tour.',
  ])('%s', (text) => {
    expect(types(text)).not.toContain('product-launch');
  });

  it('kept: a chief introduced a product', () => {
    const text = 'When Zentrix chief Ana Lund first introduced the Z4 on Monday, she praised its screen.';
    expect(types(text, [{ name: 'Ana Lund', type: 'person' }])).toContain('product-launch');
  });

  it('kept: a named product was introduced', () => {
    expect(types('The Shuffle was introduced in January.', [{ name: 'Shuffle', type: 'person' }])).toContain(
      'product-launch',
    );
  });

  it('kept: a phone released', () => {
    expect(types('Zentrix released its new phone in Orvia on Tuesday.')).toContain('product-launch');
  });
});

describe('futures months, inflated tension, hedges and play at the net', () => {
  it('take delivery of the March contract', () => {
    expect(
      types('There was buying from firms who want to take delivery of the March contract, dealers said.'),
    ).not.toContain('contract');
  });

  it('kept: a carrier takes delivery of jets', () => {
    expect(types('Helix took delivery of its first two jets on Monday.')).toContain('contract');
  });

  it('a balloon of tension blown up', () => {
    expect(
      types(
        '"We want to let some air out of this balloon of tension that has been blown up around the vote," he said.',
      ),
    ).not.toContain('attack');
  });

  it('kept: rebels blew up a bridge', () => {
    expect(types('Rebels blew up a bridge near Varno on Monday.')).toContain('attack');
  });

  it('a rumour with "said to be" is no statement', () => {
    const evs = run(
      'Dealers reported rumours of buying by Helix, with Varco said to be helping the firm unload its positions.',
    );
    expect(evs.filter((e) => e.type === 'statement' && e.trigger.text === 'said')).toHaveLength(0);
  });

  it('kept: said to reporters', () => {
    expect(
      types('Mr Ode said to reporters on Monday that the talks had failed.', [{ name: 'Ode', type: 'person' }]),
    ).toContain('statement');
  });

  it('charging at the net is no charge', () => {
    expect(types('The way he was chipping and charging and serving, I never found my timing.')).not.toContain('charge');
  });

  it('kept: prosecutors charging a man with fraud', () => {
    expect(types('Prosecutors were charging him with fraud on Monday.')).toContain('charge');
  });
});

describe('statuses: repeated failures, not-until, cancellations', () => {
  it('failed for a second time to elect is a vote held', () => {
    expect(find('The parliament failed for a second time to elect a president on Tuesday.', 'election')?.status).toBe(
      'occurred',
    );
  });

  it('did not announce until the eve: announced then', () => {
    expect(
      find('Mr Ode did not announce his candidacy until the eve of the vote.', 'statement', [
        { name: 'Ode', type: 'person' },
      ])?.status,
    ).not.toBe('negated');
  });

  it('kept: did not announce on Monday', () => {
    expect(
      find('Mr Ode did not announce his candidacy on Monday.', 'statement', [{ name: 'Ode', type: 'person' }])?.status,
    ).toBe('negated');
  });

  it('rallies cancelled over modifiers did not take place', () => {
    const e = find(
      'Police detained two opposition leaders and cancelled opposition political rallies in Varno.',
      'protest',
    );
    expect(e === undefined || e.status === 'negated').toBe(true);
  });

  it('kept: a failed attack took place', () => {
    expect(find('Police gave details about those involved in the failed attack on Monday.', 'attack')?.status).not.toBe(
      'negated',
    );
  });

  it('kept: rallies held', () => {
    expect(find('Hospital workers held rallies in Varno on Saturday.', 'protest')?.status).toBe('occurred');
  });

  it('a list item of a digest is a headline: its present tells a past act', () => {
    expect(find('- IP/23/114: Commission clears acquisition of Marto by Lenz.', 'approval')?.status).toBe('occurred');
  });

  it('kept: the same present in prose is no past act', () => {
    expect(find('The army kills civilians in the north.', 'killing')?.status).not.toBe('occurred');
    expect(find('- The army kills three civilians in the north.', 'killing')?.status).toBe('occurred');
  });
});
