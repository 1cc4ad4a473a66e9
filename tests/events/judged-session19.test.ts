/**
 * Session 19 ("senses" helper): wrong senses and wrong statuses of political, conflict, market and sports wire
 * (judged8's phenomena, read for errors). Every sentence is written for the rule it tests; none is taken from a
 * data set or a gold file.
 */
import { allEvents } from './builders.js';
import type { EventRecord } from '../../src/types.js';

/** Every event of `text`; the entities given are placed where the text names them. */
const run = (text: string, opts: Parameters<typeof allEvents>[2] = {}): EventRecord[] =>
  allEvents(text, '2023-05-12', { ...opts, entities: (opts.entities ?? []).filter((e) => text.includes(e.name)) });

const at = (evs: readonly EventRecord[], word: string): EventRecord | undefined =>
  evs.find((e) => e.trigger.text === word || (e.mentions ?? []).some((m) => m.text === word));

const ofType = (text: string, type: string): EventRecord[] => run(text).filter((e) => e.type === type);

describe('sport told with the words of dismissal, shooting and visits', () => {
  it.each([
    ['Kelby bowled superbly to dismiss Norland for 187 on the second day.', 'appointment'],
    ['Tarn were dismissed for 242 in their second innings.', 'appointment'],
    ['Lara Voss shot a four-under-par 66 to lead by two strokes.', 'attack'],
    ['Ned Aske shot 67 on Thursday in his first round as a professional.', 'attack'],
    ['Ole Brant, who came within one shot of the course record, has two tour wins.', 'attack'],
    ['Their last visit to Oslo ended in a 3-0 defeat in a cup qualifier.', 'meeting'],
    ['The other two ties will pit visiting Spain against Norway.', 'meeting'],
  ])('%s', (text, type) => {
    expect(ofType(text, type)).toEqual([]);
  });

  it.each([
    ['Gunmen shot two men in Kell on Monday.', 'shot', 'attack'],
    ['Soldiers shot 12 protesters in the square on Monday.', 'shot', 'attack'],
    ['He was shot 15 times outside his home on Monday.', 'shot', 'attack'],
    ['The president dismissed 12 ministers on Monday.', 'dismissed', 'appointment'],
    ['The premier visited Oslo on Monday for talks with the king.', 'visited', 'meeting'],
  ])('kept: %s', (text, word, type) => {
    expect(at(run(text), word)?.type).toBe(type);
  });

  it('a record over the games of a season is no match planned', () => {
    const e = at(run('Rovers have been unable to win any of their four league matches this season.'), 'win');
    expect(e?.status).not.toBe('planned');
    expect(e?.status).toBe('generic');
  });
});

describe('releases of information and of people are no product launches', () => {
  it.each([
    'Bond prices fell after the release of the employment figures.',
    'The ministry released the trade figures on Tuesday.',
    'Descriptions of the car released to the media led to the arrest.',
    'Police would not say when he would be released.',
    'Rovers released the striker at the end of the season.',
    'The firm released the text of the letter on its website.',
  ])('%s', (text) => {
    expect(ofType(text, 'product-launch')).toEqual([]);
  });

  it.each([
    ['Zentrix released its new phone on Tuesday.', 'released'],
    ['The studio released the film in May.', 'released'],
  ])('kept: %s', (text, word) => {
    expect(at(run(text), word)?.type).toBe('product-launch');
  });
});

describe('market figures and trades are no contracts or acquisitions', () => {
  it.each([
    ['New orders received by Orvian factories climbed strongly in July.', 'contract'],
    ['Spending rose only slightly, partly because of softer sales of new cars.', 'contract'],
    ['Sales of new homes jumped unexpectedly in July.', 'contract'],
    ['A Dutch fund bought 5,000 March put options on Tuesday.', 'acquisition'],
    ['Investors who bought junk bonds lost their savings.', 'acquisition'],
  ])('%s', (text, type) => {
    expect(ofType(text, type)).toEqual([]);
  });

  it.each([
    ['Kelair won orders for 30 jets from Orvia on Monday.', 'contract'],
    ['Halvor Corp bought its rival Demsen last year.', 'acquisition'],
    ['Halvor bought a 20 percent stake in Demsen on Monday.', 'acquisition'],
  ])('kept: %s', (text, type) => {
    expect(ofType(text, type)).not.toEqual([]);
  });
});

