// What this engine is and how it is doing.
import type { Database } from '../../storage/database.js';

export interface EngineInfo {
  version: string;
  startedAt: string;
  uptimeSeconds: number;
  scn: number;
  runtime: { node: string; sqlite: string; storage: 'sqlite' };
}

export interface CheckResult {
  name: string;
  status: 'pass' | 'fail';
  durationMs: number;
  detail?: string;
}

export class SystemModule {
  private readonly started = new Date();

  constructor(
    private readonly database: Database,
    private readonly version: string,
  ) {}

  info(): EngineInfo {
    return {
      version: this.version,
      startedAt: this.started.toISOString(),
      uptimeSeconds: Math.round((Date.now() - this.started.getTime()) / 10) / 100,
      scn: this.database.currentScn().scn,
      runtime: { node: process.versions.node, sqlite: this.database.driver.version, storage: 'sqlite' },
    };
  }

  /** Storage is open, readable and writable. */
  async checkStorage(): Promise<CheckResult> {
    const started = performance.now();
    try {
      await this.database.driver.checkWritable();
      return { name: 'storage', status: 'pass', durationMs: elapsed(started) };
    } catch (error) {
      return { name: 'storage', status: 'fail', durationMs: elapsed(started), detail: (error as Error).message };
    }
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 1000) / 1000;
}
