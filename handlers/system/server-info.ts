// Server information: the engine's facts and the versions of the specs this server was built from.
import { openApiVersion } from '../../generated/rest/operations.js';
import { asyncApiVersion } from '../../generated/ws/channels.js';
import type { Engine } from '../../engine/index.js';

export function serverInfo(engine: Engine) {
  return {
    name: 'strata' as const,
    ...engine.system.info(),
    // The GraphQL schema is versioned with the OpenAPI document: they change together.
    specs: { openapi: openApiVersion, graphql: openApiVersion, asyncapi: asyncApiVersion },
  };
}
