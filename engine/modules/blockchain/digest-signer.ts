// The server's Ed25519 key, which signs digests of chain heads. Kept in the data directory
// (mode 600) so digests stay verifiable across restarts; generated on first use.
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign, verify } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BlockchainDigest } from './blockchain-types.js';

export type DigestFields = Pick<BlockchainDigest, 'tableName' | 'headSeq' | 'headHash' | 'scn' | 'issuedAt'>;

/** What is signed: the fields in a fixed order, so anyone can rebuild it from a digest. */
export function digestPayload(fields: DigestFields): Buffer {
  return Buffer.from(JSON.stringify(['strata-blockchain-digest-v1', fields.tableName, fields.headSeq, fields.headHash, fields.scn, fields.issuedAt]));
}

export class DigestSigner {
  private readonly publicKey: KeyObject;
  readonly publicKeyBase64: string;

  private constructor(private readonly privateKey: KeyObject) {
    this.publicKey = createPublicKey(privateKey);
    this.publicKeyBase64 = this.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  }

  static open(keyFile: string): DigestSigner {
    if (!existsSync(keyFile)) {
      const { privateKey } = generateKeyPairSync('ed25519');
      writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    }
    return new DigestSigner(createPrivateKey(readFileSync(keyFile)));
  }

  sign(fields: DigestFields): BlockchainDigest {
    return { ...fields, algorithm: 'Ed25519', publicKey: this.publicKeyBase64, signature: sign(null, digestPayload(fields), this.privateKey).toString('base64') };
  }

  /** Signed by this server's key? A digest naming another key is not ours, whatever it says. */
  verify(digest: BlockchainDigest): boolean {
    if (digest.publicKey !== this.publicKeyBase64) return false;
    return verify(null, digestPayload(digest), this.publicKey, Buffer.from(digest.signature, 'base64'));
  }
}
