// The database file as SQLite and the file system see it: sizes of the file and its WAL, pages
// in use and free, and the page cache each connection keeps. Read on a read-only connection of
// its own, so monitoring never queues behind the sessions' work.
import { statSync } from 'node:fs';
import Sqlite from 'better-sqlite3';

export interface StorageReadings {
  fileBytes: number;
  walBytes: number;
  pageSizeBytes: number;
  pageCount: number;
  freePages: number;
  /** Page cache of one connection, in KiB (PRAGMA cache_size). */
  cacheSizeKiB: number;
}

export class StorageReader {
  private connection: Sqlite.Database | null = null;

  constructor(private readonly file: string) {}

  read(): StorageReadings {
    const connection = (this.connection ??= new Sqlite(this.file, { readonly: true, fileMustExist: true }));
    const pragma = (name: string) => connection.pragma(name, { simple: true }) as number;
    const cacheSize = pragma('cache_size');
    const pageSizeBytes = pragma('page_size');
    return {
      fileBytes: sizeOf(this.file),
      walBytes: sizeOf(`${this.file}-wal`),
      pageSizeBytes,
      pageCount: pragma('page_count'),
      freePages: pragma('freelist_count'),
      // Negative cache_size is in KiB; positive, in pages.
      cacheSizeKiB: cacheSize < 0 ? -cacheSize : (cacheSize * pageSizeBytes) / 1024,
    };
  }

  close(): void {
    this.connection?.close();
    this.connection = null;
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
