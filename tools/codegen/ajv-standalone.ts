// Compiles JSON Schemas ahead of time into standalone validator modules (ajv standalone code),
// so the server never compiles a schema at start-up.
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import type { Json, JsonObject } from './specs.js';
import { walk } from './specs.js';

export interface ValidatorOptions {
  /** Coerce strings to the declared types (for path and query parameters). */
  coerce: boolean;
  /** Fill in declared defaults. Never for response validators: they must not change what they check. */
  defaults: boolean;
}

/** Id under which the shared component schemas are registered with ajv. */
const COMPONENTS_ID = 'components.json';

/**
 * Builds one ESM module exporting a validator per entry of `schemas` (export name → schema).
 * Schemas may $ref '#/components/schemas/X'; those resolve against `components`.
 */
export function standaloneValidators(components: JsonObject, schemas: Map<string, Json>, options: ValidatorOptions): string {
  const ajv = new Ajv2020.default({
    code: { source: true, esm: true, lines: true },
    allErrors: true,
    strict: true,
    coerceTypes: options.coerce ? 'array' : false,
    useDefaults: options.defaults,
    discriminator: true,
    allowUnionTypes: true,
  });
  addFormats.default(ajv);
  ajv.addSchema({ $id: COMPONENTS_ID, $defs: toAjvRefs(components) as JsonObject });
  const exports: Record<string, string> = {};
  for (const [name, schema] of schemas) {
    ajv.addSchema({ $id: `${name}.json`, ...(toAjvRefs(schema) as JsonObject) });
    exports[name] = `${name}.json`;
  }
  const code = standaloneCode.default(ajv, exports);
  // ajv's ESM output still require()s its runtime helpers; give the module a require of its own.
  return [
    '// @ts-nocheck',
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    code.replace(/^"use strict";\n?/, ''),
  ].join('\n');
}

function toAjvRefs(schema: Json): Json {
  const copy = structuredClone(schema);
  walk(copy, (node) => {
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/components/schemas/')) {
      node.$ref = `${COMPONENTS_ID}#/$defs/${node.$ref.slice('#/components/schemas/'.length)}`;
    }
  });
  return copy;
}
