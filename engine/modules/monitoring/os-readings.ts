// Readings the operating system keeps for us: this process's disk I/O (/proc/self/io), the
// network traffic of the machine's interfaces (/proc/net/dev) and the space on the data volume.
// Linux only; elsewhere the /proc figures are null, never invented.
import { readFileSync, statfsSync } from 'node:fs';

export interface DiskIo {
  /** Bytes this process caused to be read from / written to storage (not the page cache). */
  readBytes: number;
  writeBytes: number;
}

export interface NetworkIo {
  receivedBytes: number;
  sentBytes: number;
}

export interface DiskSpace {
  totalBytes: number;
  freeBytes: number;
}

export function readDiskIo(): DiskIo | null {
  try {
    const fields = parseColonFields(readFileSync('/proc/self/io', 'utf8'));
    return { readBytes: fields.get('read_bytes') ?? 0, writeBytes: fields.get('write_bytes') ?? 0 };
  } catch {
    return null;
  }
}

/** Traffic of every interface but loopback. */
export function readNetworkIo(): NetworkIo | null {
  try {
    let receivedBytes = 0;
    let sentBytes = 0;
    for (const line of readFileSync('/proc/net/dev', 'utf8').split('\n').slice(2)) {
      const [name, counters] = line.split(':');
      if (counters === undefined || name!.trim() === 'lo') continue;
      const values = counters.trim().split(/\s+/).map(Number);
      receivedBytes += values[0] ?? 0;
      sentBytes += values[8] ?? 0;
    }
    return { receivedBytes, sentBytes };
  } catch {
    return null;
  }
}

export function readDiskSpace(directory: string): DiskSpace {
  const stats = statfsSync(directory);
  return { totalBytes: stats.blocks * stats.bsize, freeBytes: stats.bavail * stats.bsize };
}

function parseColonFields(text: string): Map<string, number> {
  const fields = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [key, value] = line.split(':');
    if (key && value !== undefined) fields.set(key.trim(), Number(value.trim()));
  }
  return fields;
}
