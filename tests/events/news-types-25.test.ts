/**
 * The general-news event types of schema 2.5 (issue 14, "Other domains"): approvals by an authority, prizes and
 * awards, stock-market listings, visits (a meeting subtype), and the verbs typed by their object (job cuts,
 * financial results, a conviction quashed, a case dismissed), successions, impeachments, investitures, launches
 * in shops and insolvencies. Each trigger word is tested in its event sense and in its false senses. Every
 * sentence is our own, written for the rule it tests; none is taken from a data set.
 */
import { buildLexicon, type Taxonomy } from '../../src/events/taxonomy.js';
import { events, type EntitySpec } from './builders.js';

/** Every trigger read, whatever its confidence, as `type[/subtype]:trigger`. */
function read(text: string, entities: EntitySpec[] = []): string[] {
  return events(text, { published: '2025-11-07', minConfidence: 0, entities }).events.map(
    (e) => `${e.type}${e.subtype ? `/${e.subtype}` : ''}:${e.trigger.text}`,
  );
}
const ofType = (text: string, type: string): string[] => read(text).filter((t) => t.startsWith(type));

describe('approval by an authority', () => {
  it.each([
    ['Regulators on Tuesday approved a weekly pill for migraine.', 'approval:approved'],
    ['The new vaccine was approved by the medicines agency in June.', 'approval:approved'],
    ['A judge approved a $40 million settlement with the tenants.', 'approval:approved'],
    ['The competition authority cleared the merger of the two dairies.', 'approval:cleared'],
    ['The takeover was cleared by regulators last month.', 'approval:cleared'],
    ['The airline won approval from the ministry for the new route.', 'approval:won'],
  ])('an authority approves or clears: %s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it('an event noun approved keeps the light-verb reading, one event at the verb ("approved the takeover")', () => {
    const got = read('Shareholders approved the takeover at a special meeting.');
    expect(got).toContain('acquisition:approved');
    expect(got.filter((t) => t.endsWith(':approved'))).toHaveLength(1);
  });

  it('a law or budget approved is legislation ("The council approved the budget for next year")', () => {
    expect(read('The council approved the budget for next year.')).toContain('legislation:approved');
    expect(ofType('The council approved the budget for next year.', 'approval')).toEqual([]);
  });

  it.each([
    ['Most voters approve of the way the mayor handles crime.'],
    ['Firefighters cleared the area around the warehouse.'],
    ['The ruling cleared the way for new elections.'],
    ['Crews cleared snow from the runway overnight.'],
    ['His approval rating fell to 31 percent.'],
    ['Under the approval, the plant may run until 2030.'],
  ])('liking, clearing a place or a way, a rating, a bare mention are no approval: %s', (text) => {
    expect(ofType(text, 'approval')).toEqual([]);
  });
});

describe('prizes and awards', () => {
  it.each([
    ['The poet won the national book prize on Thursday.', 'award:won'],
    ['The architect was awarded the gold medal of the institute.', 'award:awarded'],
    ["A chemist from Lyon won this year's Nobel Prize.", 'award:won'],
    ['The jury awarded her the prize for her first novel.', 'award:awarded'],
  ])('a prize or award won or given: %s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['The sprinter won a gold medal in the 200 metres final.', 'sport:won'],
    ['The ministry awarded a contract for the bridge to a local firm.', 'contract:awarded'],
  ])('a medal won in competition is sport, a contract awarded a contract: %s', (text, expected) => {
    const got = read(text);
    expect(got).toContain(expected);
    expect(got.filter((t) => t.startsWith('award'))).toEqual([]);
  });

  it.each([['The prize is worth 50,000 euros.'], ['She won praise for her calm.'], ['He won the argument.']])(
    'a prize named, praise or an argument won are no award: %s',
    (text) => {
      expect(ofType(text, 'award')).toEqual([]);
    },
  );
});

describe('stock-market listings', () => {
  it.each([
    ['The chipmaker listed on the Taipei Exchange in 2018.', 'listing:listed'],
    ['The bank was listed on the stock market two years ago.', 'listing:listed'],
    ['The delivery firm went public in March.', 'listing:went'],
    ['Its flotation raised 2 billion pounds.', 'listing:flotation'],
  ])('shares listed on an exchange: %s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['Three climbers are listed as missing.'],
    ['The owl is listed on the register of endangered species.'],
    ['The nurse went public with her complaints about the ward.'],
    ['The names were listed in the annual report.'],
  ])('listed as missing, on a register, going public with complaints are no listing: %s', (text) => {
    expect(ofType(text, 'listing')).toEqual([]);
  });
});

describe('visits', () => {
  it.each([
    ['The prime minister visited a flooded village on Monday.', 'meeting/visit:visited'],
    ['The king began a three-day state visit to Ghana.', 'meeting/visit:visit'],
    ['The minister toured a wind farm in the north.', 'meeting/visit:toured'],
    ['Her official trip to Seoul ended with a dinner.', 'meeting/visit:trip'],
  ])('a visit or a tour: %s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['The panel will visit the issue again next year.'],
    ['Readers can visit the website for details.'],
    ['The trip wire set off the alarm.'],
  ])('an issue, a website, a trip wire are no visit: %s', (text) => {
    expect(ofType(text, 'meeting')).toEqual([]);
  });

  it('a meeting stays a meeting ("The two leaders met in Oslo")', () => {
    expect(read('The two leaders met in Oslo.')).toContain('meeting:met');
  });
});

