// The REST surface: routes, parses and validates every operation of the generated operation
// table, calls its handler, and (when asked) checks the response against the spec.
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import type { Middleware } from 'koa';
import type { HandlerContext } from '../../handlers/context.js';
import { type OperationId, type RestOperation, type Validator, operations, responseValidatorNames } from '../../generated/rest/operations.js';
import type { RestHandlers } from '../../generated/rest/handlers.js';
import type { ErrorDetail } from '../../engine/errors.js';
import { hasBody, readJson } from '../body.js';
import { HttpProblem } from '../problem.js';
import { validationDetails } from '../validation.js';
import type { RequestState } from '../request-state.js';
import { type AccessControl, requireAccess } from '../access/access.js';

export interface RestOptions {
  bodyLimitBytes: number;
  /** Check each response against its spec and fail loudly when it does not match. */
  validateResponses: boolean;
  context(state: RequestState): HandlerContext;
  access: AccessControl;
}

type AnyHandler = (input: { path?: unknown; query: unknown; body?: unknown }, context: HandlerContext) => Promise<unknown>;

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export async function restRouter(handlers: RestHandlers<HandlerContext>, options: RestOptions): Promise<Middleware<{ request: RequestState }>> {
  const router = FindMyWay({ caseSensitive: true, ignoreTrailingSlash: false, maxParamLength: 4096 });
  for (const operation of Object.values(operations)) {
    // find-my-way writes path parameters as :name.
    router.on(operation.method as HTTPMethod, operation.path.replace(/\{([^}]+)\}/g, ':$1'), () => undefined, operation);
  }
  const responseValidators = options.validateResponses ? await loadResponseValidators() : null;

  return async (ctx, next) => {
    const path = ctx.path;
    const route = router.find(ctx.method as HTTPMethod, path);
    if (!route) {
      const allowed = METHODS.filter((method) => router.find(method, path));
      if (allowed.length > 0) throw new HttpProblem('METHOD_NOT_ALLOWED', `${ctx.method} is not allowed on ${path}; use ${allowed.join(', ')}`, [], { Allow: allowed.join(', ') });
      return next();
    }
    const operation = route.store as RestOperation;
    ctx.state.request.operationId = operation.id;
    // Credentials and permission before anything about the input is said.
    const identity = ctx.state.request.identity!;
    if (operation.signInLimited) {
      ctx.set(options.access.limitSignIn(identity, { surface: 'rest', operation: operation.id, target: ctx.path, status: 429, requestId: ctx.state.request.id, detail: null }));
    }
    requireAccess(identity, operation.permission, operation.id);
    const input = {
      path: validated(operation.validatePath, { ...route.params }, '/path'),
      query: validated(operation.validateQuery, queryObject(ctx.querystring, operation), '/query'),
      body: await requestBody(ctx.req, operation, options.bodyLimitBytes),
    };
    const handler = handlers[operation.id] as unknown as AnyHandler;
    const result = await handler(input, options.context(ctx.state.request));
    const { status, body } = operation.explicitStatus ? (result as { status: number; body: unknown }) : { status: operation.successStatus, body: result };
    if (responseValidators) checkResponse(responseValidators, operation, status, body);
    ctx.status = status;
    ctx.body = body;
  };
}

function validated(validate: Validator, data: Record<string, unknown>, base: string): Record<string, unknown> {
  if (!validate(data)) throw new HttpProblem('VALIDATION_FAILED', `invalid ${base.slice(1)} parameters`, validationDetails(validate.errors, base));
  return data;
}

/** The query string as an object: repeated keys, and keys of array parameters, become arrays. */
function queryObject(querystring: string, operation: RestOperation): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  if (querystring === '') return query;
  for (const [key, value] of new URLSearchParams(querystring)) {
    const existing = query[key];
    if (existing === undefined) query[key] = operation.arrayQueryParams.includes(key) ? [value] : value;
    else query[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}

async function requestBody(request: Parameters<typeof readJson>[0], operation: RestOperation, limitBytes: number): Promise<unknown> {
  if (operation.body === 'none' || operation.validateBody === null) return undefined;
  if (!hasBody(request)) {
    if (operation.body === 'optional') return undefined;
    throw new HttpProblem('VALIDATION_FAILED', 'this operation needs a JSON body', [{ pointer: '/body', message: 'is required' }]);
  }
  const body = await readJson(request, limitBytes);
  if (!operation.validateBody(body)) throw new HttpProblem('VALIDATION_FAILED', 'the body does not match the schema', validationDetails(operation.validateBody.errors, '/body'));
  return body;
}

type ResponseValidators = Record<string, Validator>;

async function loadResponseValidators(): Promise<ResponseValidators> {
  return (await import('../../generated/rest/response-validators.js')) as unknown as ResponseValidators;
}

/** Why a response is not one the operation's spec allows, or null when it is. */
function contractViolation(validators: ResponseValidators, operationId: string, status: number, body: unknown): { message: string; details: ErrorDetail[] } | null {
  const name = responseValidatorNames[operationId as OperationId]?.[status];
  if (name === undefined) return { message: `${operationId} answered ${status}, which its spec does not declare`, details: [] };
  const validate = validators[name]!;
  // Serialize first: what must match is what goes on the wire.
  if (validate(JSON.parse(JSON.stringify(body ?? null)))) return null;
  return { message: `${operationId} answered ${status} with a body its spec does not allow`, details: validationDetails(validate.errors, '/response') };
}

function checkResponse(validators: ResponseValidators, operation: RestOperation, status: number, body: unknown): void {
  const violation = contractViolation(validators, operation.id, status, body);
  if (violation) throw new HttpProblem('RESPONSE_CONTRACT_VIOLATION', violation.message, violation.details);
}

/** For problem responses made outside the router: says why one is not declared, or null. */
export async function problemChecker(): Promise<(operationId: string, status: number, problem: unknown) => string | null> {
  const validators = await loadResponseValidators();
  return (operationId, status, problem) => {
    // GraphQL and the docs are not REST operations: their errors have no OpenAPI contract.
    if (!(operationId in operations)) return null;
    const violation = contractViolation(validators, operationId, status, problem);
    return violation && `${violation.message}${violation.details.length > 0 ? `: ${JSON.stringify(violation.details)}` : ''}`;
  };
}
