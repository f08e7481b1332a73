// The server's configuration as one validated document. Its shape is a TypeBox schema built by
// whoever owns the settings (the server); this keeps the values in effect, refuses what may not
// change, applies live keys through their appliers, keeps changes in a file for the next start,
// and records each change in the audit trail.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { type TObject, type TSchema, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { EngineError, type ErrorDetail } from '../../errors.js';
import type { ClientCaller } from '../../work/caller.js';
import type { SecurityModule } from '../security/security.js';

/** live: takes effect at once; restart: at the next start; read_only: not through the API. */
export type ApplyMode = 'live' | 'restart' | 'read_only';

export interface SettingDefinition {
  key: string;
  schema: TSchema;
  defaultValue: unknown;
  apply: ApplyMode;
  description: string;
  /** Never shown (passwords, signing keys). */
  secret: boolean;
}

export interface ConfigEntry {
  key: string;
  value: unknown;
  defaultValue: unknown;
  apply: ApplyMode;
  pendingValue: unknown;
  description: string;
}

export interface ServerConfigView {
  settings: Record<string, unknown>;
  entries: ConfigEntry[];
  persisted: boolean;
}

export interface ConfigurationOptions {
  definitions: SettingDefinition[];
  /** The values in effect now. */
  values: Record<string, unknown>;
  /** Where changes are kept for the next start; null: nowhere (scratch storage). */
  file: string | null;
  /** Applies a live key's new value; throws to refuse it. */
  applyLive(key: string, value: unknown): void;
}

const REDACTED = '[redacted]';

export class Configuration {
  private readonly definitions: Map<string, SettingDefinition>;
  private readonly schema: TObject;
  private readonly values: Record<string, unknown>;
  /** Changes to restart keys, not in effect until the next start. */
  private readonly pending = new Map<string, unknown>();

  constructor(
    private readonly options: ConfigurationOptions,
    private readonly security: SecurityModule,
  ) {
    this.definitions = new Map(options.definitions.map((definition) => [definition.key, definition]));
    this.schema = settingsSchema(options.definitions);
    this.values = { ...options.values };
  }

  view(): ServerConfigView {
    const shown = (definition: SettingDefinition, value: unknown): unknown => (definition.secret && value !== '' ? REDACTED : value);
    const entries = [...this.definitions.values()].map((definition) => ({
      key: definition.key,
      value: shown(definition, this.values[definition.key]),
      defaultValue: shown(definition, definition.defaultValue),
      apply: definition.apply,
      pendingValue: this.pending.has(definition.key) ? shown(definition, this.pending.get(definition.key)) : null,
      description: definition.description,
    }));
    return { settings: Object.fromEntries(entries.map((entry) => [entry.key, entry.value])), entries, persisted: this.options.file !== null };
  }

  /** Checks the whole change first: one bad key refuses all of it. */
  update(changes: Record<string, unknown>, caller: ClientCaller): ServerConfigView {
    this.check(changes);
    const changed = Object.entries(changes).filter(([key, value]) => value !== (this.pending.has(key) ? this.pending.get(key) : this.values[key]));
    for (const [key, value] of changed) {
      const definition = this.definitions.get(key)!;
      const before = this.values[key];
      if (definition.apply === 'live') {
        this.options.applyLive(key, value);
        this.values[key] = value;
      } else if (value === before) this.pending.delete(key);
      else this.pending.set(key, value);
      this.security.audit({
        ...caller.origin,
        userId: caller.actor?.userId ?? null,
        username: caller.actor?.username ?? null,
        operation: 'updateServerConfig',
        target: `config:${key}`,
        outcome: 'success',
        status: null,
        requestId: caller.requestId,
        detail: `${JSON.stringify(before)} -> ${JSON.stringify(value)} (${definition.apply === 'live' ? 'in effect now' : 'at the next start'})`,
      });
    }
    if (changed.length > 0) this.persist(Object.fromEntries(changed));
    return this.view();
  }

  private check(changes: Record<string, unknown>): void {
    const problems: ErrorDetail[] = [];
    for (const key of Object.keys(changes)) {
      const definition = this.definitions.get(key);
      if (definition?.apply === 'read_only') problems.push({ pointer: `/body/${key}`, message: `${key} is read-only through the API; set it with its flag or environment variable and restart` });
    }
    for (const error of Value.Errors(this.schema, changes)) problems.push({ pointer: `/body${error.path}`, message: error.message });
    if (problems.length > 0) throw new EngineError('VALIDATION_FAILED', `the configuration change is refused: ${problems.map((problem) => `${problem.pointer.slice('/body/'.length)}: ${problem.message}`).join('; ')}`, problems);
  }

  /** Adds the changed values to those kept by earlier changes, atomically. */
  private persist(changed: Record<string, unknown>): void {
    if (this.options.file === null) return;
    const kept = { ...readPersisted(this.options.file), ...changed };
    const temporary = `${this.options.file}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(kept, null, 2)}\n`, { mode: 0o600 });
    renameSync(temporary, this.options.file);
  }
}

/** The schema of a change: any subset of the keys, each with its own schema, nothing else. */
export function settingsSchema(definitions: SettingDefinition[]): TObject {
  return Type.Object(Object.fromEntries(definitions.map((definition) => [definition.key, Type.Optional(definition.schema)])), { additionalProperties: false });
}

/** The values kept by earlier changes; {} when there are none. */
export function readPersisted(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  return JSON.parse(text) as Record<string, unknown>;
}
