// session.opened and session.closed: sign-in, logout, termination, revocation and expiry.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionEvent } from '../../engine/events/bus.js';
import type { Engine } from '../../engine/index.js';
import { openTestEngine } from '../helpers/engine.js';

// Each sign-in hashes a password (scrypt, on purpose slow): generous on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

let engine: Engine;
const events: Array<SessionEvent & { topic: string }> = [];
const caller = { ip: null, requestId: null, surface: 'rest' as const };

beforeAll(async () => {
  engine = await openTestEngine({ adminPassword: 'admin-password', refreshTokenTtlSeconds: 1 });
  engine.events.subscribe('session.opened', (event) => events.push({ ...event, topic: 'opened' }));
  engine.events.subscribe('session.closed', (event) => events.push({ ...event, topic: 'closed' }));
  await engine.security.createUser({ username: 'dana', password: 'dana-password', roles: ['developer'] });
});

afterAll(() => engine.close());

async function signIn(username = 'dana', password = 'dana-password') {
  const tokens = await engine.security.login(username, password, caller);
  return { ...(await engine.security.authenticate({ bearer: tokens.accessToken })), token: tokens.accessToken };
}

describe('sign-in session events', () => {
  it('reports a sign-in and its logout', async () => {
    const principal = await signIn();
    expect(events.at(-1)).toMatchObject({ topic: 'opened', sessionId: principal.sessionId, userId: principal.userId, username: 'dana', reason: 'login' });
    engine.security.logout(principal);
    expect(events.at(-1)).toMatchObject({ topic: 'closed', sessionId: principal.sessionId, reason: 'logout' });
  });

  it('reports a termination, which revokes the session, and refuses a session that is not live', async () => {
    const principal = await signIn();
    engine.security.terminateSession(principal.sessionId!);
    expect(events.at(-1)).toMatchObject({ topic: 'closed', sessionId: principal.sessionId, reason: 'terminated' });
    await expect(engine.security.authenticate({ bearer: principal.token })).rejects.toThrow('the token has been revoked');
    expect(() => engine.security.terminateSession(principal.sessionId!)).toThrow(/does not exist/);
    expect(() => engine.security.terminateSession('nope')).toThrow(/does not exist/);
  });

  it('reports every session of a user whose password an admin changed, once', async () => {
    const first = await signIn();
    const second = await signIn();
    const before = events.length;
    const user = engine.security.users().find((candidate) => candidate.username === 'dana')!;
    await engine.security.updateUser(user.id, { password: 'another-password' });
    expect(events.slice(before).map((event) => [event.topic, event.sessionId, event.reason]).sort()).toEqual(
      [['closed', first.sessionId, 'revoked'], ['closed', second.sessionId, 'revoked']].sort(),
    );
  });

  it('reports sessions that outlived their refresh lifetime as expired', async () => {
    const principal = await signIn('dana', 'another-password');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    // Signing in looks for expired sessions.
    await signIn('admin', 'admin-password');
    expect(events.filter((event) => event.sessionId === principal.sessionId).map((event) => event.reason)).toEqual(['login', 'expired']);
  });
});
