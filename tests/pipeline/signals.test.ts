import { EventEmitter } from 'node:events';
import { handleStopSignals } from '../../src/pipeline/signals.js';

describe('stop signals', () => {
  test('the first SIGINT/SIGTERM stops, the second abandons; removed handlers hear nothing', () => {
    const target = new EventEmitter();
    const calls: string[] = [];
    const off = handleStopSignals(
      { stop: (s) => calls.push(`stop ${s}`), abandon: (s) => calls.push(`abandon ${s}`) },
      target,
    );
    target.emit('SIGTERM', 'SIGTERM');
    target.emit('SIGINT', 'SIGINT');
    target.emit('SIGXFSZ', 'SIGXFSZ');
    expect(calls).toEqual(['stop SIGTERM', 'abandon SIGINT']);
    off();
    expect(target.listenerCount('SIGINT') + target.listenerCount('SIGTERM') + target.listenerCount('SIGXFSZ')).toBe(0);
  });
});
