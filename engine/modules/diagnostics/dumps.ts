// Diagnostic dumps: a gzipped tar of what someone helping needs to see — the configuration with
// secrets redacted, measured process and engine figures, incidents, running statements, open
// transactions, profiles, session history, slow queries, the schema and an integrity check.
// Built in the background; the last 20 are kept in <data dir>/dumps.
import { randomUUID } from 'node:crypto';
import { mkdirSync, openAsBlob, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { EngineError, notFound } from '../../errors.js';

export interface Dump {
  id: string;
  status: 'building' | 'ready' | 'failed';
  createdAt: string;
  finishedAt: string | null;
  sizeBytes: number | null;
  /** The files in the archive. */
  sections: string[];
  error: string | null;
}

/** One file of the archive: its name (without .json) and how to get its content. */
export type DumpSection = [name: string, collect: () => unknown | Promise<unknown>];

const KEPT = 20;

export class Dumps {
  private readonly dumps = new Map<string, Dump>();

  constructor(
    private readonly directory: string,
    private readonly sections: () => DumpSection[],
    private readonly onError: (error: unknown, context: string) => void,
  ) {}

  createDump(): Dump {
    const dump: Dump = { id: randomUUID(), status: 'building', createdAt: new Date().toISOString(), finishedAt: null, sizeBytes: null, sections: [], error: null };
    this.dumps.set(dump.id, dump);
    this.forgetOld();
    void this.build(dump);
    return { ...dump };
  }

  dumpStatus(id: string): Dump {
    const dump = this.dumps.get(id);
    if (!dump) throw notFound('dump', id);
    return { ...dump, sections: [...dump.sections] };
  }

  /** The archive of a ready dump, read from its file as it is sent. */
  async downloadDump(id: string): Promise<Blob> {
    const dump = this.dumpStatus(id);
    if (dump.status !== 'ready') throw new EngineError('CONFLICT', `dump ${id} is ${dump.status}${dump.error ? `: ${dump.error}` : ''}; download it once it is ready`);
    return openAsBlob(this.file(id), { type: 'application/gzip' });
  }

  private async build(dump: Dump): Promise<void> {
    try {
      const pack = tar.pack();
      const chunks: Buffer[] = [];
      pack.on('data', (chunk) => chunks.push(chunk as Buffer));
      const packed = new Promise<void>((resolve, reject) => {
        pack.on('end', resolve);
        pack.on('error', reject);
      });
      const files: string[] = [];
      for (const [name, collect] of this.sections()) {
        const file = `${name}.json`;
        pack.entry({ name: file, mtime: new Date() }, `${JSON.stringify(await collect(), null, 2)}\n`);
        files.push(file);
      }
      pack.finalize();
      await packed;
      mkdirSync(this.directory, { recursive: true });
      writeFileSync(this.file(dump.id), gzipSync(Buffer.concat(chunks)), { mode: 0o600 });
      Object.assign(dump, { status: 'ready', sections: files, sizeBytes: statSync(this.file(dump.id)).size, finishedAt: new Date().toISOString() });
    } catch (error) {
      Object.assign(dump, { status: 'failed', error: (error as Error).message, finishedAt: new Date().toISOString() });
      this.onError(error, `diagnostic dump ${dump.id}`);
    }
  }

  private forgetOld(): void {
    for (const id of [...this.dumps.keys()].slice(0, Math.max(0, this.dumps.size - KEPT))) {
      this.dumps.delete(id);
      rmSync(this.file(id), { force: true });
    }
  }

  private file(id: string): string {
    return join(this.directory, `${id}.tar.gz`);
  }
}