describe('job cuts', () => {
  it.each([
    ['The carmaker will cut 3,000 jobs in Spain.', 'layoffs:cut'],
    ['The insurer shed 900 jobs last year.', 'layoffs:shed'],
    ['The bank plans to trim 200 of its 5,000 jobs.', 'layoffs:trim'],
    ['The airline slashed its workforce by a fifth.', 'layoffs:slashed'],
    ['About 1,200 jobs will be cut at the plant.', 'layoffs:cut'],
  ])('jobs cut, shed, trimmed or slashed: %s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['The firm cut costs by closing two depots.'],
    ['The central bank cut interest rates on Thursday.'],
    ['The mayor cut the ribbon at the new bridge.'],
    ['The ministry will cut staff costs by 5 percent.'],
    ['The group trimmed its profit forecast.'],
  ])('costs, rates, a ribbon, staff costs cut are no layoffs: %s', (text) => {
    expect(ofType(text, 'layoffs')).toEqual([]);
  });
});

describe('financial results', () => {
  // A financial result is kept only when its company is a known entity (requiresAgent): each sentence names one.
  const firm: EntitySpec[] = [{ name: 'Brauwerk', type: 'group' }];
  const results = (text: string): string[] => read(text, firm).filter((t) => t.startsWith('financial-result'));

  it.each([
    ['Brauwerk reported a quarterly profit of 80 million euros.', 'financial-result:profit'],
    ['Brauwerk posted a loss of $12 million for the year.', 'financial-result:posted'],
    ['Brauwerk reported a sharp fall in net income.', 'financial-result:reported'],
    ['Brauwerk reported its annual results on Monday.', 'financial-result:reported'],
  ])('results reported or posted: %s', (text, expected) => {
    expect(results(text)).toContain(expected);
  });

  it('a profit reported is one event, not one for the verb and one for the noun', () => {
    expect(results('Brauwerk reported a quarterly profit of 80 million euros.')).toHaveLength(1);
  });

  it.each([
    ['Results at Brauwerk showed a rise in the number of orders.'],
    ['Brauwerk reported a fire in the basement.'],
    ['Brauwerk posted a video of the brewing hall.'],
    ['Brauwerk reported the results of a staff survey.'],
  ])('results that show, a fire reported, a video posted, a survey are no financial result: %s', (text) => {
    expect(results(text)).toEqual([]);
  });
});

describe('courts: quashed and dismissed', () => {
  it.each([
    ['The appeals court quashed his conviction on Friday.', 'ruling:quashed'],
    ['The permit was quashed by the High Court.', 'ruling:quashed'],
    ['A judge dismissed the lawsuit against the city.', 'ruling:dismissed'],
  ])('a ruling: %s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['Lawyers for the city moved to dismiss the lawsuit.'],
    ['The builder asked the judge to quash the permit.'],
  ])('a party asking for a ruling is no ruling: %s', (text) => {
    expect(ofType(text, 'ruling')).toEqual([]);
  });

  it('a conviction quashed is one event, the ruling', () => {
    expect(read('The appeals court quashed his conviction on Friday.').filter((t) => t.startsWith('ruling'))).toEqual([
      'ruling:quashed',
    ]);
  });

  it.each([['Police quashed the rumours of a curfew.'], ['The army quashed the revolt within a week.']])(
    'rumours or a revolt quashed are no ruling: %s',
    (text) => {
      expect(ofType(text, 'ruling')).toEqual([]);
    },
  );

  it('a minister dismissed stays a resignation; allegations dismissed are neither', () => {
    expect(read('The president dismissed the finance minister.')).toContain('appointment/resignation:dismissed');
    expect(ofType('The company dismissed the allegations as baseless.', 'appointment')).toEqual([]);
    expect(ofType('The company dismissed the allegations as baseless.', 'ruling')).toEqual([]);
  });
});

describe('successions, impeachments, investitures, launches, insolvencies', () => {
  it.each([
    ['She will succeed Tom Berger as chief executive in May.', 'appointment:succeed'],
    ['The assembly impeached the governor in June.', 'charge:impeached'],
    ['The new cabinet was sworn in on Monday.', 'ceremony:sworn in'],
    ['The phone goes on sale in Europe next month.', 'product-launch:goes'],
    ['The chain went into administration last week.', 'bankruptcy:went'],
    ['The shipyard filed for bankruptcy protection.', 'bankruptcy:filed'],
    ['Bankruptcy proceedings began on Tuesday.', 'bankruptcy:Bankruptcy'],
  ])('%s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['The talks succeeded in narrowing the gap.', 'appointment'],
    ['The plan succeeded beyond hopes.', 'appointment'],
    ['The witness swore in court that he saw the car.', 'ceremony'],
    ['The house is not for sale.', 'product-launch'],
    ['He joined the administration in 2019.', 'bankruptcy'],
  ])('no event of the kind: %s', (text, type) => {
    expect(ofType(text, type)).toEqual([]);
  });
});

describe('object verbs in the taxonomy', () => {
  it('refuses one object word of one verb claimed by two types', () => {
    const t = (id: string, words: string[]) => ({
      id,
      label: id,
      category: 'business',
      description: 'test type',
      cameo: null,
      acled: null,
      triggers: { verbs: [], nouns: [], contextNouns: {}, objectVerbs: { cut: words } },
    });
    const clash: Taxonomy = { version: 2, types: [t('a', ['job']), t('b', ['jobs', 'job'])] };
    expect(() => buildLexicon(clash)).toThrow(/object "job" of verb "cut"/);
    const fine: Taxonomy = { version: 2, types: [t('a', ['job']), t('b', ['rate'])] };
    expect(buildLexicon(fine).objectVerbs.get('cut')).toHaveLength(2);
  });
});
