// Keys of encrypted backups: the server's configured key, or one derived from a passphrase with
// scrypt. The manifest keeps what is needed to derive the key again and to recognise it (an
// HMAC of a fixed text), never the key: a wrong key is refused before any decryption.
import { createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { EngineError, invalid } from '../../errors.js';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, length: number, options: { N: number; r: number; p: number; maxmem: number }) => Promise<Buffer>;

/** OWASP's minimum for scrypt: N = 2^17 needs 128 MiB a derivation; 2^15 with r = 8 keeps it at 32 MiB. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 };

export interface KeyDerivation {
  name: 'scrypt';
  salt: string;
  N: number;
  r: number;
  p: number;
}

/** What the caller gives: a passphrase, or the server's configured key. */
export type EncryptionRequest = { passphrase: string } | { configuredKey: true };

export interface BackupKey {
  key: Buffer;
  source: 'passphrase' | 'configured';
  kdf: KeyDerivation | null;
  keyCheck: string;
}

/** Reads the configured key: 32 bytes as 64 hex digits or base64. */
export function parseConfiguredKey(text: string): Buffer | null {
  if (text === '') return null;
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) throw new EngineError('VALIDATION_FAILED', 'the backup encryption key must be 32 bytes, as 64 hex digits or in base64');
  return key;
}

/** A new key for a backup being written. */
export async function newBackupKey(request: EncryptionRequest, configured: Buffer | null, pointer: string): Promise<BackupKey> {
  if ('passphrase' in request) {
    const kdf: KeyDerivation = { name: 'scrypt', salt: randomBytes(16).toString('hex'), ...SCRYPT };
    const key = await derive(request.passphrase, kdf);
    return { key, source: 'passphrase', kdf, keyCheck: keyCheck(key) };
  }
  if (!configured) throw invalid(pointer, 'no backup encryption key is configured on this server (--backup-encryption-key); give a passphrase instead');
  return { key: configured, source: 'configured', kdf: null, keyCheck: keyCheck(configured) };
}

/** The key of an existing backup, refused unless it is the one the backup was written with. */
export async function existingBackupKey(
  recorded: { source: 'passphrase' | 'configured'; kdf: KeyDerivation | null; keyCheck: string },
  given: { passphrase?: string } | undefined,
  configured: Buffer | null,
  backupId: string,
  pointer: string,
): Promise<Buffer> {
  let key: Buffer;
  if (recorded.source === 'passphrase') {
    if (!given?.passphrase) throw invalid(`${pointer}/passphrase`, `backup ${backupId} is encrypted with a passphrase; give it as encryption.passphrase`);
    key = await derive(given.passphrase, recorded.kdf!);
  } else {
    if (!configured) throw new EngineError('CONFLICT', `backup ${backupId} is encrypted with the server's configured key, and none is configured now`);
    key = configured;
  }
  if (!timingSafeEqual(Buffer.from(keyCheck(key), 'hex'), Buffer.from(recorded.keyCheck, 'hex'))) {
    throw recorded.source === 'passphrase'
      ? invalid(`${pointer}/passphrase`, `the passphrase is not the one backup ${backupId} was encrypted with`)
      : new EngineError('CONFLICT', `the configured key is not the one backup ${backupId} was encrypted with`);
  }
  return key;
}

function derive(passphrase: string, kdf: KeyDerivation): Promise<Buffer> {
  return scryptAsync(passphrase, Buffer.from(kdf.salt, 'hex'), 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r });
}

function keyCheck(key: Buffer): string {
  return createHmac('sha256', key).update('strata backup key check').digest('hex');
}
