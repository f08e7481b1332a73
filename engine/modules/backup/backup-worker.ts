// The worker thread of backups: runs the SQLite tasks of backup-sqlite.ts one at a time, posting
// each task's progress and result.
import { parentPort } from 'node:worker_threads';
import { EngineError } from '../../errors.js';
import * as tasks from './backup-sqlite.js';
import type { TaskRequest, WorkerMessage } from './backup-tasks.js';

const post = (message: WorkerMessage): void => parentPort!.postMessage(message);

parentPort!.on('message', ({ id, task, args }: TaskRequest) => {
  try {
    const run = tasks[task] as (...taskArgs: unknown[]) => unknown;
    // Tasks that report progress take the callback as their last argument.
    const result = run(...args, (done: number, total: number) => post({ id, kind: 'progress', done, total }));
    post({ id, kind: 'result', result });
  } catch (error) {
    const code = error instanceof EngineError ? error.code : 'INTERNAL';
    post({ id, kind: 'error', code, message: error instanceof Error ? error.message : String(error) });
  }
});