describe('events still to come, put off or only likely are not typed as having happened', () => {
  it('a hearing next week is planned', () => {
    const e = at(
      run('The seven men were ordered held in jail until another hearing next week.', {
        timexes: [{ text: 'next week', value: '2023-W20', precision: 'week' }],
      }),
      'hearing',
    );
    expect(e?.status).toBe('planned');
  });

  it('a protest in the manner of an act still to come is planned; one of an act done stays', () => {
    const text = 'Police braced for crowds expected to come to the city to pray in protest against the policy.';
    expect(at(run(text), 'protest')?.status).toBe('planned');
    expect(at(run('Hundreds knelt in protest outside the embassy on Monday.'), 'protest')?.status).toBe('occurred');
  });

  it('talks delayed are not being held; talks on a delay are', () => {
    expect(at(run('Kell protested against the delay in peace talks.'), 'talks')?.status).toBe('negated');
    expect(
      at(
        run('Kell and Orvia held talks on the delay in payments on Monday.', {
          entities: [
            { name: 'Kell', type: 'place' },
            { name: 'Orvia', type: 'place' },
          ],
        }),
        'talks',
      )?.status,
    ).toBe('occurred');
  });

  it('the attacks a plan relies on are contingencies; attacks troops relied on happened', () => {
    expect(at(run('Orvian plans rely heavily on air attacks on rebel forces.'), 'air attacks')?.status).toBe(
      'hypothetical',
    );
    expect(at(run('Troops relied on air strikes to push the rebels back on Monday.'), 'air strikes')?.status).toBe(
      'occurred',
    );
  });

  it('a death only likely is hypothetical; deaths likely to have happened are not', () => {
    expect(at(run('He wept on hearing he was likely to die in prison.'), 'die')?.status).toBe('hypothetical');
    expect(at(run('At least 50 people are likely to have died in the flood.'), 'died')?.status).not.toBe(
      'hypothetical',
    );
  });

  it('an interest in buying is no purchase', () => {
    expect(at(run('Several banks are seen as having an interest in buying in Ohio.'), 'buying')?.status).toBe(
      'hypothetical',
    );
  });

  it('hearing news is no court hearing', () => {
    expect(ofType('He wept after hearing he was likely to die in prison.', 'trial')).toEqual([]);
    expect(at(run('Lawyers spoke after the hearing on Monday.'), 'hearing')?.type).toBe('trial');
  });
});

describe('more wrong senses of wire and sports copy', () => {
  it.each([
    ['Police launched a nationwide search on Thursday after he escaped.', 'product-launch'],
    ['Kell launches war on fictitious civil servants.', 'product-launch'],
    ['Dealers immediately sold Eurodollar and bond futures after the data.', 'contract'],
    ['Rumours said the central bank was buying five-year notes.', 'acquisition'],
    ['There were 162 rigs under contract in the Gulf as of August 30.', 'contract'],
    ['The party charges that its rival has backing from abroad.', 'charge'],
    ['Norland dominated their World Cup qualifier on Saturday with wave after wave of attacks.', 'attack'],
    ['The best chance came in the 63rd minute when Marek shot wide from the edge of the penalty area.', 'attack'],
  ])('%s', (text, type) => {
    expect(ofType(text, type)).toEqual([]);
  });

  it.each([
    ['Zentrix launched a new tablet on Monday.', 'launched', 'product-launch'],
    ['Kelair signed a contract for 30 jets on Monday.', 'contract', 'contract'],
    ['Police charged him with murder on Monday.', 'charged', 'charge'],
  ])('kept: %s', (text, word, type) => {
    expect(at(run(text), word)?.type).toBe(type);
  });
});

describe('a standing position told in the present is no statement made that day', () => {
  const entities = [
    { name: 'Orvia', type: 'place' as const },
    { name: 'Kell', type: 'place' as const },
  ];

  it.each([
    ['Orvia, which captured the island in 1967, says it will never cede any part of it.', 'says'],
    ['Kell, which denies the charges, urged Orvia to drop the case and said it could hurt relations.', 'denies'],
  ])('%s', (text, word) => {
    const e = at(run(text, { entities }), word);
    expect(e === undefined || e.status === 'generic').toBe(true);
  });

  it.each([
    ['Orvia said on Monday it would never cede the island.', 'said'],
    ['Kell denies the charges, a spokesman said on Monday.', 'denies'],
  ])('kept: %s', (text, word) => {
    expect(at(run(text, { entities }), word)?.status).toBe('occurred');
  });
});
