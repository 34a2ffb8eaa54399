import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('limits uploads to 20 MB unless SHILIU_MAX_UPLOAD_MB says otherwise', () => {
    expect(loadConfig({}).maxUploadMb).toBe(20);
    expect(loadConfig({ SHILIU_MAX_UPLOAD_MB: '50' }).maxUploadMb).toBe(50);
  });

  it('refuses an upload limit that is not a positive number of MB', () => {
    for (const bad of ['0', '-1', 'abc', '']) expect(() => loadConfig({ SHILIU_MAX_UPLOAD_MB: bad })).toThrow(/SHILIU_MAX_UPLOAD_MB/);
  });
});
