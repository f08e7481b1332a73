// AsyncAPI: validates the document with @asyncapi/parser, bundles it for serving, and generates
// the channel table, message types and compiled validators for the WebSocket server and client.
import { join } from 'node:path';
import { Parser, fromFile, DiagnosticSeverity } from '@asyncapi/parser';
import { stringify } from 'yaml';
import { standaloneValidators } from './ajv-standalone.js';
import { GENERATED_HEADER, type GeneratedFiles, literal, pascalCase } from './emit.js';
import { type SharedSchemas, componentName, rewriteSchemaRefs } from './schemas.js';
import { type Json, type JsonObject, Problems, SpecError, isObject, readYaml, walk } from './specs.js';

export interface AsyncMessage {
  key: string;
  /** The message_type on the wire. */
  type: string;
  title: string;
  /** Component name of the data schema. */
  dataType: string;
  payload: Json;
}

export interface AsyncChannel {
  name: string;
  address: string;
  module: string;
  permission: string;
  multiplex: boolean;
  querySchema: Json;
  queryParams: string[];
  messages: string[];
  inbound: string[];
  outbound: string[];
  /** AsyncAPI operation ids on this channel. */
  operations: string[];
}

export interface AsyncOperation {
  id: string;
  action: 'send' | 'receive';
  channel: string;
}

export interface AsyncSpec {
  version: string;
  channels: AsyncChannel[];
  messages: AsyncMessage[];
  operations: AsyncOperation[];
  /** The document with every schema inlined as a component, as served at /asyncapi.yaml. */
  bundled: JsonObject;
}

export async function loadAsyncApi(specsDir: string, shared: SharedSchemas, permissions: string[]): Promise<AsyncSpec> {
  const file = join(specsDir, 'asyncapi', 'asyncapi.yaml');
  const { diagnostics } = await fromFile(new Parser(), file).parse();
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error);
  if (errors.length > 0) {
    throw new SpecError(`asyncapi.yaml is invalid:\n  - ${errors.map((error) => `${error.path.join('.')}: ${error.message}`).join('\n  - ')}`);
  }
  const raw = rewriteSchemaRefs(readYaml(file) as Json, shared.nameOfFile, 'asyncapi.yaml') as JsonObject;
  const problems = new Problems();
  const messages = Object.entries((raw.components as JsonObject).messages as JsonObject).map(([key, message]) => {
    const definition = message as JsonObject;
    const narrowing = ((definition.payload as JsonObject).allOf as JsonObject[])[1]!;
    const properties = narrowing.properties as JsonObject;
    return {
      key,
      type: (properties.message_type as JsonObject).const as string,
      title: definition.title as string,
      dataType: componentName((properties.data as JsonObject).$ref as string),
      payload: definition.payload as Json,
    };
  });
  const operations: AsyncOperation[] = Object.entries(raw.operations as JsonObject).map(([id, operation]) => ({
    id,
    action: (operation as JsonObject).action as 'send' | 'receive',
    channel: lastSegment(((operation as JsonObject).channel as JsonObject).$ref as string),
  }));
  const inboundOf = (channel: string): string[] =>
    Object.entries(raw.operations as JsonObject)
      .filter(([, operation]) => (operation as JsonObject).action === 'receive' && lastSegment(((operation as JsonObject).channel as JsonObject).$ref as string) === channel)
      .flatMap(([, operation]) => ((operation as JsonObject).messages as JsonObject[]).map((message) => lastSegment(message.$ref as string)));
  const channels: AsyncChannel[] = Object.entries(raw.channels as JsonObject).map(([name, value]) => {
    const channel = value as JsonObject;
    const permission = channel['x-strata-permission'];
    if (typeof permission !== 'string' || !permissions.includes(permission)) problems.add(`channel ${name}`, `needs x-strata-permission, one of: ${permissions.join(', ')}`);
    if (typeof channel['x-strata-module'] !== 'string') problems.add(`channel ${name}`, 'needs x-strata-module');
    const query = (((channel.bindings as JsonObject | undefined)?.ws as JsonObject | undefined)?.query ?? { type: 'object', additionalProperties: false }) as JsonObject;
    const messageKeys = Object.values(channel.messages as JsonObject).map((message) => lastSegment((message as JsonObject).$ref as string));
    return {
      name,
      address: channel.address as string,
      module: channel['x-strata-module'] as string,
      permission: permission as string,
      multiplex: channel['x-strata-multiplex'] === true,
      querySchema: query,
      queryParams: Object.keys((query.properties ?? {}) as JsonObject),
      messages: messageKeys,
      inbound: inboundOf(name),
      outbound: [],
      operations: operations.filter((operation) => operation.channel === name).map((operation) => operation.id),
    };
  });
  const multiplex = channels.find((channel) => channel.multiplex);
  if (multiplex) multiplex.inbound = [...new Set([...multiplex.inbound, ...channels.filter((channel) => !channel.multiplex).flatMap((channel) => channel.inbound)])];
  for (const channel of channels) channel.outbound = channel.messages.filter((message) => !channel.inbound.includes(message));
  problems.throwIfAny();
  return { version: (raw.info as JsonObject).version as string, channels, messages, operations, bundled: bundle(raw, shared) };
}

