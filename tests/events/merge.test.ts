/** The same event told twice becomes one event with several evidence spans; different events stay apart. */
import { events, view, type EntitySpec } from './builders.js';

const AIRBUS: EntitySpec = { name: 'Airbus', type: 'group' };
const QATAR: EntitySpec = { name: 'Qatar Airways', type: 'group' };
const ISRAEL: EntitySpec = { name: 'Israel', type: 'place' };
const RAFAH: EntitySpec = { name: 'Rafah', type: 'place' };

describe('merging mentions of one event', () => {
  it('merges a retelling that shares a participant, keeping the first trigger and the best date', () => {
    const text =
      'Airbus signed a deal with Qatar Airways.\n\nThe deal with Qatar Airways was reached on Monday in Paris.';
    const { events: evs, names } = events(text, {
      entities: [AIRBUS, QATAR, { name: 'Paris', type: 'place' }],
      timexes: [{ text: 'on Monday', value: '2024-06-17', precision: 'day' }],
      minConfidence: 0,
    });
    const deals = view(evs, names).filter((e) => e.type === 'agreement');
    expect(deals).toHaveLength(1);
    expect(deals[0]).toMatchObject({ trigger: 'signed', date: '2024-06-17', place: 'Paris', evidence: 2 });
    expect(deals[0]!.participants).toEqual({ agent: ['Airbus'], participant: ['Qatar Airways'] });
    expect(evs.find((e) => e.type === 'agreement')!.evidence.map((e) => e.text)).toEqual([
      'Airbus signed a deal with Qatar Airways.',
      'The deal with Qatar Airways was reached on Monday in Paris.',
    ]);
  });

  it('merges a nameless mention into the named one in the same sentence ("In a statement, X stated")', () => {
    const { events: evs, names } = events('In a statement, Airbus stated that sales rose.', {
      entities: [AIRBUS],
      minConfidence: 0,
    });
    expect(view(evs, names).filter((e) => e.type === 'statement')).toEqual([
      expect.objectContaining({ trigger: 'statement', participants: { agent: ['Airbus'] }, evidence: 1 }),
    ]);
  });

  it('keeps events apart when their dates conflict', () => {
    const text = 'Israel attacked Rafah on Monday. Israel attacked Rafah on Friday.';
    const { events: evs } = events(text, {
      entities: [ISRAEL, RAFAH],
      timexes: [
        { text: 'on Monday', value: '2024-06-17', precision: 'day' },
        { text: 'on Friday', value: '2024-06-14', precision: 'day' },
      ],
      minConfidence: 0,
    });
    expect(evs.filter((e) => e.type === 'attack').map((e) => e.date.value)).toEqual(['2024-06-17', '2024-06-14']);
  });

  it('keeps a negated mention apart from an asserted one, and a marked repetition apart', () => {
    const negated = events('Israel attacked Rafah. Israel did not attack Rafah.', {
      entities: [ISRAEL, RAFAH],
      minConfidence: 0,
    }).events;
    expect(negated.filter((e) => e.type === 'attack').map((e) => e.status)).toEqual(['occurred', 'negated']);
    const again = events('Israel attacked Rafah. Israel attacked Rafah again.', {
      entities: [ISRAEL, RAFAH],
      minConfidence: 0,
    }).events;
    expect(again.filter((e) => e.type === 'attack')).toHaveLength(2);
  });

  it('gives stable ids: the same input yields the same events, byte for byte', () => {
    const text = 'Airbus signed a deal with Qatar Airways in Paris.';
    const opts = { entities: [AIRBUS, QATAR, { name: 'Paris', type: 'place' as const }] };
    expect(JSON.stringify(events(text, opts).events)).toBe(JSON.stringify(events(text, opts).events));
    expect(events(text, opts).events[0]!.id).toMatch(/^evt_[0-9a-f]{16}$/);
  });
});
