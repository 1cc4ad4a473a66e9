import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, schemaDefaults } from '../src/config.js';
import { DossierError, ExitCode } from '../src/errors.js';

function configFile(content: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dossier-cfg-'));
  const file = path.join(dir, 'pipeline.config.json');
  writeFileSync(file, content);
  return file;
}

describe('config', () => {
  test('defaults come from the schema', () => {
    const d = schemaDefaults();
    expect(d.inputs).toEqual(['data/articles']);
    expect(d.workers).toBe(0);
    expect(d.log).toEqual({ level: 'info', file: null });
  });

  test('relative paths resolve against the config file folder; CLI flags override and resolve against cwd', () => {
    const file = configFile('{"inputs": ["in"], "output": "out", "workers": 3}');
    const dir = path.dirname(file);
    const c = loadConfig(file, {}, '/somewhere');
    expect(c.inputs).toEqual([path.join(dir, 'in')]);
    expect(c.output).toBe(path.join(dir, 'out'));
    expect(c.workers).toBe(3);
    const o = loadConfig(file, { output: 'x', workers: 1, inputs: ['a', 'b'] }, '/cwd');
    expect(o).toMatchObject({ output: '/cwd/x', workers: 1, inputs: ['/cwd/a', '/cwd/b'] });
  });

  test.each([
    ['{"workerz": 2}', /unknown key "workerz"/],
    ['{"workers": "four"}', /\/workers must be integer/],
    ['{"log": {"level": "loud"}}', /\/log\/level: must be one of "fatal", "error"/],
    ['{"fallbackPublicationDate": "20 June"}', /fallbackPublicationDate: "20 June" must be a date written YYYY-MM-DD/],
    ['{"workerz": 2}', /unknown key "workerz" \(did you mean "workers"\?\)/],
    ['{"log": {"levle": "info"}}', /\/log: unknown key "levle" \(did you mean "level"\?\)/],
    ['{"include": ["../up/*.txt"]}', /the glob "\.\.\/up\/\*\.txt" must be relative to each input folder/],
    [
      '{"fallbackPublicationDate": "2024-13-45"}',
      /"fallbackPublicationDate" "2024-13-45" is not a day of the calendar/,
    ],
    [
      '{"fallbackPublicationDate": "2023-02-29"}',
      /"fallbackPublicationDate" "2023-02-29" is not a day of the calendar/,
    ],
    ['{"inputs": []}', /\/inputs must NOT have fewer than 1 items/],
    ['[1, 2]', /must hold a JSON object|must be object/],
    ['{ "inputs": [', /not valid JSON/],
  ])('bad config %s is refused with a message naming the key', (content, message) => {
    const file = configFile(content);
    let err: unknown;
    try {
      loadConfig(file);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DossierError);
    expect((err as DossierError).exitCode).toBe(ExitCode.USAGE);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).toContain(file);
  });

  test('a glob error shows the glob as written, never the schema regex', () => {
    const file = configFile('{"exclude": ["/abs/**"]}');
    expect(() => loadConfig(file)).toThrow(/the glob "\/abs\/\*\*"/);
    expect(() => loadConfig(file)).not.toThrow(/\(\?!/);
  });

  test('no suggestion for a key far from every known key', () => {
    const file = configFile('{"colour": "blue"}');
    expect(() => loadConfig(file)).toThrow(/unknown key "colour"(?! \(did)/);
  });

  test('an overlap names the flag a user typed, or the key of the file', () => {
    const file = configFile('{"inputs": ["in"], "output": "in/out"}');
    expect(() => loadConfig(file)).toThrow(
      /"output" \(.*\) and input folder .* \(from "inputs"\) overlap.*E_CONFIG_INVALID/,
    );
    const err = (() => {
      try {
        loadConfig(undefined, { inputs: ['/data/in'], output: '/data/in/out' }, '/');
      } catch (e) {
        return e as DossierError;
      }
      throw new Error('expected an error');
    })();
    expect(err.message).toMatch(/--output \/data\/in\/out and --input \/data\/in overlap/);
    expect(err.message).not.toMatch(/key/);
    expect(err.exitCode).toBe(ExitCode.USAGE);
  });

  test('a missing config file named explicitly is an error; none at all means defaults', () => {
    expect(() => loadConfig('/nonexistent/dossier.json')).toThrow(/cannot read config file/);
    const empty = mkdtempSync(path.join(os.tmpdir(), 'dossier-cfg-'));
    expect(loadConfig(undefined, {}, empty).output).toBe(path.join(empty, 'output'));
  });
});
