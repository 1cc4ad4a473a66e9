import { EventEmitter } from 'node:events';
import { handleStopSignals, signalSettings } from '../../src/pipeline/signals.js';

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
  test('with an echo window, the same signal delivered twice at once counts once; a later one abandons', () => {
    // A child process whose parent relays signals gets a Ctrl-C twice: from the terminal and from the parent.
    const target = new EventEmitter();
    const calls: string[] = [];
    let clock = 1000;
    signalSettings.echoWindowMs = 500;
    try {
      const off = handleStopSignals(
        { stop: (s) => calls.push(`stop ${s}`), abandon: (s) => calls.push(`abandon ${s}`) },
        target,
        () => clock,
      );
      target.emit('SIGINT', 'SIGINT');
      clock += 3;
      target.emit('SIGINT', 'SIGINT');
      expect(calls).toEqual(['stop SIGINT']);
      clock += 2000;
      target.emit('SIGINT', 'SIGINT');
      clock += 1;
      target.emit('SIGINT', 'SIGINT');
      expect(calls).toEqual(['stop SIGINT', 'abandon SIGINT']);
      off();
    } finally {
      signalSettings.echoWindowMs = 0;
    }
  });
});
