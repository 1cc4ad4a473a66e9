/**
 * Session 23 ("evdates" helper; issue 14, event dates): the dating phenomena the development splits showed. Every
 * sentence is our own, written for the rule it tests; none is taken from a data set or a gold file.
 */
import { annotate } from '../../src/nlp/wink.js';
import { extractTimexes } from '../../src/timex/index.js';
import { datedViews, viewOn } from './builders.js';

/** The values of the time expressions the timex stage finds in `text`, published on `dct`. */
function timexValues(text: string, dct: string): Record<string, string | null> {
  const a = annotate(text);
  const { timexes } = extractTimexes({
    text,
    tokens: a.tokens,
    sentences: a.sentences,
    lowerForms: a.lowerForms,
    publication: { date: dct, source: 'config', confidence: 1 },
  });
  return Object.fromEntries(timexes.map((x) => [x.text, x.value]));
}

const PUBLISHED = '2024-03-07'; // a Thursday
const tuesday = { text: 'on Tuesday', value: '2024-03-05', precision: 'day' as const };

describe("a time that looks ahead, after the infinitive a past verb governs, is the infinitive's", () => {
  it('"met on Tuesday and agreed to resume talks next month": the agreement is Tuesday\'s, the talks next month\'s', () => {
    const views = datedViews(
      'The two foreign ministers met in Vienna on Tuesday and agreed to resume border talks next month.',
      [tuesday, { text: 'next month', value: '2024-04', precision: 'month' }],
      PUBLISHED,
    );
    expect(viewOn(views, 'agreed')?.date).toBe('2024-03-05');
    expect(viewOn(views, 'talks')?.date).toBe('2024-04');
  });

  it('"agreed to free the hostages tomorrow" is no agreement a year before tomorrow', () => {
    const views = datedViews(
      'The rebels agreed to free the hostages tomorrow.',
      [{ text: 'tomorrow', value: '2024-03-08', precision: 'day' }],
      PUBLISHED,
    );
    expect(viewOn(views, 'free')?.date).toBe('2024-03-08');
    // The lead's undated agreement is the news of the day (the report date), not 2023-03-08.
    expect(viewOn(views, 'agreed')?.date).toBe(PUBLISHED);
  });

  it('a time that does not look ahead still dates the past verb ("agreed to buy the firm on Friday")', () => {
    const views = datedViews(
      'The company agreed to buy the rival firm on Friday.',
      [{ text: 'Friday', value: '2024-03-01', precision: 'day' }],
      PUBLISHED,
    );
    expect(viewOn(views, 'agreed')?.date).toBe('2024-03-01');
  });
});

describe('a weekday far from the verb that governs it', () => {
  it.each([
    // A long object puts "will host" beyond the window: Thursday is the coming one, not the report verb's past.
    [
      'Norway will host a fresh round of prisoner-exchange talks between the government and the rebels on Thursday, the foreign ministry said.',
      '2024-03-07',
    ],
    // A far verb in the past reads it back, as the report verb did.
    [
      'Police arrested a former deputy head of the regional customs service and two of his business partners in the port city on Thursday, prosecutors said.',
      '2024-02-29',
    ],
  ])('%s', (text, thursday) => {
    expect(timexValues(text, '2024-03-04' /* a Monday */)['Thursday']).toBe(thursday);
  });

  it('not past a reporting verb: "have reported a rise … in the run-up to the September 14 elections" looks ahead', () => {
    const values = timexValues(
      'Police officers and relief workers have reported a rise in political violence across the region in the run-up to the September 14 elections.',
      '2024-06-03',
    );
    expect(values['September 14']).toBe('2024-09-14');
  });
});

describe('a march a crowd commits to is a protest to come', () => {
  const friday = { text: 'on Friday', value: '2024-03-08', precision: 'day' as const };

  it('"Students vowed to march on parliament on Friday": a protest, dated the coming Friday', () => {
    const march = viewOn(datedViews('Students vowed to march on parliament on Friday.', [friday], PUBLISHED), 'march');
    expect(march?.type).toBe('protest');
    expect(march?.date).toBe('2024-03-08');
  });

  it('troops that vow to march on a town are no protest', () => {
    expect(viewOn(datedViews('Troops vowed to march on the rebel town on Friday.', [friday], PUBLISHED), 'march')).toBe(
      undefined,
    );
  });
});

describe('an act told as the answer to an earlier one takes no date from it', () => {
  const sunday = { text: 'on Sunday', value: '2024-03-03', precision: 'day' as const };

  it('"… had bombed rebel positions in response" is not dated to the shelling\'s Sunday', () => {
    const views = datedViews(
      'Rebels shelled a displacement camp on Sunday, killing 17 civilians. The army said its jets had bombed rebel positions in response.',
      [sunday],
      PUBLISHED,
    );
    expect(viewOn(views, 'shelled')?.date).toBe('2024-03-03');
    expect(viewOn(views, 'bombed')?.date).toBe(null);
  });

  it('without "in response" the bombing is still told at the paragraph\'s time', () => {
    const views = datedViews(
      'Rebels shelled a displacement camp on Sunday, killing 17 civilians. The army said its jets had bombed rebel positions near the camp.',
      [sunday],
      PUBLISHED,
    );
    expect(viewOn(views, 'bombed')?.date).toBe('2024-03-03');
  });
});

describe('"in response to" something that is no event told is no answer to an earlier event', () => {
  it('"released the program in response to complaints" still retells the release told before', () => {
    const releases = datedViews(
      'Orvia has released an update that limits the volume of its speakers. Orvia released the update in response to complaints from parents.',
      [],
      PUBLISHED,
    ).filter((v) => v.type === 'product-launch');
    expect(releases).toHaveLength(1);
  });
});

describe('"overnight" in a report is the night before it', () => {
  const saturday = { text: 'on Saturday', value: '2024-03-02', precision: 'day' as const };
  const monday = '2024-03-04';

  it('"drones struck … overnight" in a Monday report is Sunday, not the Saturday an earlier sentence set', () => {
    const views = datedViews(
      'The two sides swapped 150 prisoners each on Saturday. Drones struck a power station in the south overnight, officials said.',
      [saturday],
      monday,
    );
    expect(views.find((v) => v.type === 'attack')?.date).toBe('2024-03-03');
  });

  it('a story told at an older time keeps it ("On Feb. 20 rebels attacked … shelled the market overnight")', () => {
    const views = datedViews(
      'Rebels attacked the town on Feb. 20. They shelled the market overnight, residents said.',
      [{ text: 'on Feb. 20', value: '2024-02-20', precision: 'day' }],
      monday,
    );
    expect(viewOn(views, 'shelled')?.date).toBe('2024-02-20');
  });
});
