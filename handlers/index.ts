// Every handler of every surface. The types come from the specs: a missing REST handler,
// GraphQL module or channel handler is a compile error.
import type { GraphQLModules } from '../generated/graphql/fields.js';
import type { RestHandlers } from '../generated/rest/handlers.js';
import type { ChannelHandlers } from '../server/ws/channel.js';
import { blockchainGraphQL } from './blockchain/graphql.js';
import { blockchainRest } from './blockchain/rest.js';
import { blockchainChannel } from './blockchain/ws.js';
import type { HandlerContext } from './context.js';
import { administrationGraphQL } from './administration/graphql.js';
import { administrationRest } from './administration/rest.js';
import { diagnosticsGraphQL } from './diagnostics/graphql.js';
import { diagnosticsRest } from './diagnostics/rest.js';
import { backupGraphQL } from './backup/graphql.js';
import { backupRest } from './backup/rest.js';
import { backupChannel } from './backup/ws.js';
import { dataGraphQL } from './data/graphql.js';
import { dataRest } from './data/rest.js';
import { flashbackGraphQL } from './flashback/graphql.js';
import { flashbackRest } from './flashback/rest.js';
import { healthGraphQL } from './health/graphql.js';
import { flashbackChannel } from './flashback/ws.js';
import { healthRest } from './health/rest.js';
import { monitoringGraphQL } from './monitoring/graphql.js';
import { monitoringRest } from './monitoring/rest.js';
import { dashboardChannel, metricsChannel } from './monitoring/ws.js';
import { queryGraphQL } from './query/graphql.js';
import { queryRest } from './query/rest.js';
import { queryChannel } from './query/ws.js';
import { realtimeGraphQL } from './realtime/graphql.js';
import { realtimeRest } from './realtime/rest.js';
import { eventsChannel } from './realtime/ws.js';
import { schemaGraphQL } from './schema/graphql.js';
import { schemaRest } from './schema/rest.js';
import { securityGraphQL } from './security/graphql.js';
import { securityRest } from './security/rest.js';
import { auditChannel } from './security/ws.js';
import { systemGraphQL } from './system/graphql.js';
import { systemRest } from './system/rest.js';
import { transactionsGraphQL } from './transactions/graphql.js';
import { transactionsRest } from './transactions/rest.js';

export const restHandlers: RestHandlers<HandlerContext> = {
  ...dataRest,
  ...flashbackRest,
  ...healthRest,
  ...queryRest,
  ...realtimeRest,
  ...schemaRest,
  ...securityRest,
  ...systemRest,
  ...transactionsRest,
  ...monitoringRest,
  ...administrationRest,
  ...diagnosticsRest,
  ...backupRest,
  ...blockchainRest,
};

export const graphqlModules: GraphQLModules<HandlerContext> = {
  data: dataGraphQL,
  flashback: flashbackGraphQL,
  query: queryGraphQL,
  realtime: realtimeGraphQL,
  schema: schemaGraphQL,
  security: securityGraphQL,
  system: systemGraphQL,
  transactions: transactionsGraphQL,
  health: healthGraphQL,
  monitoring: monitoringGraphQL,
  administration: administrationGraphQL,
  diagnostics: diagnosticsGraphQL,
  backup: backupGraphQL,
  blockchain: blockchainGraphQL,
};

export const channelHandlers: ChannelHandlers = {
  audit: auditChannel,
  events: eventsChannel,
  query: queryChannel,
  metrics: metricsChannel,
  dashboard: dashboardChannel,
  backup: backupChannel,
  flashback: flashbackChannel,
  blockchain: blockchainChannel,
};
