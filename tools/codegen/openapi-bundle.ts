// Merges specs/openapi (root + one paths file per module) and specs/schemas into one OpenAPI
// document, and checks the house rules every operation must follow.
import { join } from 'node:path';
import { type SharedSchemas, rewriteSchemaRefs } from './schemas.js';
import { type Json, type JsonObject, Problems, isObject, listFiles, moduleName, readYaml, walk } from './specs.js';

const PARAMETER_KEYS = new Set(['$ref', 'name', 'in', 'required', 'schema', 'description', 'style', 'explode', 'deprecated', 'examples', 'content', 'allowEmptyValue', 'allowReserved']);

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

export function bundleOpenApi(specsDir: string, shared: SharedSchemas): JsonObject {
  const root = readYaml(join(specsDir, 'openapi', 'openapi.yaml'));
  const problems = new Problems();
  const paths: JsonObject = {};
  for (const file of listFiles(join(specsDir, 'openapi', 'paths'), '.yaml')) {
    const module = moduleName(file, '.yaml');
    const modulePaths = readYaml(file) ?? {};
    for (const [path, item] of Object.entries(modulePaths)) {
      if (path in paths) problems.add(`${module}.yaml`, `path ${path} is already declared by another module`);
      if (!isObject(item)) continue;
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (isObject(operation)) operation['x-strata-module'] = module;
      }
      paths[path] = item;
    }
  }
  problems.throwIfAny();

  const components = isObject(root.components) ? root.components : {};
  const schemas: JsonObject = {};
  // Every shared schema is a component, used by a path or not: the SDK types them all, and the
  // AsyncAPI messages use them too.
  for (const [name, schema] of shared.byName) schemas[name] = schema;
  const document: JsonObject = {
    ...root,
    paths: sortKeys(paths),
    components: rewriteSchemaRefs({ ...components, schemas } as Json, shared.nameOfFile, 'openapi.yaml') as JsonObject,
  };
  rewriteSchemaRefs(document.paths as Json, shared.nameOfFile, 'openapi paths');
  checkOperations(document);
  checkRefsResolve(document);
  return document;
}

function sortKeys(object: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
}

/** The house rules: what a Strata REST operation must declare. */
function checkOperations(document: JsonObject): void {
  const problems = new Problems();
  const permissions = isObject(document['x-strata-permissions']) ? Object.keys(document['x-strata-permissions']) : [];
  const tags = new Set((Array.isArray(document.tags) ? document.tags : []).map((tag) => (isObject(tag) ? tag.name : null)));
  const ids = new Set<string>();
  for (const [path, item] of Object.entries(document.paths as JsonObject)) {
    if (!isObject(item)) continue;
    const pathLevelParameters = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const id = operation.operationId;
      if (typeof id !== 'string' || !/^[a-z][A-Za-z0-9]*$/.test(id)) problems.add(where, 'needs a camelCase operationId');
      else if (ids.has(id)) problems.add(where, `operationId ${id} is used twice`);
      else ids.add(id);
      const module = operation['x-strata-module'];
      if (!Array.isArray(operation.tags) || operation.tags.length !== 1 || operation.tags[0] !== module) {
        problems.add(where, `needs exactly the tag of its module: [${String(module)}]`);
      }
      if (!tags.has(module as string)) problems.add(where, `module ${String(module)} has no tag in openapi.yaml`);
      if (typeof operation.summary !== 'string' || operation.summary.length === 0) problems.add(where, 'needs a summary');
      const permission = operation['x-strata-permission'];
      if (typeof permission !== 'string' || !permissions.includes(permission)) {
        problems.add(where, `needs x-strata-permission, one of: ${permissions.join(', ')}`);
      }
      const responses = isObject(operation.responses) ? operation.responses : {};
      const statuses = Object.keys(responses);
      if (!statuses.some((status) => status.startsWith('2'))) problems.add(where, 'needs a 2xx response');
      if (!statuses.includes('500')) problems.add(where, 'needs a 500 response');
      checkSecurity(problems, where, operation, permission, statuses);
      const parameters = [...pathLevelParameters, ...(Array.isArray(operation.parameters) ? operation.parameters : [])];
      for (const parameter of parameters) {
        const unknown = isObject(parameter) ? Object.keys(parameter).filter((key) => !PARAMETER_KEYS.has(key)) : [];
        // Usually a comma inside a YAML flow mapping that split a description.
        if (unknown.length > 0) problems.add(where, `parameter has unknown keys: ${unknown.join(', ')}`);
      }
      const hasPathParameters = path.includes('{');
      if (operation.requestBody !== undefined) {
        for (const status of ['400', '413', '415']) if (!statuses.includes(status)) problems.add(where, `has a body, so needs a ${status} response`);
      }
      if (parameters.length > 0 && !statuses.includes('400')) problems.add(where, 'has parameters, so needs a 400 response');
      if (hasPathParameters && !statuses.includes('404')) problems.add(where, 'has path parameters, so needs a 404 response');
    }
  }
  problems.throwIfAny();
}

/**
 * A public operation says so twice (permission public, `security: []`) so that neither can be
 * dropped by accident; the others inherit the document's security and declare the refusals the
 * access guard can answer.
 */
function checkSecurity(problems: Problems, where: string, operation: JsonObject, permission: unknown, statuses: string[]): void {
  const openToAll = Array.isArray(operation.security) && operation.security.length === 0;
  const rateLimit = operation['x-strata-rate-limit'];
  if (rateLimit !== undefined && rateLimit !== 'sign-in') problems.add(where, 'x-strata-rate-limit can only be sign-in');
  if (rateLimit === 'sign-in' && !statuses.includes('429')) problems.add(where, 'is rate limited, so needs a 429 response');
  if (permission === 'public') {
    if (!openToAll) problems.add(where, 'is public, so needs security: []');
    return;
  }
  if (operation.security !== undefined) problems.add(where, 'needs credentials, so must not override security');
  for (const status of permission === 'authenticated' ? ['401', '429'] : ['401', '403', '429']) {
    if (!statuses.includes(status)) problems.add(where, `needs credentials, so needs a ${status} response`);
  }
}

function checkRefsResolve(document: JsonObject): void {
  const problems = new Problems();
  walk(document as Json, (node) => {
    const ref = node.$ref;
    if (typeof ref !== 'string') return;
    if (!ref.startsWith('#/')) return problems.add('openapi', `unresolved external $ref ${ref}`);
    if (resolvePointer(document, ref) === undefined) problems.add('openapi', `$ref ${ref} points at nothing`);
  });
  problems.throwIfAny();
}

export function resolvePointer(document: JsonObject, ref: string): Json | undefined {
  let node: Json | undefined = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    node = isObject(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}
