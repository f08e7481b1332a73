// The shared JSON Schemas of specs/schemas: one entity, one file, named by its title.
import { basename } from 'node:path';
import { type Json, type JsonObject, Problems, isObject, listFiles, readJson, walk } from './specs.js';

export interface SharedSchemas {
  /** Component name (the schema's title) → schema with refs rewritten to #/components/schemas/... */
  byName: Map<string, JsonObject>;
  /** File name (e.g. table.json) → component name. */
  nameOfFile: Map<string, string>;
}

export function loadSharedSchemas(dir: string): SharedSchemas {
  const problems = new Problems();
  const raw = new Map<string, JsonObject>();
  const nameOfFile = new Map<string, string>();
  for (const file of listFiles(dir, '.json')) {
    const schema = readJson(file);
    const fileName = basename(file);
    if (schema.$id !== fileName) problems.add(fileName, `$id must be "${fileName}"`);
    if (typeof schema.title !== 'string' || !/^[A-Z][A-Za-z0-9]*$/.test(schema.title)) {
      problems.add(fileName, 'needs a PascalCase title: it names the schema everywhere');
      continue;
    }
    if ([...nameOfFile.values()].includes(schema.title)) problems.add(fileName, `title ${schema.title} is taken`);
    nameOfFile.set(fileName, schema.title);
    raw.set(schema.title, schema);
  }
  problems.throwIfAny();
  const byName = new Map<string, JsonObject>();
  for (const [name, schema] of raw) {
    const { $id: _id, $schema: _dialect, ...rest } = schema;
    byName.set(name, rewriteSchemaRefs(structuredClone(rest), nameOfFile, name));
  }
  return { byName, nameOfFile };
}

/** Rewrites every $ref to a schema file (any relative path ending in <file>.json) to #/components/schemas/<Title>. */
export function rewriteSchemaRefs<T extends Json>(tree: T, nameOfFile: Map<string, string>, where: string): T {
  const problems = new Problems();
  walk(tree, (node) => {
    const ref = node.$ref;
    if (typeof ref !== 'string' || !ref.endsWith('.json')) return;
    const name = nameOfFile.get(basename(ref));
    if (name === undefined) problems.add(where, `$ref ${ref} names no file in specs/schemas`);
    else node.$ref = `#/components/schemas/${name}`;
  });
  problems.throwIfAny();
  return tree;
}

export function componentName(ref: string): string {
  const prefix = '#/components/schemas/';
  if (!ref.startsWith(prefix)) throw new Error(`not a component schema ref: ${ref}`);
  return ref.slice(prefix.length);
}

export { isObject };
