// Flashback: time travel by SCN over the change log (engine/storage/sqlite/sqlite-changelog.ts).
import type { Database } from '../../storage/database.js';
import { type PointInTime, type ResolvedPoint, resolvePoint } from './point-in-time.js';

export type { PointInTime, ResolvedPoint };

export interface CurrentScn {
  scn: number;
  timestamp: string | null;
}

export class FlashbackModule {
  constructor(private readonly database: Database) {}

  currentScn(): CurrentScn {
    const { scn, committedAt } = this.database.currentScn();
    return { scn, timestamp: committedAt };
  }

  /**
   * The SCN a point in time stands for; refuses the future, what retention purged, and unknown
   * restore points. `pointer` locates the point in the request (for errors), e.g. /body/to.
   */
  resolvePoint(point: PointInTime, pointer = ''): Promise<ResolvedPoint> {
    return resolvePoint(this.database.executor(), point, pointer);
  }
}
