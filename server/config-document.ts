// The server's configuration as the document GET/PUT /api/v1/admin/config serve: a TypeBox
// schema per setting from the table in config.ts, which settings apply live, which at the next
// start, which never through the API; and the values kept by earlier changes.
import { join, resolve } from 'node:path';
import { type TSchema, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Engine, LiveEngineSettings } from '../engine/index.js';
import { type ApplyMode, Configuration, type SettingDefinition, readPersisted, settingsSchema } from '../engine/modules/administration/configuration.js';
import { ConfigError, LOG_LEVELS, type LogLevel, SETTINGS, type ServerConfig } from './config.js';
import { type Logger, setLogLevel } from './logger.js';

/** Applied the moment they change; every other changeable key at the next start. */
const LIVE: ReadonlyArray<keyof ServerConfig> = ['logLevel', 'statementTimeoutMs', 'transactionIdleTimeoutMs', 'maxTransactions', 'maxResultRows', 'slowQueryThresholdMs'];
/** Where the server lives and who it trusts: flags and environment only. */
const READ_ONLY: ReadonlyArray<keyof ServerConfig> = ['port', 'host', 'dataDir', 'memory', 'jwtSecret', 'adminPassword', 'tlsCert', 'tlsKey'];

export function configDefinitions(): SettingDefinition[] {
  return SETTINGS.map((setting) => ({
    key: setting.key,
    schema: schemaOf(setting.key, setting.default, setting.zeroMeansOff === true),
    defaultValue: setting.default,
    apply: applyModeOf(setting.key),
    description: setting.description,
    secret: setting.secret === true,
  }));
}

function applyModeOf(key: keyof ServerConfig): ApplyMode {
  if (LIVE.includes(key)) return 'live';
  return READ_ONLY.includes(key) ? 'read_only' : 'restart';
}

function schemaOf(key: keyof ServerConfig, defaultValue: unknown, zeroMeansOff: boolean): TSchema {
  if (key === 'logLevel') return Type.Union(LOG_LEVELS.map((level) => Type.Literal(level)));
  if (typeof defaultValue === 'boolean') return Type.Boolean();
  if (typeof defaultValue === 'number') return key === 'port' ? Type.Integer({ minimum: 0, maximum: 65_535 }) : Type.Integer({ minimum: zeroMeansOff ? 0 : 1 });
  return Type.String({ maxLength: 4096 });
}

/** Where changes made through the API are kept; null with scratch storage, which keeps nothing. */
export function persistedConfigFile(config: ServerConfig): string | null {
  return config.memory ? null : join(resolve(config.dataDir), 'server-config.json');
}

/** The configuration with the values kept by earlier changes, which win over flags and environment. */
export function withPersistedSettings(config: ServerConfig): ServerConfig {
  const file = persistedConfigFile(config);
  if (file === null) return config;
  const kept = readPersisted(file);
  const definitions = configDefinitions();
  const problems = [...Value.Errors(settingsSchema(definitions.filter((definition) => definition.apply !== 'read_only')), kept)];
  if (problems.length > 0) throw new ConfigError(`${file}: ${problems.map((problem) => `${problem.path.slice(1)}: ${problem.message}`).join('; ')}`);
  return { ...config, ...kept };
}

/** The configuration document of a running server; live keys change the engine and the logger. */
export function serverConfiguration(config: ServerConfig, engine: Engine, log: Logger): Configuration {
  return new Configuration(
    {
      definitions: configDefinitions(),
      values: { ...config },
      file: persistedConfigFile(config),
      applyLive: (key, value) => {
        if (key === 'logLevel') setLogLevel(log, value as LogLevel);
        else engine.adjust({ [key]: value } as Partial<LiveEngineSettings>);
      },
    },
    engine.security,
  );
}
