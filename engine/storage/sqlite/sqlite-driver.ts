// The SQLite storage driver: one database file in WAL mode, sessions on worker threads, and a
// control connection on the main thread for quick reads (current SCN) and for interrupting
// sessions.
import { accessSync, constants, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { EngineError } from '../../errors.js';
import type { DriverEvents, Session, Statement, StatementResult, StorageDriver } from '../driver.js';
import { INTERNAL_SCHEMA, syncChangeTriggers, upgradeSchemaLog } from './sqlite-changelog.js';
import { loadExtension, openConnection } from './sqlite-connection.js';
import { describeError } from './sqlite-executor.js';
import { toEngineError } from './sqlite-errors.js';
import { SqliteSession } from './sqlite-session.js';
import { fromStoredRow, toBindableParams } from './sqlite-values.js';

const INTERRUPT_EXTENSION = fileURLToPath(new URL(`./native/strata_interrupt${process.platform === 'darwin' ? '.dylib' : '.so'}`, import.meta.url));

export interface SqliteDriverOptions {
  /** The database file. */
  file: string;
  /** How long a write waits for the write lock before failing with a conflict. */
  busyTimeoutMs: number;
  /** Commits with at most this many row changes report them with the commit; bigger ones are read from the log. */
  inlineChangeLimit: number;
  /** Sessions kept open for reuse after a transaction ends. */
  idleSessions: number;
  /** Sessions opened ahead of need, so a transaction or stream does not wait for a thread to start. */
  spareSessions: number;
  /** Internal tables of engine modules (CREATE ... IF NOT EXISTS), made with the change log's: outside the commit protocol, so opening a database never takes an SCN. */
  internalSchema: readonly string[];
}

export class SqliteDriver implements StorageDriver {
  readonly name = 'sqlite';
  readonly version: string;
  private readonly sessions = new Set<SqliteSession>();
  private readonly idle: SqliteSession[] = [];
  /** Spare sessions being started; close() waits for them, so none opens the file after it is gone. */
  private readonly starting = new Set<Promise<void>>();
  private closed = false;
  private readonly latestCommit: Database.Statement;
  private readonly interruptStatement: Database.Statement;
  private readonly lookups = new Map<string, Database.Statement>();

  private constructor(
    private readonly options: SqliteDriverOptions,
    private readonly control: Database.Database,
    private readonly events: DriverEvents,
  ) {
    this.version = control.prepare('SELECT sqlite_version()').pluck().get() as string;
    this.latestCommit = control.prepare('SELECT scn, committed_at AS committedAt FROM _strata_commits ORDER BY scn DESC LIMIT 1');
    this.interruptStatement = control.prepare('SELECT strata_interrupt(?)').pluck();
    // The control connection runs on the event loop: it must never wait for a lock.
    control.pragma('busy_timeout = 0');
  }

  /** Opens (creating if needed) the database file and its change log. */
  static open(options: SqliteDriverOptions, events: DriverEvents): SqliteDriver {
    mkdirSync(dirname(options.file), { recursive: true });
    const control = openConnection(options.file, options.busyTimeoutMs);
    loadExtension(control, INTERRUPT_EXTENSION, 'sqlite3_stratacontrol_init');
    control.transaction(() => {
      control.exec(INTERNAL_SCHEMA);
      upgradeSchemaLog(control, 'main');
      for (const sql of options.internalSchema) control.exec(sql);
      // Tables created while Strata was not watching (by another SQLite client) get their triggers now.
      syncChangeTriggers(control);
    }).immediate();
    return new SqliteDriver(options, control, events);
  }

  async openSession(): Promise<Session> {
    const reused = this.idle.pop();
    this.keepSpares();
    return reused ?? this.startSession();
  }

  /** Starts sessions in the background until enough are idle. */
  private keepSpares(): void {
    for (let missing = this.options.spareSessions - this.idle.length - this.starting.size; missing > 0; missing--) {
      const starting: Promise<void> = this.startSession().then(
        (session) => {
          this.starting.delete(starting);
          // Once closing, close() closes every session it knows, this one included.
          if (!this.closed) this.idle.push(session);
        },
        () => {
          this.starting.delete(starting);
        },
      );
      this.starting.add(starting);
    }
  }

  private async startSession(): Promise<SqliteSession> {
    const session = await SqliteSession.open(
      { file: this.options.file, interruptExtension: INTERRUPT_EXTENSION, busyTimeoutMs: this.options.busyTimeoutMs, inlineChangeLimit: this.options.inlineChangeLimit },
      {
        interrupt: (token) => this.interruptStatement.get(token),
        onCommit: (commit) => this.events.commit(commit),
        onLost: (lost, reason) => {
          this.sessions.delete(lost);
          const position = this.idle.indexOf(lost);
          if (position >= 0) this.idle.splice(position, 1);
          this.events.sessionLost(lost.id, reason);
        },
      },
    );
    this.sessions.add(session);
    return session;
  }

  /** Takes back a session that has no transaction open; keeps it for reuse or closes it. */
  async releaseSession(session: Session): Promise<void> {
    const known = session as SqliteSession;
    if (this.sessions.has(known) && this.idle.length < this.options.idleSessions) this.idle.push(known);
    else {
      this.sessions.delete(known);
      await session.close();
    }
  }

  lookup(statement: Statement): StatementResult | null {
    let prepared = this.lookups.get(statement.sql);
    if (!prepared) {
      prepared = this.control.prepare(statement.sql);
      if (!prepared.readonly || !prepared.reader) throw new EngineError('INTERNAL', 'lookup() is for reads');
      if (this.lookups.size >= 256) this.lookups.delete(this.lookups.keys().next().value!);
      this.lookups.set(statement.sql, prepared);
    }
    try {
      const row = prepared.get(...toBindableParams(statement.params)) as Record<string, unknown> | undefined;
      return { columns: null, rows: row === undefined ? [] : [fromStoredRow(row)], truncated: false, changes: 0 };
    } catch (error) {
      const described = describeError(error);
      if (described.code.startsWith('SQLITE_BUSY')) return null;
      throw toEngineError(described);
    }
  }

  currentScn(): { scn: number; committedAt: string | null } {
    const latest = this.latestCommit.get() as { scn: number; committedAt: string } | undefined;
    return latest ?? { scn: 0, committedAt: null };
  }

  async checkWritable(): Promise<void> {
    accessSync(this.options.file, constants.R_OK | constants.W_OK);
    accessSync(dirname(this.options.file), constants.W_OK);
    this.control.pragma('user_version');
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.starting);
    await Promise.all([...this.sessions].map((session) => session.close()));
    this.sessions.clear();
    this.idle.length = 0;
    this.control.close();
  }
}
