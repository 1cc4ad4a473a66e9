/**
 * Readings that let a sentence's own words support an event (issue 14, session 9): who took part, who was
 * held, what was hit, told in forms the rules did not read before. Each rule in docs/events.md has a
 * sentence of its own here; none is taken from a data set. Events are extracted at the default confidence
 * threshold, so a case also says the event is kept as a row.
 */
import { events, type EntitySpec } from './builders.js';
import type { EventRecord } from '../../src/types.js';

const L = (name: string): EntitySpec => ({ name, type: 'place' });

interface Case {
  rule: string;
  text: string;
  entities?: EntitySpec[];
  /** The event whose mentions include this word. */
  trigger: string;
  type: string;
  status?: string;
  /** Extract at this threshold instead of the default (for a rule about the reading, not the row). */
  minConfidence?: number;
  /** Role → head words, in text order, that must be among the event's arguments. */
  heads?: Record<string, string[]>;
}

const CASES: Case[] = [
  {
    rule: 'a typographic apostrophe marks a possessive as a straight one does',
    text: 'Police watched Zedland’s nationwide protests on Sunday.',
    entities: [L('Zedland')],
    trigger: 'protests',
    type: 'protest',
    heads: { agent: ['Zedland'] },
  },
  {
    rule: '"called for" an event demands it: planned, with the caller as its agent, not a name given to an event',
    text: 'The union called for nationwide protests against the new tax.',
    trigger: 'protests',
    type: 'protest',
    status: 'planned',
    heads: { agent: ['union'] },
  },
  {
    rule: 'coordinate adjectives separated by a comma stay in the event noun’s phrase under its governing verb',
    text: 'The union called for two days of peaceful, nationwide protests.',
    trigger: 'protests',
    type: 'protest',
    status: 'planned',
    heads: { agent: ['union'] },
  },
  {
    rule: 'the police subject of a verb reached over another noun’s of-phrase did not carry out the raid',
    text: 'Police named the leader of Saturday’s raid on the depot.',
    trigger: 'raid',
    type: 'attack',
    minConfidence: 0,
    heads: { target: ['depot'] },
  },
];

function eventWith(evs: readonly EventRecord[], word: string): EventRecord | undefined {
  return evs.find((e) => (e.mentions ?? [e.trigger]).some((m) => m.text === word));
}

describe('readings that support an event', () => {
  test.each(CASES.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    const { events: evs } = events(c.text, { entities: c.entities ?? [], minConfidence: c.minConfidence });
    const e = eventWith(evs, c.trigger);
    expect(e?.type).toBe(c.type);
    if (c.status) expect(e!.status).toBe(c.status);
    for (const [role, heads] of Object.entries(c.heads ?? {})) {
      const got = (e!.arguments ?? []).filter((a) => a.role === role).map((a) => a.head.text);
      expect(got).toEqual(expect.arrayContaining(heads));
    }
  });
});
