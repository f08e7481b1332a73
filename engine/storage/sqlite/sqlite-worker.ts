// A session's thread: owns one SQLite connection and runs what its session sends, one message
// at a time. Work here may take long; the server's event loop never waits on it.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { SqliteExecutor, describeError } from './sqlite-executor.js';
import type { FromWorker, ToWorker, WorkerOptions } from './sqlite-protocol.js';
import { loadExtension, openConnection } from './sqlite-connection.js';

const options = workerData as WorkerOptions;
const port = parentPort!;
const db: Database.Database = openConnection(options.file, options.busyTimeoutMs);
loadExtension(db, options.interruptExtension, 'sqlite3_strata_init');
const executor = new SqliteExecutor(db, options.inlineChangeLimit);

const send = (message: FromWorker): void => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  if (message.kind === 'close') {
    executor.reset();
    db.close();
    send({ kind: 'closed' });
    port.close();
    return;
  }
  try {
    switch (message.kind) {
      case 'work':
        send({ kind: 'result', id: message.id, result: executor.handle(message.work) });
        break;
      case 'group':
        send({ kind: 'group-result', id: message.id, outcomes: executor.executeGroup(message.works) });
        break;
      case 'stream-open':
        send({ kind: 'stream-opened', id: message.id, columns: executor.openStream(message.statement, message.batchSize) });
        break;
      case 'stream-next': {
        const batch = executor.nextBatch();
        send({ kind: 'stream-batch', id: message.id, rows: batch.rows, done: batch.done });
        break;
      }
      case 'stream-close':
        executor.closeStream();
        send({ kind: 'stream-closed', id: message.id });
        break;
    }
  } catch (error) {
    send({ kind: 'error', id: message.id, error: describeError(error) });
  }
});

send({ kind: 'ready', interruptToken: db.prepare('SELECT strata_connection_token()').pluck().get() as number });
