/**
 * Session 18 ("senses" helper): wrong senses and rows of political, conflict and sports wire (judged7's
 * phenomena, read for errors). Every sentence is written for the rule it tests; none is taken from a data set
 * or a gold file.
 */
import { allEvents, events } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const run = (text: string): EventRecord[] => allEvents(text, '2023-05-12');

const at = (evs: readonly EventRecord[], word: string): EventRecord | undefined =>
  evs.find((e) => e.trigger.text === word || (e.mentions ?? []).some((m) => m.text === word));

const argumentTexts = (e: EventRecord | undefined, role: string): string[] =>
  (e?.arguments ?? []).filter((a) => a.role === role).map((a) => a.text);

describe('a game told with the words of violence, protest and trade', () => {
  it.each([
    ["Bonilla's blast in the seventh gave the Orioles a 5-4 win over Seattle.", 'blast', 'attack'],
    ['The keeper killed the penalty in the second half as Rovers beat City 2-1.', 'killed', 'killing'],
    ['Kell launched his 22nd homer over the fence as the Reds beat Denver 6-2.', 'launched', 'product-launch'],
    ['Sheffield delivered a double in the first inning as the Marlins beat Houston 4-1.', 'delivered', 'contract'],
    ['The Rovers won 6-5 and took over the lead in the division.', 'took over', 'acquisition'],
    ["Arsenal's attack was blunted by City's defence in a 0-0 draw.", 'attack', 'attack'],
    [
      'Orvia last won the Davis Cup in 1986, but they were beaten finalists against Kell three years ago.',
      'beaten',
      'attack',
    ],
  ])('%s', (text, word, type) => {
    expect(run(text).filter((e) => e.type === type && at([e], word))).toEqual([]);
  });

  it('a rally told with the players of a game, with no score of its own', () => {
    expect(run('The rally made a winner out of reliever Tom Ash.').filter((e) => e.type === 'protest')).toEqual([]);
  });

  it('kept: a killing told in a sentence of its own on a sports page', () => {
    const text = [
      'The Padres beat New York 4-3 on Tuesday.',
      "Finley's homer capped a four-run eighth inning.",
      'The Reds defeated the Rockies 4-2 in Denver.',
      'Gunmen killed two guards in Kell on Tuesday.',
    ].join('\n');
    expect(at(run(text), 'killed')?.type).toBe('killing');
  });

  it('kept: fans who attack police after a game are violence', () => {
    expect(at(run('Fans attacked police after Rovers lost 2-1 to City.'), 'attacked')?.type).toBe('attack');
  });

  it("a player's debut in a game is a sporting event, a phone's debut a launch", () => {
    expect(at(run('Jon Vale made his league debut as the Reds beat Denver 6-2.'), 'debut')?.type).toBe('sport');
    expect(at(run('The phone made its debut in Tokyo on Monday.'), 'debut')?.type).toBe('product-launch');
  });
});

describe('a sport result takes sides, not plays or scores, and its score says it was played', () => {
  it('the score is no patient', () => {
    const e = at(run('The Hawks lost 3-2 to Atlanta on Sunday.'), 'lost');
    expect(e?.type).toBe('sport');
    expect(argumentTexts(e, 'patient')).not.toContain('3-2');
  });

  it('a rally is no agent, and the result with its score happened', () => {
    const e = at(run('Owen Dale hit a two-run homer in a ninth-inning rally to beat Boston 6-5 on Tuesday.'), 'beat');
    expect(e?.type).toBe('sport');
    expect(argumentTexts(e, 'agent').some((t) => /rally/.test(t))).toBe(false);
    expect(e?.status).toBe('occurred');
  });
});

describe('wrong senses of political wire', () => {
  it('a multi-party system introduced is no product launch; an operating system is', () => {
    expect(
      run('The president introduced a multi-party system in 1991.').filter((e) => e.type === 'product-launch'),
    ).toEqual([]);
    expect(at(run('Zentrix introduced a new operating system on Monday.'), 'introduced')?.type).toBe('product-launch');
  });

  it('an acceptance address delivered is no contract; jets delivered are', () => {
    expect(run('The mayor delivers his acceptance address on Friday.').filter((e) => e.type === 'contract')).toEqual(
      [],
    );
    expect(at(run('Kelsa delivered the first jets to Orvia on Friday.'), 'delivered')?.type).toBe('contract');
  });

  it('a ban on extradition is a law, no sanction; a ban on flights or arms sales is one', () => {
    const text =
      'A senior judge accused the cabinet of indifference on Monday over efforts to lift the long-standing ban on extradition.';
    expect(run(text).filter((e) => e.type === 'sanction')).toEqual([]);
    expect(at(run('Orvia lifted its ban on flights to Kell on Monday.'), 'ban')?.type).toBe('sanction');
  });

  it('an attack on the government in words is no attack; on government forces it is, by a mob a riot', () => {
    const words =
      'Accusing the premier of stupidity, Lenz launched his strongest attack on the new government since May.';
    expect(run(words).filter((e) => e.type === 'attack' || e.type === 'product-launch')).toEqual([]);
    expect(at(run('The rebels launched an attack on government forces near Kell.'), 'attack')?.type).toBe('attack');
    expect(
      at(run('The mob launched an attack on the government on Monday, storming parliament.'), 'attack')?.type,
    ).toBe('riot');
  });

  it('rebels who take over the capital capture it; a firm that takes over its rival acquires it', () => {
    expect(
      run('Rebels took over the capital on Tuesday after three days of fighting.').filter(
        (e) => e.type === 'acquisition',
      ),
    ).toEqual([]);
    expect(at(run('Halvor Corp took over its rival Demsen last year.'), 'took over')?.type).toBe('acquisition');
  });
});

describe('a headline closed with a full stop over a dateline', () => {
  const story = (headline: string): string =>
    `${headline}\nLAGOS 2023-05-11\nPolice arrested five men on Thursday.\nThe men are due in court in June.`;

  it('is the headline: its event is the lead event, dated by it', () => {
    const evs = events(story('Police arrest five in Lagos raid.'), {
      published: '2023-05-12',
      timexes: [{ text: 'Thursday', value: '2023-05-11', precision: 'day' }],
      entities: [],
      minConfidence: 0,
    }).events;
    const arrests = evs.filter((e) => e.type === 'arrest');
    expect(arrests).toHaveLength(1);
    expect(arrests[0]!.date.value).toBe('2023-05-11');
  });

  it('a present-tense headline event happened, not as a rule', () => {
    const text =
      "Orvia approves Tamsin's flight to Kell.\nORVIA 2023-05-11\nOrvia gave President Tamsin permission on Thursday to fly over its territory, an aide said.";
    expect(at(run(text), 'approves')?.status).toBe('occurred');
  });

  it('kept: a first sentence followed by running text is a lead, not a headline', () => {
    const text = 'Police arrest drivers who speed.\nThe rule has been in force since March, a spokesman said.';
    expect(at(run(text), 'arrest')?.status).not.toBe('occurred');
  });
});

describe('a record over many games is no game that happened', () => {
  it.each([
    ['The Rovers have won eight of 15 games at Kell Park this season.', 'won'],
    ['The Hawks have lost six of their last eight games.', 'lost'],
  ])('%s', (text, word) => {
    const e = at(run(text), word);
    if (e) expect(e.status).toBe('generic');
  });

  it('kept: one game with its score happened', () => {
    expect(at(run('The Hawks beat Kell 3-1 on Sunday.'), 'beat')?.status).toBe('occurred');
  });
});
