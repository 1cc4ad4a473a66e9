/**
 * Session 22 (the lead): a sentence that opens by saying it tells another event ("Separately, …", "Elsewhere, …",
 * "In a separate attack, …"). Sentences written for the rule and its false senses; none is taken from a data set
 * or a gold file.
 */
import { allEvents } from './builders.js';

const tuesday = { timexes: [{ text: 'on Tuesday', value: '2024-03-05', precision: 'day' as const }] };

describe('a sentence that opens by saying it tells another event', () => {
  it('"Separately, a roadside bomb killed two soldiers" is no retelling of the killing told before', () => {
    const ks = allEvents(
      'Gunmen killed four villagers on Tuesday, officials said. The attackers fled on motorcycles.\n\n' +
        'Separately, a roadside bomb killed two soldiers in the south, the army said.',
      '2024-03-07',
      tuesday,
    ).filter((e) => e.type === 'killing');
    expect(ks.map((e) => e.casualties?.killed?.value).sort()).toEqual([2, 4]);
  });

  it('"Elsewhere" and "In a separate attack" open another event too', () => {
    for (const opening of ['Elsewhere, a', 'In a separate attack, a', 'In another incident, a']) {
      const ks = allEvents(
        'Gunmen killed four villagers on Tuesday, officials said.\n\n' +
          `${opening} roadside bomb killed two soldiers, the army said.`,
        '2024-03-07',
        tuesday,
      ).filter((e) => e.type === 'killing');
      expect(ks).toHaveLength(2);
    }
  });

  it('a definite retelling in such a sentence still retells ("Separately, police said the killing …")', () => {
    const ks = allEvents(
      'Gunmen killed four villagers on Tuesday, officials said.\n\n' +
        'Separately, police said the killing was the work of a local gang.',
      '2024-03-07',
      tuesday,
    ).filter((e) => e.type === 'killing');
    expect(ks).toHaveLength(1);
  });
});
