// How Strata opens SQLite: WAL (many readers, one writer), foreign keys on, a bounded wait for
// the write lock.
import Database from 'better-sqlite3';

export function openConnection(file: string, busyTimeoutMs: number): Database.Database {
  const db = new Database(file, { timeout: busyTimeoutMs });
  db.pragma('journal_mode = WAL');
  // With WAL, NORMAL loses no committed data on a crash of the process, only (rarely) the latest
  // commits on a power loss; it avoids an fsync per commit.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  return db;
}

/** Loads a SQLite extension through a named entry point (better-sqlite3's types omit the second argument). */
export function loadExtension(db: Database.Database, file: string, entryPoint: string): void {
  (db as unknown as { loadExtension(file: string, entryPoint: string): void }).loadExtension(file, entryPoint);
}
