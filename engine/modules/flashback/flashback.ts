// System change numbers. Time travel (flashback queries, restore points) builds on the change log.
import type { Database } from '../../storage/database.js';

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
}
