/**
 * Verbs with an event sense and an ordinary one, told apart by their context: "demonstrate" is a protest
 * without an object and "show" with one; "rule" is a ruling when a court, judge or panel rules. Every
 * sentence is written for the rule it tests; none is taken from a data set.
 */
import { events } from './builders.js';

const found = (text: string): string[] =>
  events(text, { minConfidence: 0 }).events.map((e) => `${e.type}:${e.trigger.text}`);

describe('demonstrate', () => {
  it.each([
    ['Hundreds demonstrated outside the town hall.'],
    ['Farmers demonstrated Tuesday against the new tax.'],
    ['Nurses were demonstrating in the rain.'],
  ])('without an object it is a protest: %s', (text) => {
    expect(found(text)).toContain(`protest:${/demonstrat\w+/.exec(text)![0]}`);
  });

  it.each([
    ['While demonstrating the new tablet, the designer dropped a cup.'],
    ['The trial demonstrated that the vaccine works.'],
    ['The drill demonstrated its readiness.'],
    ['Engineers demonstrated Roverbot to the visitors.'],
  ])('with an object it means show, no protest: %s', (text) => {
    expect(found(text).filter((t) => t.startsWith('protest'))).toEqual([]);
  });
});

describe('rule', () => {
  it.each([
    ['The appeals court ruled that the ban was lawful.'],
    ['A judge ruled in favour of the tenants.'],
    ['The tribunal ruled against the club.'],
  ])('a court, judge or panel rules: a ruling (%s)', (text) => {
    expect(found(text)).toContain('ruling:ruled');
  });

  it.each([['The family ruled the island for a century.'], ['The mayor ruled out new taxes.']])(
    'ruling a country or ruling something out is no ruling: %s',
    (text) => {
      expect(found(text).filter((t) => t.startsWith('ruling'))).toEqual([]);
    },
  );
});

describe('beat', () => {
  it.each([
    ['Police beat students with batons outside the campus.', 'beat'],
    ['Three reporters were badly beaten by guards.', 'beaten'],
  ])('people beaten: an attack (%s)', (text, trigger) => {
    expect(found(text)).toContain(`attack:${trigger}`);
  });

  it('people beaten by a crowd: mob violence, a riot (session 20)', () => {
    expect(found('A crowd beat a thief to death.')).toContain('riot:beat');
  });

  it.each([
    ['Rovers beat United 3-0 at home.'],
    ['The firm beat its sales forecast.'],
    ['The champions were beaten by a younger side.'],
  ])('a team, a record or a forecast beaten is no attack: %s', (text) => {
    expect(found(text).filter((t) => t.startsWith('attack'))).toEqual([]);
  });

  it('a baton is the instrument of a beating', () => {
    const [e] = events('Police beat students with batons outside the campus.').events;
    expect(e?.instrument?.text).toBe('batons');
  });
});

describe('meet', () => {
  it.each([["The three countries had to meet the alliance's standards."], ["The firm met its lender's targets."]])(
    "meeting a possessor's standards or targets is no meeting: %s",
    (text) => {
      expect(found(text).filter((t) => t.startsWith('meeting'))).toEqual([]);
    },
  );

  it('a meeting with a possessive after it is still a meeting', () => {
    expect(found("The ministers met the president's envoy in Cairo.")).toContain('meeting:met');
  });
});
