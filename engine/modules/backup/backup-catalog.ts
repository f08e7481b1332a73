// The backups on disk: <dir>/<id>.json (the manifest) and <id>.data (the stored payload). A
// manifest is written before its backup starts (status running) and replaced atomically.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EngineError, notFound } from '../../errors.js';
import type { Compression, StoredEncryption } from './backup-files.js';
import type { KeyDerivation } from './backup-crypto.js';
import type { TableSummary } from './backup-sqlite.js';

export type BackupKind = 'full' | 'incremental';
export type BackupStatus = 'running' | 'completed' | 'failed';

export interface BackupEncryption extends StoredEncryption {
  key: 'passphrase' | 'configured';
  kdf: KeyDerivation | null;
  keyCheck: string;
}

export interface BackupManifest {
  id: string;
  kind: BackupKind;
  /** The backup an incremental continues (null for a full backup). */
  parentId: string | null;
  status: BackupStatus;
  error: string | null;
  /** For an incremental: the SCN of its parent; it holds the commits after it. */
  fromScn: number | null;
  /** The content is the database as it was right after this commit. */
  scn: number | null;
  /** When the commit at scn happened. */
  committedAt: string | null;
  startedAt: string;
  completedAt: string | null;
  durationMs: number | null;
  tables: TableSummary[];
  contentHash: string | null;
  /** Incrementals: commits and row changes they hold. */
  commits: number | null;
  rowChanges: number | null;
  /** Bytes of the payload before compression and encryption. */
  payloadBytes: number | null;
  storedBytes: number | null;
  sha256: string | null;
  compression: Compression;
  encryption: BackupEncryption | null;
  /** Where the request came from: "api", or "schedule:<name>". */
  trigger: string;
}

const ID = /^[0-9]{8}T[0-9]{6}Z-(full|incr)-[0-9a-f]{6}$/;

export class BackupCatalog {
  constructor(readonly directory: string) {
    mkdirSync(directory, { recursive: true });
    // A backup that was running when the server stopped will not finish.
    for (const manifest of this.list()) {
      if (manifest.status === 'running') this.save({ ...manifest, status: 'failed', error: 'the server stopped before the backup finished' });
    }
  }

  newId(kind: BackupKind, at: Date): string {
    const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    return `${stamp}-${kind === 'full' ? 'full' : 'incr'}-${randomBytes(3).toString('hex')}`;
  }

  /** Every backup, oldest first. */
  list(): BackupManifest[] {
    return readdirSync(this.directory)
      .filter((name) => name.endsWith('.json') && ID.test(name.slice(0, -5)))
      .map((name) => JSON.parse(readFileSync(join(this.directory, name), 'utf8')) as BackupManifest)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id));
  }

  get(id: string): BackupManifest {
    if (!ID.test(id)) throw notFound('backup', id);
    try {
      return JSON.parse(readFileSync(join(this.directory, `${id}.json`), 'utf8')) as BackupManifest;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw notFound('backup', id);
      throw error;
    }
  }

  save(manifest: BackupManifest): void {
    const file = join(this.directory, `${manifest.id}.json`);
    writeFileSync(`${file}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(`${file}.tmp`, file);
  }

  payloadFile(id: string): string {
    return join(this.directory, `${id}.data`);
  }

  remove(id: string): void {
    rmSync(this.payloadFile(id), { force: true });
    rmSync(join(this.directory, `${id}.json`), { force: true });
  }

  /** The backups to apply, full first, to rebuild this one; refuses a chain with a missing or unfinished link. */
  chain(id: string): BackupManifest[] {
    const chain: BackupManifest[] = [];
    for (let manifest: BackupManifest | null = this.get(id); manifest; ) {
      if (manifest.status !== 'completed') throw new EngineError('CONFLICT', `backup ${manifest.id} is ${manifest.status}${manifest.error ? `: ${manifest.error}` : ''}; it cannot be restored`);
      chain.unshift(manifest);
      const parentId: string | null = manifest.parentId;
      if (parentId === null) break;
      try {
        manifest = this.get(parentId);
      } catch {
        throw new EngineError('CONFLICT', `the chain of backup ${id} is broken: backup ${parentId}, which ${manifest.id} continues, is gone`);
      }
    }
    return chain;
  }

  /** Backups that continue this one, directly or not. */
  dependents(id: string): BackupManifest[] {
    const all = this.list();
    const found: BackupManifest[] = [];
    for (let frontier = [id]; frontier.length > 0; ) {
      const next = all.filter((manifest) => manifest.parentId !== null && frontier.includes(manifest.parentId));
      found.push(...next);
      frontier = next.map((manifest) => manifest.id);
    }
    return found;
  }
}
