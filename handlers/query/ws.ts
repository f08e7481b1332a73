// /api/v1/ws/query: streams the rows of read-only statements in batches, each batch read only
// after the previous one reached the network, so a slow client holds one batch, not a result.
import { randomUUID } from 'node:crypto';
import { EngineError } from '../../engine/errors.js';
import type { RowStream } from '../../engine/storage/driver.js';
import type { ChannelHandler, ChannelOutput } from '../../server/ws/channel.js';
import { toProblem } from '../../server/problem.js';

const PROGRESS_INTERVAL_MS = 1000;

export const queryChannel: ChannelHandler<'query'> = {
  open(_params, output, { engine, requestId, identity, caller, reportUnexpected }) {
    const running = new Map<string, { stream: RowStream | null; cancelled: boolean }>();

    const fail = (queryId: string, error: unknown, rowsSent: number): void => {
      const problem = toProblem(error, requestId);
      if (problem.code === 'INTERNAL') reportUnexpected(error, { surface: 'websocket', requestId, operation: 'query', username: identity.principal?.username ?? null });
      output.send({ message_type: 'query_error', data: { query_id: queryId, code: problem.code, message: problem.detail ?? problem.title, rows_sent: rowsSent } });
    };

    const run = async (queryId: string, sql: string, params: Parameters<typeof engine.query.streamQuery>[1], batchSize: number): Promise<void> => {
      const started = performance.now();
      const state = running.get(queryId)!;
      let rowsSent = 0;
      let progress: NodeJS.Timeout | undefined;
      try {
        const stream = await engine.query.streamQuery(sql, params, batchSize, caller);
        state.stream = stream;
        if (state.cancelled) return await stream.cancel();
        output.send({ message_type: 'query_started', data: { query_id: queryId, columns: stream.columns } });
        await output.flushed();
        progress = setInterval(() => sendProgress(output, queryId, rowsSent, started), PROGRESS_INTERVAL_MS);
        for (let rows = await stream.next(); rows !== null && !state.cancelled; rows = await stream.next()) {
          output.send({ message_type: 'query_rows', data: { query_id: queryId, row_index: rowsSent, rows: rows as Array<Record<string, never>> } });
          await output.flushed();
          rowsSent += rows.length;
        }
        if (state.cancelled) throw cancelled();
        output.send({ message_type: 'query_completed', data: { query_id: queryId, row_count: rowsSent, elapsed_ms: elapsedMs(started) } });
        await output.flushed();
      } catch (error) {
        if (state.cancelled) await state.stream?.cancel();
        fail(queryId, state.cancelled ? cancelled() : error, rowsSent);
      } finally {
        clearInterval(progress);
        running.delete(queryId);
      }
    };

    return {
      receive(message) {
        if (message.message_type === 'query') {
          const queryId = message.data.query_id ?? randomUUID();
          if (running.has(queryId)) return output.error('ALREADY_EXISTS', `query ${queryId} is already running`);
          running.set(queryId, { stream: null, cancelled: false });
          void run(queryId, message.data.sql, message.data.params, message.data.batch_size ?? 500);
        } else {
          const state = running.get(message.data.query_id);
          if (!state) return output.error('NOT_FOUND', `no query ${message.data.query_id} is running`);
          state.cancelled = true;
          void state.stream?.cancel();
        }
      },
      close() {
        for (const state of running.values()) {
          state.cancelled = true;
          void state.stream?.cancel();
        }
      },
    };
  },
};

function sendProgress(output: ChannelOutput<'query'>, queryId: string, rowsSent: number, started: number): void {
  output.send({ message_type: 'query_progress', data: { query_id: queryId, rows_sent: rowsSent, elapsed_ms: elapsedMs(started) } });
}

function elapsedMs(started: number): number {
  return Math.round((performance.now() - started) * 1000) / 1000;
}

function cancelled(): EngineError {
  return new EngineError('CANCELLED', 'the query was cancelled');
}
