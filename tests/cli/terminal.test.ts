/** The terminal side of `dossier run`: readable log lines and the progress bar's figures. */
import { PassThrough } from 'node:stream';
import { progressBar, readableLogLine } from '../../src/cli/terminal.js';

describe('readableLogLine', () => {
  test('the Ctrl-C message is one sentence, not a JSON line', () => {
    const line = readableLogLine(
      JSON.stringify({
        level: 40,
        time: 'x',
        signal: 'SIGINT',
        msg: 'stopping: no new articles; finishing those in flight (signal again to abandon them)',
      }),
    );
    expect(line).toBe(
      'dossier: warning: stopping: no new articles; finishing those in flight (press Ctrl-C again to abandon them)',
    );
  });

  test('an article warning names the file and the code', () => {
    expect(
      readableLogLine(
        JSON.stringify({ level: 40, article: 'a_1', path: 'x/b.bin', code: 'E_BINARY', msg: 'the file looks binary' }),
      ),
    ).toBe('dossier: warning: x/b.bin: the file looks binary [E_BINARY]');
  });

  test('a line that is not JSON passes through', () => {
    expect(readableLogLine('plain text\n')).toBe('plain text');
  });
});

describe('progressBar', () => {
  test('shows done/total, rate, time left and failures so far', () => {
    const stream = new PassThrough() as unknown as NodeJS.WriteStream & PassThrough;
    let out = '';
    stream.on('data', (c: Buffer) => (out += c.toString()));
    Object.assign(stream, {
      isTTY: true,
      columns: 160,
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
    });
    const bar = progressBar(stream);
    bar.update(3, 10, 1);
    bar.update(5, 10, 2);
    bar.stop();
    expect(out).toMatch(/\d+\/10 articles · [\d.]+\/s · .+ left · \d failed/);
  });
});
