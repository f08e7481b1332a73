// REST server code from the bundled OpenAPI document: the operation table, one handler
// interface per module, and validators compiled ahead of time.
import { standaloneValidators } from './ajv-standalone.js';
import { GENERATED_HEADER, type GeneratedFiles, literal, pascalCase } from './emit.js';
import { HTTP_METHODS, resolvePointer } from './openapi-bundle.js';
import { type Json, type JsonObject, isObject } from './specs.js';

export interface RestOperation {
  id: string;
  method: string;
  path: string;
  module: string;
  permission: string;
  /** x-strata-rate-limit: sign-in — counted per client address, not per user. */
  signInLimited: boolean;
  summary: string;
  /** The 2xx status the handler's result is sent with. */
  successStatus: number;
  /** Statuses whose body is not a problem: what a handler may answer with. */
  outcomeStatuses: number[];
  /** True when the handler picks the status itself (more than one outcome). */
  explicitStatus: boolean;
  statuses: number[];
  body: 'none' | 'optional' | 'required';
  pathParams: JsonObject[];
  queryParams: JsonObject[];
}

export function restOperations(document: JsonObject): RestOperation[] {
  const operations: RestOperation[] = [];
  for (const [path, item] of Object.entries(document.paths as JsonObject)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const parameters = [...asArray(item.parameters), ...asArray(operation.parameters)].map((parameter) => deref(document, parameter));
      const responses = operation.responses as JsonObject;
      const statuses = Object.keys(responses).map(Number).sort((a, b) => a - b);
      const success = statuses.filter((status) => status >= 200 && status < 300);
      const outcomes = statuses.filter((status) => !isProblem(deref(document, responses[String(status)] as Json)));
      const requestBody = operation.requestBody === undefined ? undefined : deref(document, operation.requestBody);
      operations.push({
        id: operation.operationId as string,
        method: method.toUpperCase(),
        path,
        module: operation['x-strata-module'] as string,
        permission: operation['x-strata-permission'] as string,
        signInLimited: operation['x-strata-rate-limit'] === 'sign-in',
        summary: operation.summary as string,
        successStatus: success[0]!,
        outcomeStatuses: outcomes,
        explicitStatus: outcomes.length > 1,
        statuses,
        body: requestBody === undefined ? 'none' : requestBody.required === true ? 'required' : 'optional',
        pathParams: parameters.filter((parameter) => parameter.in === 'path'),
        queryParams: parameters.filter((parameter) => parameter.in === 'query'),
      });
    }
  }
  return operations.sort((a, b) => a.module.localeCompare(b.module) || a.id.localeCompare(b.id));
}

export function generateRest(document: JsonObject): GeneratedFiles {
  const operations = restOperations(document);
  const components = (document.components as JsonObject).schemas as JsonObject;
  const params = new Map<string, Json>();
  const bodies = new Map<string, Json>();
  const responses = new Map<string, Json>();
  for (const operation of operations) {
    params.set(`${operation.id}_path`, parametersSchema(operation.pathParams));
    params.set(`${operation.id}_query`, parametersSchema(operation.queryParams));
    const body = requestBodySchema(document, operation.id);
    if (body !== undefined) bodies.set(`${operation.id}_body`, body);
    for (const [status, schema] of responseSchemas(document, operation.id)) responses.set(`${operation.id}_${status}`, schema);
  }
  const files: GeneratedFiles = new Map();
  files.set('generated/rest/params-validators.ts', standaloneValidators(components, params, { coerce: true, defaults: true }));
  files.set('generated/rest/body-validators.ts', standaloneValidators(components, bodies, { coerce: false, defaults: true }));
  files.set('generated/rest/response-validators.ts', standaloneValidators(components, responses, { coerce: false, defaults: false }));
  files.set('generated/rest/operations.ts', operationTable(operations, bodies, responses, (document.info as JsonObject).version as string));
  files.set('generated/rest/handlers.ts', handlerInterfaces(operations));
  return files;
}

function asArray(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

function deref(document: JsonObject, node: Json): JsonObject {
  let current = node;
  while (isObject(current) && typeof current.$ref === 'string') current = resolvePointer(document, current.$ref) as Json;
  return current as JsonObject;
}

function isProblem(response: JsonObject): boolean {
  return isObject(response.content) && 'application/problem+json' in response.content;
}

function parametersSchema(parameters: JsonObject[]): Json {
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((parameter) => [parameter.name as string, parameter.schema as Json])),
    required: parameters.filter((parameter) => parameter.required === true).map((parameter) => parameter.name as string),
    additionalProperties: false,
  };
}

function operationObject(document: JsonObject, id: string): JsonObject {
  for (const item of Object.values(document.paths as JsonObject)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (isObject(operation) && operation.operationId === id) return operation;
    }
  }
  throw new Error(`no operation ${id}`);
}

function requestBodySchema(document: JsonObject, id: string): Json | undefined {
  const requestBody = operationObject(document, id).requestBody;
  if (requestBody === undefined) return undefined;
  const content = deref(document, requestBody).content as JsonObject;
  return (content['application/json'] as JsonObject).schema as Json;
}

function responseSchemas(document: JsonObject, id: string): Array<[string, Json]> {
  const responses = operationObject(document, id).responses as JsonObject;
  return Object.entries(responses).map(([status, response]) => {
    const content = (deref(document, response as Json).content ?? {}) as JsonObject;
    const media = (content['application/json'] ?? content['application/problem+json']) as JsonObject | undefined;
    return [status, media?.schema ?? {}];
  });
}

