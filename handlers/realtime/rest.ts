import type { RealtimeRestHandlers } from '../../generated/rest/handlers.js';
import type { ConnectionInfo, SubscriptionInfo } from '../../engine/modules/realtime/realtime.js';
import type { HandlerContext } from '../context.js';

// The seeds spell the management answers in snake_case; the engine speaks camelCase.
const connection = (info: ConnectionInfo) => ({
  connection_id: info.id,
  surface: info.surface,
  path: info.path,
  user_id: info.userId,
  username: info.username,
  client_address: info.clientAddress,
  connected_at: info.connectedAt,
  subscriptions: info.subscriptions,
  messages_sent: info.messagesSent,
  messages_received: info.messagesReceived,
  queued: info.queued,
  lagged: info.lagged,
});

const subscription = (info: SubscriptionInfo) => ({ subscription_id: info.subscriptionId, target: info.target, params: info.params, opened_at: info.openedAt });

export const realtimeRest: RealtimeRestHandlers<HandlerContext> = {
  websocketStatus: async (_input, { engine }) => {
    const status = engine.realtime.websocketStatus();
    return {
      active_connections: status.activeConnections,
      total_connections: status.totalConnections,
      total_subscriptions: status.totalSubscriptions,
      websocket_connections: status.bySurface.websocket,
      graphql_ws_connections: status.bySurface.graphqlWs,
      messages_sent: status.messagesSent,
      messages_received: status.messagesReceived,
      lagged: status.lagged,
      queued: status.queued,
      uptime_seconds: status.uptimeSeconds,
    };
  },
  websocketConnections: async (_input, { engine }) => {
    const connections = engine.realtime.websocketConnections().map(connection);
    return { connections, total: connections.length };
  },
  websocketConnectionSubscriptions: async ({ path }, { engine }) => ({
    connection_id: path.id,
    subscriptions: engine.realtime.websocketConnectionSubscriptions(path.id).map(subscription),
  }),
  disconnectWebsocketConnection: async ({ path }, { engine }) => ({
    message: 'the connection is closing',
    connection_id: engine.realtime.disconnectWebsocketConnection(path.id).connectionId,
  }),
  broadcastWebsocketMessage: async ({ body }, { engine, identity }) =>
    engine.realtime.broadcastWebsocketMessage({ message: body.message, data: body.data ?? null, sentBy: identity.principal?.username ?? null }),
};
