// What the server reports to the monitoring module besides HTTP requests (request-state reports
// those, as it times them) and GraphQL root fields (their guard does): every WebSocket
// connection with its messages. A few counter updates each; the figures are computed when asked.
import type { WebSocket } from 'ws';
import type { MonitoringModule } from '../engine/modules/monitoring/monitoring.js';

/** Counts a WebSocket connection until it closes, and the messages it receives; returns what counts each message sent. */
export function trackWebSocket(monitoring: MonitoringModule, ws: WebSocket, endpoint: string): () => void {
  const tracker = monitoring.trackSocket(endpoint);
  ws.on('message', () => tracker.received());
  ws.once('close', () => tracker.closed());
  // Every sender (channels, graphql-ws) writes through its connection's send queue, which calls this for each frame.
  return () => tracker.sent();
}
