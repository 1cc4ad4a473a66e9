/**
 * Arguments and status from sentence structure: passive voice, negation, plans, reports, appositions,
 * "the leader of X", coreference through the entity table, nationality adjectives, and headings.
 */
import { events, view, type EntitySpec } from './builders.js';

const US: EntitySpec = { name: 'United States', type: 'place', forms: ['United States', 'US'] };
const COMMITTEE: EntitySpec = { name: 'Iraqi Resistance Coordination Committee', type: 'group' };

function only(text: string, entities: EntitySpec[], type: string): ReturnType<typeof view>[number] {
  const { events: evs, names } = events(text, { entities, minConfidence: 0 });
  const found = view(evs, names).filter((e) => e.type === type);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('voice', () => {
  it('reads the subject of a passive verb as the patient and the by-phrase as the agent', () => {
    const e = only(
      'Ali Hassan was arrested by Iraqi police in Basra, Iraq.',
      [
        { name: 'Ali Hassan', type: 'person' },
        { name: 'Iraq', type: 'place' },
        { name: 'Basra', type: 'place' },
      ],
      'arrest',
    );
    expect(e.participants).toEqual({ agent: ['Iraq'], patient: ['Ali Hassan'] });
    expect(e.place).toBe('Basra');
  });

  it('gives a verb coordinated with a passive one the same voice and subject', () => {
    const e = only(
      'Two men were arrested and charged by police in Paris.',
      [{ name: 'Paris', type: 'place' }],
      'charge',
    );
    expect(e).toMatchObject({ trigger: 'charged', place: 'Paris', status: 'occurred' });
    const { events: evs } = events('Ali Hassan was detained and charged in Paris.', {
      entities: [
        { name: 'Ali Hassan', type: 'person' },
        { name: 'Paris', type: 'place' },
      ],
      minConfidence: 0,
    });
    expect(evs.map((x) => [x.type, x.participants.map((p) => p.role)])).toEqual([
      ['arrest', ['patient']],
      ['charge', ['patient']],
    ]);
  });

  it('reads a passive light-verb construction: the deal was signed by both companies', () => {
    const e = only(
      'The deal was signed by Airbus and Boeing.',
      [
        { name: 'Airbus', type: 'group' },
        { name: 'Boeing', type: 'group' },
      ],
      'agreement',
    );
    expect(e.trigger).toBe('signed');
    expect(e.participants).toEqual({ agent: ['Airbus', 'Boeing'] });
  });
});

describe('status', () => {
  it('marks "no operation has been carried out" as a negated attack on its target', () => {
    const e = only(
      'The US has troops there. No operation has been carried out against American interests since February.',
      [US],
      'attack',
    );
    expect(e.status).toBe('negated');
    expect(e.participants).toEqual({ target: ['United States'] });
  });

  it('marks a negated verb group as negated', () => {
    expect(
      only(
        'Boeing did not sell the jets to Ryanair.',
        [
          { name: 'Boeing', type: 'group' },
          { name: 'Ryanair', type: 'group' },
        ],
        'contract',
      ).status,
    ).toBe('negated');
  });

  it('marks will, plans to and a scheduling governor as planned', () => {
    expect(
      only(
        'Apple will unveil the phone in Cupertino.',
        [
          { name: 'Apple', type: 'group' },
          { name: 'Cupertino', type: 'place' },
        ],
        'product-launch',
      ).status,
    ).toBe('planned');
    expect(
      only('Airbus plans to buy the Bombardier unit.', [{ name: 'Airbus', type: 'group' }], 'acquisition').status,
    ).toBe('planned');
    expect(
      only(
        'They discussed scheduling the withdrawal of US forces from Iraq.',
        [US, { name: 'Iraq', type: 'place' }],
        'withdrawal',
      ).status,
    ).toBe('planned');
  });

  it('marks a progressive verb group as ongoing', () => {
    expect(
      only(
        'Israel and Hamas are negotiating in Doha.',
        [
          { name: 'Israel', type: 'place' },
          { name: 'Hamas', type: 'group' },
          { name: 'Doha', type: 'place' },
        ],
        'negotiation',
      ).status,
    ).toBe('ongoing');
  });

  it('marks an event in a reported complement as reported, with the source entity', () => {
    const e = only(
      'The Pentagon said that Iran attacked the base in Erbil.',
      [
        { name: 'Pentagon', type: 'group' },
        { name: 'Iran', type: 'place' },
        { name: 'Erbil', type: 'place' },
      ],
      'attack',
    );
    expect(e.status).toBe('reported');
    expect(e.reportedBy).toBe('Pentagon');
    expect(e.participants).toEqual({ attacker: ['Iran'] });
    expect(e.place).toBe('Erbil');
  });

  it('makes no event where the context says it did not take place at all', () => {
    const { events: evs } = events('The factions agreed to stop all attacks on the base.', {
      entities: [],
      minConfidence: 0,
    });
    expect(evs.filter((e) => e.type === 'attack')).toEqual([]);
  });
});

describe('arguments', () => {
  it('skips a relative clause between the subject and its verb', () => {
    const e = only(
      'The Coordination Committee, which includes armed factions allied with Iran, announced a meeting.',
      [
        { name: 'Coordination Committee', type: 'group' },
        { name: 'Iran', type: 'place' },
      ],
      'statement',
    );
    expect(e.participants).toEqual({ agent: ['Coordination Committee'] });
  });

  it('takes the appositive name as the subject: "The candidate, Tracy Jacobson, said"', () => {
    const e = only(
      'The candidate for ambassador to Baghdad, Tracy Jacobson, said it was a threat.',
      [
        { name: 'Tracy Jacobson', type: 'person' },
        { name: 'Baghdad', type: 'place' },
      ],
      'statement',
    );
    expect(e.participants).toEqual({ agent: ['Tracy Jacobson'] });
  });

  it('reads "the leader of X, NAME" as the named person, and "the leader of X" as X', () => {
    const named = only(
      'Drones killed the leader of the Hezbollah Brigades, Abu Baqir al-Saadi.',
      [
        { name: 'Hezbollah Brigades', type: 'group' },
        { name: 'Abu Baqir al-Saadi', type: 'person' },
      ],
      'killing',
    );
    expect(named.participants).toEqual({ victim: ['Abu Baqir al-Saadi'] });
    const unnamed = only(
      'Drones killed the leader of the Hezbollah Brigades.',
      [{ name: 'Hezbollah Brigades', type: 'group' }],
      'killing',
    );
    expect(unnamed.participants).toEqual({ victim: ['Hezbollah Brigades'] });
  });

  it('resolves "the coordination" and "it" to the committee through the entity table', () => {
    const e = only(
      'The Iraqi Resistance Coordination Committee met. Later the coordination stated that it held a meeting.',
      [COMMITTEE],
      'statement',
    );
    expect(e.participants).toEqual({ agent: ['Iraqi Resistance Coordination Committee'] });
    const { events: evs, names } = events(
      'The Iraqi Resistance Coordination Committee was formed in 2003. Later the coordination stated that it held a meeting.',
      { entities: [COMMITTEE], minConfidence: 0 },
    );
    const meeting = view(evs, names).find((x) => x.type === 'meeting')!;
    expect(meeting.participants).toEqual({ agent: ['Iraqi Resistance Coordination Committee'] });
    expect(meeting.status).toBe('reported');
    expect(meeting.reportedBy).toBe('Iraqi Resistance Coordination Committee');
  });

  it('links "the American side" to the United States only when the article has that place', () => {
    const text = 'The factions held talks with the American side in Baghdad.';
    const without = only(text, [{ name: 'Baghdad', type: 'place' }], 'negotiation');
    expect(without.participants).toEqual({});
    const withUs = only(`${text} The US declined to comment.`, [US, { name: 'Baghdad', type: 'place' }], 'negotiation');
    expect(withUs.participants).toEqual({ participant: ['United States'] });
    expect(withUs.place).toBe('Baghdad');
  });

  it('passes the participants of a cause to the event it led to', () => {
    const e = only(
      'Talks between Baghdad and Washington led to an agreement.',
      [
        { name: 'Baghdad', type: 'place' },
        { name: 'Washington', type: 'place' },
      ],
      'agreement',
    );
    expect(e.participants).toEqual({ participant: ['Baghdad', 'Washington'] });
  });

  it('does not take the object of a preposition before a participle clause as its subject', () => {
    const { events: evs } = events('The jet crashed into the Atlantic Ocean, killing all 228 people on board.', {
      entities: [{ name: 'Atlantic Ocean', type: 'place' }],
      minConfidence: 0,
    });
    const killing = evs.find((e) => e.type === 'killing');
    expect(killing?.participants ?? []).toEqual([]);
  });

  it('reads the subject of a clause opened by a preposition-like word ("after the Shuffle was introduced")', () => {
    const e = only(
      'The nano came after the Shuffle was introduced in January.',
      [{ name: 'Shuffle', type: 'group' }],
      'product-launch',
    );
    expect(e.participants).toEqual({ patient: ['Shuffle'] });
  });

  it('takes a place-in-PP subject as no subject ("In Baghdad, protesters rallied")', () => {
    const e = only(
      'In Baghdad, protesters rallied against the government.',
      [{ name: 'Baghdad', type: 'place' }],
      'protest',
    );
    expect(e.participants).toEqual({});
    expect(e.place).toBe('Baghdad');
  });
});

describe('headings and names', () => {
  it('makes no event from a heading line without a verb', () => {
    const { events: evs } = events(
      'Criticism of the American presence in Iraq\n\nAn extraordinary meeting of the armed factions in Iraq regarding the American presence',
      { entities: [{ name: 'Iraq', type: 'place' }], minConfidence: 0 },
    );
    expect(evs).toEqual([]);
  });

  it('does not read a trigger word inside a name or a noun compound as an event', () => {
    const { events: evs } = events("Apple's iTunes store passed Best Buy in sales, the state aid dispute aside.", {
      entities: [{ name: 'Apple', type: 'group' }],
      minConfidence: 0,
    });
    expect(evs.map((e) => e.trigger.text)).not.toContain('Buy');
    expect(evs.map((e) => e.trigger.text)).not.toContain('aid');
    const sold = events("Apple makes the world's most-sold MP3 player.", {
      entities: [{ name: 'Apple', type: 'group' }],
      minConfidence: 0,
    }).events;
    expect(sold).toEqual([]);
  });
});

describe('confidence', () => {
  it('drops events below the threshold and keeps them when it is lowered', () => {
    const text = 'A meeting took place.';
    expect(events(text, { entities: [] }).events).toEqual([]);
    const low = events(text, { entities: [], minConfidence: 0.1 }).events;
    expect(low.map((e) => e.type)).toEqual(['meeting']);
    expect(low[0]!.confidence).toBeLessThan(0.5);
  });
});
