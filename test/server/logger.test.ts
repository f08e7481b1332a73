// The log ring keeps info and above whatever standard output's level, set at start or live.
import { describe, expect, it } from 'vitest';
import { LogRing } from '../../engine/modules/monitoring/log-ring.js';
import { createLogger, setLogLevel } from '../../server/logger.js';

const messages = (ring: LogRing) => ring.logs({}, 100).entries.map((entry) => `${entry.level}:${entry.message}`);

describe('logger', () => {
  it('keeps info in the ring while standard output is silent, and follows a live change of level', () => {
    const ring = new LogRing(100);
    const logger = createLogger('silent', ring);
    logger.info('kept while silent');
    logger.debug('below the ring');
    setLogLevel(logger, 'warn');
    logger.info('kept at warn');
    setLogLevel(logger, 'trace');
    setLogLevel(logger, 'silent');
    logger.trace('below the ring again');
    expect(messages(ring)).toEqual(['info:kept at warn', 'info:kept while silent']);
  });

  it('lets the ring keep debug lines when the level asks for them', () => {
    const ring = new LogRing(100);
    const logger = createLogger('silent', ring);
    setLogLevel(logger, 'debug');
    expect(logger.isLevelEnabled('debug')).toBe(true);
    setLogLevel(logger, 'error');
    expect(logger.isLevelEnabled('debug')).toBe(false);
    expect(logger.isLevelEnabled('info')).toBe(true);
  });
});
