// The three credentials the server hands out and how each is checked: access tokens (JWT,
// HS256, via jose), refresh tokens and API keys (random secrets, stored only as SHA-256).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { SignJWT, errors, jwtVerify } from 'jose';

export interface AccessClaims {
  sub: string;
  username: string;
  roles: string[];
  /** The session (sign-in) the token belongs to; revoking it revokes the token. */
  sid: string;
  iat: number;
  exp: number;
}

const ISSUER = 'strata';

/** The signing key: given by configuration, else made on first start and kept in the data dir. */
export function loadSigningKey(configured: string | undefined, file: string): Uint8Array {
  if (configured !== undefined && configured !== '') {
    if (Buffer.byteLength(configured) < 32) throw new Error('the JWT secret must be at least 32 bytes long');
    return new TextEncoder().encode(configured);
  }
  if (existsSync(file)) return new Uint8Array(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url'));
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  return new Uint8Array(key);
}

export async function signAccessToken(key: Uint8Array, claims: Omit<AccessClaims, 'iat' | 'exp'>, ttlSeconds: number): Promise<string> {
  return new SignJWT({ username: claims.username, roles: claims.roles, sid: claims.sid })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
}

/** The claims of a valid token, or why it is not valid. */
export async function verifyAccessToken(key: Uint8Array, token: string): Promise<AccessClaims | { invalid: string }> {
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
    const { sub, username, roles, sid, iat, exp } = payload;
    if (typeof sub !== 'string' || typeof username !== 'string' || typeof sid !== 'string' || !Array.isArray(roles) || typeof iat !== 'number' || typeof exp !== 'number') {
      return { invalid: 'the token lacks the claims of a Strata access token' };
    }
    return { sub, username, roles: roles.map(String), sid, iat, exp };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { invalid: 'the token has expired' };
    return { invalid: 'the token is not valid' };
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function secret(): string {
  return randomBytes(32).toString('base64url');
}

export function newId(): string {
  return randomBytes(9).toString('base64url');
}

/** `<session id>.<secret>`: opaque to clients; the server keeps only its hash. */
export function newRefreshToken(sessionId: string): string {
  return `${sessionId}.${secret()}`;
}

const API_KEY = /^strata_([A-Za-z0-9_-]{12})_([A-Za-z0-9_-]{43})$/;

/** `strata_<id>_<secret>`: the id finds the key, the secret proves it. */
export function newApiKey(): { id: string; key: string; prefix: string } {
  const id = newId();
  return { id, key: `strata_${id}_${secret()}`, prefix: `strata_${id}` };
}

export function parseApiKey(key: string): { id: string; secret: string } | null {
  const match = API_KEY.exec(key);
  return match ? { id: match[1]!, secret: match[2]! } : null;
}
