import { pipelineInfo, PACKAGE_VERSION } from '../src/version.js';

describe('pipeline fingerprint', () => {
  test('is stable within a build and changes with the extraction settings', () => {
    const a = pipelineInfo('aaaaaaaaaaaaaaaa');
    expect(pipelineInfo('aaaaaaaaaaaaaaaa')).toEqual(a);
    expect(pipelineInfo('bbbbbbbbbbbbbbbb').fingerprint).not.toBe(a.fingerprint);
    expect(a.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(a.version).toBe(PACKAGE_VERSION);
  });
});
