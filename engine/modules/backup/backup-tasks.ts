// Runs the SQLite tasks of backups (backup-sqlite.ts) on a worker thread: a snapshot or replay
// of a big database takes seconds, which must not stall the server. The thread starts with the
// first task and stays for the next ones; backup operations run one at a time anyway.
import { Worker } from 'node:worker_threads';
import { EngineError, type ErrorCode } from '../../errors.js';
import type * as tasks from './backup-sqlite.js';
import type { Progress } from './backup-sqlite.js';

export type TaskName = 'snapshot' | 'summarizeFile' | 'expectedBytes' | 'changeSlice' | 'check' | 'replay' | 'applyInPlace' | 'makeServable';

export interface TaskRequest {
  id: number;
  task: TaskName;
  args: unknown[];
}

export type WorkerMessage =
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'result'; result: unknown }
  | { id: number; kind: 'error'; code: ErrorCode; message: string };

type Task<N extends TaskName> = (typeof tasks)[N];
/** A task's arguments, without the progress callback the worker adds. */
type TaskArgs<N extends TaskName> = Parameters<Task<N>> extends [...infer Head, Progress] ? Head : Parameters<Task<N>>;

interface Pending {
  progress: Progress;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./backup-worker.js', import.meta.url));
  // Under vitest or tsx the engine runs from its TypeScript sources: register tsx's loader first.
  const entry = JSON.stringify(new URL('./backup-worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}); })`, { eval: true });
}

export class BackupWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  run<N extends TaskName>(task: N, args: TaskArgs<N>, progress: Progress = () => undefined): Promise<ReturnType<Task<N>>> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { progress, resolve: resolve as (result: unknown) => void, reject });
      worker.postMessage({ id, task, args } satisfies TaskRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = startWorker();
    worker.on('message', (message: WorkerMessage) => {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      if (message.kind === 'progress') return pending.progress(message.done, message.total);
      this.pending.delete(message.id);
      if (message.kind === 'result') pending.resolve(message.result);
      else pending.reject(new EngineError(message.code, message.message));
    });
    const lost = (reason: string): void => {
      if (this.worker === worker) this.worker = null;
      for (const pending of this.pending.values()) pending.reject(new EngineError('INTERNAL', `the backup worker ${reason}`));
      this.pending.clear();
    };
    worker.on('error', (error) => lost(`failed: ${error.message}`));
    worker.on('exit', (code) => lost(`exited with code ${code}`));
    // An idle worker does not keep the process alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
