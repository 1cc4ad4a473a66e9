import { jest } from '@jest/globals';
import { wholeCommand, wholeRoundCount } from '../../src/dev/bench/whole.js';

const opts = { cli: 'cli.js', floorScript: 'floor.js', corpus: 'corpus', tmp: 'tmp', workers: 2 };

describe('bench whole-command rounds', () => {
  it('reads --whole-rounds, with 3 by default and 0 under --no-whole', () => {
    expect(wholeRoundCount(undefined, false)).toBe(3);
    expect(wholeRoundCount('2', false)).toBe(2);
    expect(wholeRoundCount('0', false)).toBe(0);
    expect(wholeRoundCount('5', true)).toBe(0);
  });

  it('refuses a round count that is not a whole number ≥ 0, naming it', () => {
    expect(() => wholeRoundCount('-1', false)).toThrow(/--whole-rounds .* got -1/);
    expect(() => wholeRoundCount('two', false)).toThrow(/got two/);
    expect(() => wholeRoundCount('1.5', false)).toThrow(/got 1\.5/);
  });

  it('refuses zero rounds instead of returning a result without a median round', () => {
    // `main.js --whole-rounds 0` used to reach formatWhole with `median` undefined ("reading 'floor'").
    const log = jest.fn();
    expect(() => wholeCommand({ ...opts, rounds: 0, log })).toThrow(/at least one round, got 0/);
    expect(log).not.toHaveBeenCalled();
  });
});
