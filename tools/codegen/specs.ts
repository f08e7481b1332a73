// Reading the hand-written specs under specs/.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function readYaml(file: string): JsonObject {
  return parse(readFileSync(file, 'utf8')) as JsonObject;
}

export function readJson(file: string): JsonObject {
  return JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
}

/** Files of a directory with the given extension, sorted so output never depends on the file system. */
export function listFiles(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}

export function moduleName(file: string, extension: string): string {
  return basename(file, extension);
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Calls visit on every object in a JSON tree, depth first. */
export function walk(value: Json, visit: (node: JsonObject) => void): void {
  if (Array.isArray(value)) for (const item of value) walk(item, visit);
  else if (isObject(value)) {
    visit(value);
    for (const child of Object.values(value)) walk(child, visit);
  }
}

export class SpecError extends Error {}

/** Collects every problem before failing, so one codegen run lists all of them. */
export class Problems {
  private readonly list: string[] = [];
  add(where: string, message: string): void {
    this.list.push(`${where}: ${message}`);
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new SpecError(`The specs have ${this.list.length} problem(s):\n  - ${this.list.join('\n  - ')}`);
  }
}
