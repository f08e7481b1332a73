import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    expect(loadConfig([], {})).toMatchObject({ port: 8080, host: '127.0.0.1', dataDir: './data', logLevel: 'info', bodyLimitBytes: 1048576, memory: false });
  });

  it('takes environment variables, and flags over them', () => {
    const env = { STRATA_PORT: '9000', STRATA_HOST: '0.0.0.0', STRATA_DATA_DIR: '/var/lib/strata', STRATA_LOG_LEVEL: 'debug', STRATA_MEMORY: 'true' };
    expect(loadConfig([], env)).toMatchObject({ port: 9000, host: '0.0.0.0', dataDir: '/var/lib/strata', logLevel: 'debug', memory: true });
    expect(loadConfig(['--port', '9001', '--log-level=warn'], env)).toMatchObject({ port: 9001, logLevel: 'warn' });
  });

  it('refuses bad values with the setting named', () => {
    expect(() => loadConfig([], { STRATA_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig([], { STRATA_PORT: '70000' })).toThrow(/--port \/ STRATA_PORT/);
    expect(() => loadConfig([], { STRATA_LOG_LEVEL: 'loud' })).toThrow(/one of fatal, error/);
    expect(() => loadConfig([], { STRATA_MEMORY: 'maybe' })).toThrow(/true or false/);
    expect(() => loadConfig(['--body-limit', '0'], {})).toThrow(/at least 1/);
    expect(() => loadConfig(['--no-such-flag'], {})).toThrow(/Unknown option/);
    expect(() => loadConfig(['--tls-cert', 'cert.pem'], {})).toThrow(/go together/);
  });
});
