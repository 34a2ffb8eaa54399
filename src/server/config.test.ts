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

describe('SHILIU_TRUST_PROXY', () => {
  it('trusts no proxy by default', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ SHILIU_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('reads true as loopback only (a proxy on the same host), never as every peer', () => {
    expect(loadConfig({ SHILIU_TRUST_PROXY: 'true' }).trustProxy).toEqual(['127.0.0.1/8', '::1']);
  });

  it('takes a comma-separated list of proxy addresses and CIDR ranges', () => {
    expect(loadConfig({ SHILIU_TRUST_PROXY: '10.0.0.5, 192.168.1.0/24,fd00::/8' }).trustProxy).toEqual(['10.0.0.5', '192.168.1.0/24', 'fd00::/8']);
  });

  it('refuses an entry that is not an address or a range', () => {
    for (const bad of ['yes', '10.0.0.300', '10.0.0.0/33', 'nginx.local']) expect(() => loadConfig({ SHILIU_TRUST_PROXY: bad })).toThrow(/SHILIU_TRUST_PROXY/);
  });
});