export function generateAsyncApi(spec: AsyncSpec, shared: SharedSchemas): GeneratedFiles {
  const files: GeneratedFiles = new Map();
  files.set('generated/asyncapi.yaml', `# Generated by \`npm run codegen\` from specs/asyncapi. Do not edit.\n${stringify(spec.bundled, { lineWidth: 0 })}`);
  const components = Object.fromEntries(shared.byName) as JsonObject;
  // Query parameters arrive as strings: coerce them. Messages are JSON: take them as they are.
  const queries = new Map<string, Json>(spec.channels.map((channel) => [`${channel.name}_query`, channel.querySchema]));
  const messages = new Map<string, Json>(spec.messages.map((message) => [`${message.key}_message`, message.payload]));
  files.set('generated/ws/query-validators.ts', standaloneValidators(components, queries, { coerce: true, defaults: true }));
  files.set('generated/ws/message-validators.ts', standaloneValidators(components, messages, { coerce: false, defaults: true }));
  files.set('generated/ws/channels.ts', serverChannels(spec));
  files.set('generated/client/channels.ts', clientChannels(spec));
  return files;
}

function lastSegment(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** Inlines the shared schemas the document uses as components/schemas, refs rewritten. */
function bundle(raw: JsonObject, shared: SharedSchemas): JsonObject {
  const document = structuredClone(raw);
  const used = new Set<string>();
  const collect = (tree: Json): void =>
    walk(tree, (node) => {
      if (typeof node.$ref !== 'string' || !node.$ref.startsWith('#/components/schemas/')) return;
      const name = componentName(node.$ref);
      if (used.has(name)) return;
      used.add(name);
      collect(shared.byName.get(name) as Json);
    });
  collect(document as Json);
  const components = (document.components ?? {}) as JsonObject;
  components.schemas = Object.fromEntries([...used].sort().map((name) => [name, shared.byName.get(name) as Json]));
  document.components = components;
  return document;
}

const messageType = (key: string): string => `${pascalCase(key)}Message`;
const union = (keys: string[]): string => (keys.length === 0 ? 'never' : keys.map(messageType).join(' | '));

/** Message types, channel messages and addresses: what the SDK needs (no validators). */
function clientChannels(spec: AsyncSpec): string {
  const lines = [
    GENERATED_HEADER,
    "import type * as Api from './rest/types.gen.js';",
    '',
    '/** The envelope of every WebSocket message. The server sets timestamp on all it sends. */',
    'export interface WsMessage<Type extends string, Data> {',
    '  message_type: Type;',
    '  data: Data;',
    '  timestamp?: number;',
    '  scn?: number;',
    '  subscription_id?: string;',
    '}',
    '',
  ];
  for (const message of spec.messages) {
    lines.push(`/** ${message.title} */`, `export type ${messageType(message.key)} = WsMessage<${literal(message.type)}, Api.${message.dataType}>;`);
  }
  lines.push('', `export type AnyMessage = ${union(spec.messages.map((message) => message.key))};`, '');
  lines.push('/** What each channel receives from clients (inbound) and sends to them (outbound). */', 'export interface ChannelMessages {');
  for (const channel of spec.channels) lines.push(`  ${channel.name}: { inbound: ${union(channel.inbound)}; outbound: ${union(channel.outbound)} };`);
  lines.push('}', '', 'export type ChannelName = keyof ChannelMessages;', '');
  lines.push('/** Query parameters each channel takes on its address (or as params of a subscribe message). */', 'export interface ChannelParams {');
  for (const channel of spec.channels) lines.push(`  ${channel.name}: { ${channel.queryParams.map((name) => `${name}?: string`).join('; ')} };`);
  lines.push('}', '', 'export const channelAddresses: Readonly<Record<ChannelName, string>> = {');
  for (const channel of spec.channels) lines.push(`  ${channel.name}: ${literal(channel.address)},`);
  lines.push('};', '', `export const asyncApiVersion = ${literal(spec.version)};`, '');
  return lines.join('\n');
}

/** The channel table the server routes and validates with. */
function serverChannels(spec: AsyncSpec): string {
  const typeOf = (key: string): string => spec.messages.find((message) => message.key === key)!.type;
  const validatorMap = (keys: string[]): string => `{ ${keys.map((key) => `${typeOf(key)}: messageValidators.${key}_message!`).join(', ')} }`;
  const lines = [
    GENERATED_HEADER,
    "import type { ChannelName } from '../client/channels.js';",
    "import * as queryValidatorModule from './query-validators.js';",
    "import * as messageValidatorModule from './message-validators.js';",
    '',
    "export type { AnyMessage, ChannelMessages, ChannelName, ChannelParams, WsMessage } from '../client/channels.js';",
    "export * from '../client/channels.js';",
    '',
    'export interface Validator {',
    '  (data: unknown): boolean;',
    '  errors?: Array<{ instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }> | null;',
    '}',
    '',
    'const queryValidators = queryValidatorModule as unknown as Record<string, Validator>;',
    'const messageValidators = messageValidatorModule as unknown as Record<string, Validator>;',
    '',
    'export interface ChannelInfo {',
    '  name: ChannelName;',
    '  address: string;',
    '  module: string;',
    '  permission: string;',
    '  /** Carries the other channels on one connection. */',
    '  multiplex: boolean;',
    '  /** AsyncAPI operations on this channel (they share names with REST operations and GraphQL fields). */',
    '  operations: readonly string[];',
    '  validateQuery: Validator;',
    '  /** message_type → validator, for messages clients may send here. */',
    '  inbound: Readonly<Record<string, Validator>>;',
    '  /** message_type → validator, for messages the server sends here (checked in tests). */',
    '  outbound: Readonly<Record<string, Validator>>;',
    '}',
    '',
    'export const channels: Readonly<Record<ChannelName, ChannelInfo>> = {',
  ];
  for (const channel of spec.channels) {
    lines.push(
      `  ${channel.name}: {`,
      `    name: ${literal(channel.name)},`,
      `    address: ${literal(channel.address)},`,
      `    module: ${literal(channel.module)},`,
      `    permission: ${literal(channel.permission)},`,
      `    multiplex: ${channel.multiplex},`,
      `    operations: [${channel.operations.map(literal).join(', ')}],`,
      `    validateQuery: queryValidators.${channel.name}_query!,`,
      `    inbound: ${validatorMap(channel.inbound)},`,
      `    outbound: ${validatorMap(channel.outbound)},`,
      '  },',
    );
  }
  lines.push('};', '');
  return lines.join('\n');
}
