// The events channel's live-only messages (include=schema,transactions) share the subscription's
// queue with the row changes: one that does not fit ends the subscription with `lagged`, as a
// commit would, and nothing is sent after it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/index.js';
import { eventsChannel } from '../../handlers/realtime/ws.js';
import type { HandlerContext } from '../../handlers/context.js';
import type { ChannelOutput } from '../../server/ws/channel.js';
import { openTestEngine } from '../helpers/engine.js';

let engine: Engine;

beforeAll(async () => {
  engine = await openTestEngine();
  await engine.schema.createTable({ name: 'items', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }, { name: 'name', type: 'TEXT' }] });
});

afterAll(() => engine.close());

/** An output whose queue takes `room` messages, then none. */
function output(room: number) {
  const sent: Array<{ message_type: string; data: any; scn?: number }> = [];
  let lagged = 0;
  const channelOutput: ChannelOutput<'events'> = {
    send: (message) => void sent.push(message as (typeof sent)[number]),
    flushed: () => Promise.resolve(),
    error: (code) => void sent.push({ message_type: 'error', data: { code } }),
    queue: { room: () => Math.max(0, room - sent.length), capacity: room, drained: () => Promise.resolve(), lagged: () => void (lagged += 1) },
  };
  return { channelOutput, sent, lagged: () => lagged };
}

describe('/api/v1/ws/events live-only messages', () => {
  it('end the subscription with lagged when the queue has no room for them', async () => {
    const { channelOutput, sent, lagged } = output(2);
    const subscription = eventsChannel.open({ include: 'transactions' }, channelOutput, { engine } as HandlerContext);
    const resumeScn = engine.database.changes.publishedScn;
    // BEGIN and ROLLBACK fill the queue; the next BEGIN does not fit.
    const first = await engine.transactions.beginTransaction();
    await engine.transactions.rollbackTransaction(first.id);
    const second = await engine.transactions.beginTransaction();
    await engine.transactions.rollbackTransaction(second.id);
    await engine.data.insertRow('items', { name: 'after the lag' });
    await engine.database.changes.flush();
    subscription.close();
    expect(sent.map((message) => [message.message_type, message.data.event_type ?? null])).toEqual([
      ['transaction_event', 'BEGIN'],
      ['transaction_event', 'ROLLBACK'],
      ['lagged', null],
    ]);
    expect(sent[2]!.data).toEqual({ resume_scn: resumeScn, queue_limit: 2 });
    expect(lagged()).toBe(1);
  });

  it('are not sent without include', async () => {
    const { channelOutput, sent } = output(10);
    const subscription = eventsChannel.open({}, channelOutput, { engine } as HandlerContext);
    const transaction = await engine.transactions.beginTransaction();
    await engine.transactions.rollbackTransaction(transaction.id);
    await engine.schema.createTable({ name: 'quiet', columns: [{ name: 'id', type: 'INTEGER', primaryKey: true }] });
    await engine.database.changes.flush();
    subscription.close();
    expect(sent).toEqual([]);
  });
});
