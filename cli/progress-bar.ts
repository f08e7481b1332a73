// A progress bar on stderr for backup operations, drawn from the events of the backup progress
// channel. On a terminal it redraws one line; elsewhere (a log, a pipe) it writes a line per phase.
import type { BackupProgress } from '../generated/client/index.js';

const WIDTH = 30;

export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

export function progressLine(event: BackupProgress): string {
  const filled = Math.round((event.percentage / 100) * WIDTH);
  const eta = event.etaSeconds === null ? '?' : `${Math.ceil(event.etaSeconds)}s`;
  return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${event.percentage.toFixed(1).padStart(5)}%  ${formatBytes(event.bytesProcessed)} / ${formatBytes(event.bytesTotal)}  ETA ${eta}  ${event.phase}`;
}

export class ProgressBar {
  private lastPhase: string | null = null;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  show(event: BackupProgress): void {
    if (this.stream.isTTY) {
      this.stream.write(`\r${progressLine(event)}\u001b[K${event.status === 'running' ? '' : '\n'}`);
    } else if (event.phase !== this.lastPhase || event.status !== 'running') {
      this.stream.write(`${progressLine(event)}\n`);
    }
    this.lastPhase = event.phase;
  }
}
