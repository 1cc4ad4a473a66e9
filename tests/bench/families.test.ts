import { byFile, bySteps, formatRows, type CpuProfileLike } from '../../src/dev/bench/families.js';

// A made-up profile: run → extract → { findCandidates → verbGroup, mergeEvents → verbGroup }, plus the collector.
//   id 1 (root) ─ 2 run (stages/events.js) ─ 3 extractEvents (events/index.js)
//                                            ├ 4 findCandidates (events/triggers.js) ─ 5 verbGroup (events/syntax.js)
//                                            └ 6 mergeEvents (events/merge.js) ─ 7 verbGroup (events/syntax.js)
//   └ 8 (garbage collector)
const frame = (functionName: string, url: string) => ({ functionName, url });
const PROFILE: CpuProfileLike = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 8] },
    { id: 2, callFrame: frame('run', 'file:///x/dist/stages/events.js'), children: [3] },
    { id: 3, callFrame: frame('extractEvents', 'file:///x/dist/events/index.js'), children: [4, 6] },
    { id: 4, callFrame: frame('findCandidates', 'file:///x/dist/events/triggers.js'), children: [5] },
    { id: 5, callFrame: frame('verbGroup', 'file:///x/dist/events/syntax.js') },
    { id: 6, callFrame: frame('mergeEvents', 'file:///x/dist/events/merge.js'), children: [7] },
    { id: 7, callFrame: frame('verbGroup', 'file:///x/dist/events/syntax.js') },
    { id: 8, callFrame: frame('(garbage collector)', '') },
  ],
  // Each sample stands for the next delta: 10 µs in extractEvents, 20 in findCandidates, 30 in verbGroup under
  // it, 40 in verbGroup under mergeEvents, 0 for the collector's two (the last has no delta after it).
  samples: [3, 4, 5, 7, 8, 8],
  timeDeltas: [0, 10, 20, 30, 40, 0],
};

describe('stage CPU by rule family', () => {
  it('sums self time by source file, the collector apart', () => {
    const rows = byFile(PROFILE, '/dist/');
    expect(rows.map((r) => [r.name, r.us])).toEqual([
      ['events/syntax.js', 70],
      ['events/triggers.js', 20],
      ['events/index.js', 10],
      ['(gc)', 0],
    ]);
    expect(rows[0]!.share).toBeCloseTo(0.7);
  });

  it('counts a sample in every step on its stack, once each, and the rest as no step', () => {
    const rows = bySteps(PROFILE, [
      { name: 'triggers', functions: ['findCandidates'] },
      { name: 'grouping', functions: ['mergeEvents', 'verbGroup'] },
    ]);
    // verbGroup under findCandidates is in both steps; under mergeEvents it counts once for grouping.
    expect(rows.map((r) => [r.name, r.us])).toEqual([
      ['triggers', 50],
      ['grouping', 70],
      ['(in no step: assembly, glue, gc)', 10],
    ]);
  });

  it('prints shares as milliseconds of a pass', () => {
    const text = formatRows('t', [{ name: 'x', us: 5, share: 0.25 }], 400);
    expect(text.split('\n')[2]).toBe('  25.0%      100  x');
  });
});
