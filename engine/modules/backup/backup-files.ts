// How a backup's payload (a SQLite file) is stored: optionally gzip-compressed, then optionally
// encrypted with AES-256-GCM, with the SHA-256 of the stored bytes. Loading checks that SHA-256
// before anything else, and GCM's tag proves the decrypted bytes are the ones written.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform, type TransformCallback, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { EngineError } from '../../errors.js';

export type Compression = 'gzip' | 'none';

export interface StoredEncryption {
  algorithm: 'aes-256-gcm';
  iv: string;
  authTag: string;
}

export interface StoredFile {
  /** SHA-256 of the stored bytes. */
  sha256: string;
  storedBytes: number;
  encryption: StoredEncryption | null;
}

/** Calls back with the bytes that went through so far. */
export type ByteProgress = (bytes: number) => void;

/** Counts (and, when asked, hashes) what flows through. */
class Meter extends Transform {
  bytes = 0;
  private readonly hash;

  constructor(
    private readonly onBytes: ByteProgress = () => undefined,
    hashing = false,
  ) {
    super();
    this.hash = hashing ? createHash('sha256') : null;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    this.hash?.update(chunk);
    this.onBytes(this.bytes);
    callback(null, chunk);
  }

  digest(): string {
    if (!this.hash) throw new Error('this meter does not hash');
    return this.hash.digest('hex');
  }
}

export async function storePayload(source: string, target: string, options: { compression: Compression; key: Buffer | null }, onBytes: ByteProgress): Promise<StoredFile> {
  const read = new Meter(onBytes);
  const written = new Meter(undefined, true);
  const iv = randomBytes(12);
  const cipher = options.key ? createCipheriv('aes-256-gcm', options.key, iv) : null;
  const stages: NodeJS.ReadWriteStream[] = [read];
  if (options.compression === 'gzip') stages.push(createGzip());
  if (cipher) stages.push(cipher);
  await pipeline([createReadStream(source), ...stages, written, createWriteStream(target, { flags: 'wx' })]);
  return {
    sha256: written.digest(),
    storedBytes: written.bytes,
    encryption: cipher ? { algorithm: 'aes-256-gcm', iv: iv.toString('hex'), authTag: cipher.getAuthTag().toString('hex') } : null,
  };
}

/** The SHA-256 of a stored file, to compare with its manifest before trusting a byte of it. */
export async function storedChecksum(file: string, onBytes: ByteProgress): Promise<string> {
  const meter = new Meter(onBytes, true);
  await pipeline(createReadStream(file), meter, new Writable({ write: (_chunk, _encoding, callback) => callback() }));
  return meter.digest();
}

/** Writes the payload of a stored file, decrypted and decompressed; its checksum is checked already. */
export async function loadPayload(
  source: string,
  target: string,
  options: { compression: Compression; key: Buffer | null; encryption: StoredEncryption | null; backupId: string },
  onBytes: ByteProgress,
): Promise<void> {
  const stages: NodeJS.ReadWriteStream[] = [new Meter(onBytes)];
  if (options.encryption) {
    if (!options.key) throw new EngineError('INTERNAL', 'an encrypted backup needs its key');
    const decipher = createDecipheriv('aes-256-gcm', options.key, Buffer.from(options.encryption.iv, 'hex'));
    decipher.setAuthTag(Buffer.from(options.encryption.authTag, 'hex'));
    stages.push(decipher);
  }
  if (options.compression === 'gzip') stages.push(createGunzip());
  try {
    await pipeline([createReadStream(source), ...stages, createWriteStream(target, { flags: 'wx' })]);
  } catch (error) {
    throw new EngineError('CONFLICT', `backup ${options.backupId} cannot be read back: ${(error as Error).message}`);
  }
}

export async function fileSize(file: string): Promise<number> {
  return (await stat(file)).size;
}
