import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  evalParticipants,
  foldRole,
  participantsFigures,
  scoreEvent,
  type ParticipantItem,
  type PredictedArg,
} from '../../../src/dev/eval/participants-eval.js';

const item = (type: string, roles: ParticipantItem['roles']): ParticipantItem => ({
  trigger: 'x',
  type,
  event: true,
  roles,
});
const arg = (role: PredictedArg['role'], ...words: string[]): PredictedArg => ({
  role,
  words: words.map((w) => w.toLowerCase()),
  text: words.join(' '),
});

describe('participants scorer', () => {
  it('folds the product roles onto the scored ones, agent into participant for collective events', () => {
    expect(foldRole('attacker', 'attack')).toBe('agent');
    expect(foldRole('victim', 'killing')).toBe('patient');
    expect(foldRole('target', 'attack')).toBe('patient');
    expect(foldRole('agent', 'meeting')).toBe('participant');
    expect(foldRole('agent', 'protest')).toBe('participant');
    expect(foldRole('place', 'attack')).toBe('place');
    expect(foldRole('cause', 'attack')).toBeNull();
  });

  it('counts a right event, a confusion and a miss', () => {
    const gold = item('killing', { agent: ['Gunmen'], patient: ['officers'], place: ['checkpoint|Kirkuk'] });
    const right = scoreEvent(gold, [arg('agent', 'gunmen'), arg('patient', 'officers'), arg('place', 'Kirkuk')]);
    expect(right.errors).toEqual([]);
    expect(right.tp.place).toBe(1);
    // A place given as agent: a false alarm of agent, a miss of place, and the confusion named.
    const wrong = scoreEvent(gold, [arg('agent', 'Kirkuk'), arg('patient', 'officers')]);
    expect(wrong.fp.agent).toBe(1);
    expect(wrong.fn.place).toBe(1);
    expect(wrong.fn.agent).toBe(1);
    expect(wrong.confusions).toEqual(['place as agent']);
  });

  it('neither rewards nor punishes optional arguments, and a second argument with a matched head is no false alarm', () => {
    const gold = item('attack', { agent: ['?Israeli'], patient: ['village|Khiam'] });
    const o = scoreEvent(gold, [arg('agent', 'Israeli'), arg('patient', 'Khiam'), arg('patient', 'village')]);
    expect(o.errors).toEqual([]);
    expect(o.tp.patient).toBe(1);
    expect(o.tp.agent).toBe(0);
    expect(scoreEvent(gold, [arg('patient', 'Khiam')]).errors).toEqual([]);
  });

  it('scores the participants2 split apart, its written lines as a part of their own, and leaves it out of --split participants', () => {
    const dir = mkdtempSync(join(tmpdir(), 'participants-'));
    try {
      const line = {
        id: 't1',
        text: 'Police arrested 14 protesters outside parliament in Kampala on Wednesday.',
        trigger: 'arrested',
        type: 'arrest',
        event: true,
        roles: { agent: ['Police'], patient: ['protesters|14'], place: ['parliament|Kampala'] },
      };
      writeFileSync(join(dir, 'participants2.jsonl'), `${JSON.stringify(line)}\n`);
      const r = evalParticipants(dir, join(dir, 'no-datasets'), 'participants2');
      expect(r.parts.map((p) => p.name.split(' ')[0])).toEqual(['participants2.written']);
      expect(r.parts[0]!.figures.events).toBe(1);
      expect(Object.keys(participantsFigures(r)).sort()).toEqual([
        'participants2.written.f1',
        'participants2.written.fully',
      ]);
      expect(evalParticipants(dir, join(dir, 'no-datasets'), 'participants').parts).toEqual([]);
      expect(evalParticipants(dir, join(dir, 'no-datasets')).parts).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