function operationTable(operations: RestOperation[], bodies: Map<string, Json>, responses: Map<string, Json>, version: string): string {
  const lines = [
    GENERATED_HEADER,
    "import * as paramsValidators from './params-validators.js';",
    "import * as bodyValidators from './body-validators.js';",
    '',
    '/** A validator compiled ahead of time by ajv; errors are on the function after a failed call. */',
    'export interface Validator {',
    '  (data: unknown): boolean;',
    '  errors?: Array<{ instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }> | null;',
    '}',
    '',
    '/** info.version of the OpenAPI document. */',
    `export const openApiVersion = ${literal(version)};`,
    '',
    'const params = paramsValidators as unknown as Record<string, Validator>;',
    'const bodies = bodyValidators as unknown as Record<string, Validator>;',
    '',
    'export interface RestOperation {',
    '  id: OperationId;',
    "  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';",
    '  /** OpenAPI path template, e.g. /api/v1/tables/{name}. */',
    '  path: string;',
    '  module: string;',
    '  permission: string;',
    '  /** Limited per client address as a sign-in (x-strata-rate-limit: sign-in). */',
    '  signInLimited: boolean;',
    '  summary: string;',
    '  successStatus: number;',
    '  /** The handler returns { status, body } instead of the body alone. */',
    '  explicitStatus: boolean;',
    '  statuses: readonly number[];',
    "  body: 'none' | 'optional' | 'required';",
    '  /** Query parameters that arrive as arrays (repeated in the query string). */',
    '  arrayQueryParams: readonly string[];',
    '  validatePath: Validator;',
    '  validateQuery: Validator;',
    '  validateBody: Validator | null;',
    '}',
    '',
    `export type OperationId =\n${operations.map((operation) => `  | ${literal(operation.id)}`).join('\n')};`,
    '',
    'export const operations: Readonly<Record<OperationId, RestOperation>> = {',
  ];
  for (const operation of operations) {
    const arrays = operation.queryParams.filter((parameter) => isObject(parameter.schema) && parameter.schema.type === 'array');
    lines.push(
      `  ${operation.id}: {`,
      `    id: ${literal(operation.id)},`,
      `    method: ${literal(operation.method)},`,
      `    path: ${literal(operation.path)},`,
      `    module: ${literal(operation.module)},`,
      `    permission: ${literal(operation.permission)},`,
      `    signInLimited: ${operation.signInLimited},`,
      `    summary: ${literal(operation.summary)},`,
      `    successStatus: ${operation.successStatus},`,
      `    explicitStatus: ${operation.explicitStatus},`,
      `    statuses: [${operation.statuses.join(', ')}],`,
      `    body: ${literal(operation.body)},`,
      `    arrayQueryParams: [${arrays.map((parameter) => literal(parameter.name as string)).join(', ')}],`,
      `    validatePath: params.${operation.id}_path!,`,
      `    validateQuery: params.${operation.id}_query!,`,
      `    validateBody: ${bodies.has(`${operation.id}_body`) ? `bodies.${operation.id}_body!` : 'null'},`,
      '  },',
    );
  }
  lines.push('};', '');
  lines.push(
    '/** Response statuses with a compiled validator, per operation (the validators load on demand). */',
    'export const responseValidatorNames: Readonly<Record<OperationId, Readonly<Record<number, string>>>> = {',
    ...operations.map((operation) => {
      const entries = operation.statuses.filter((status) => responses.has(`${operation.id}_${status}`));
      return `  ${operation.id}: { ${entries.map((status) => `${status}: ${literal(`${operation.id}_${status}`)}`).join(', ')} },`;
    }),
    '};',
    '',
  );
  return lines.join('\n');
}

function handlerInterfaces(operations: RestOperation[]): string {
  const modules = [...new Set(operations.map((operation) => operation.module))];
  const lines = [
    GENERATED_HEADER,
    "import type * as Api from '../client/rest/types.gen.js';",
    '',
    '/** What a handler receives: parsed, validated and defaulted path, query and body. */',
  ];
  for (const operation of operations) {
    const type = pascalCase(operation.id);
    const parts = [
      operation.pathParams.length > 0 ? `path: Api.${type}Data['path']` : null,
      operation.queryParams.length > 0 ? `query: NonNullable<Api.${type}Data['query']>` : null,
      operation.body === 'required' ? `body: Api.${type}Data['body']` : operation.body === 'optional' ? `body: Api.${type}Data['body'] | undefined` : null,
    ].filter((part) => part !== null);
    const outcomes = operation.outcomeStatuses.map(
      (status) => `{ status: ${status}; body: Api.${type}${status < 300 ? 'Responses' : 'Errors'}[${status}] }`,
    );
    lines.push(`export type ${type}Input = { ${parts.join('; ')} };`);
    lines.push(
      operation.explicitStatus
        ? `export type ${type}Output = ${outcomes.join(' | ')};`
        : `export type ${type}Output = Api.${type}Responses[${operation.successStatus}];`,
    );
  }
  lines.push('');
  for (const module of modules) {
    lines.push(`/** REST handlers of the ${module} module. */`, `export interface ${pascalCase(module)}RestHandlers<Context> {`);
    for (const operation of operations.filter((candidate) => candidate.module === module)) {
      const type = pascalCase(operation.id);
      lines.push(`  /** ${operation.method} ${operation.path}: ${operation.summary} */`, `  ${operation.id}(input: ${type}Input, context: Context): Promise<${type}Output>;`);
    }
    lines.push('}', '');
  }
  lines.push(
    '/** Every REST operation: a server that lacks a handler does not compile. */',
    `export interface RestHandlers<Context>\n  extends ${modules.map((module) => `${pascalCase(module)}RestHandlers<Context>`).join(',\n    ')} {}`,
    '',
  );
  return lines.join('\n');
}
