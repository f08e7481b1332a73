// The catalog as of the last commit, cached on the main thread and dropped whenever a commit
// changes the schema.
import type { CatalogSnapshot, Table, View } from './types.js';

export class Catalog {
  private snapshot: Promise<CatalogSnapshot> | null = null;
  private generation = 0;

  constructor(private readonly load: () => Promise<CatalogSnapshot>) {}

  get(): Promise<CatalogSnapshot> {
    if (this.snapshot) return this.snapshot;
    const generation = this.generation;
    const loading = this.load();
    this.snapshot = loading;
    // A failed load, or one the schema changed under, is not kept.
    loading.then(
      () => {
        if (this.generation !== generation && this.snapshot === loading) this.snapshot = null;
      },
      () => {
        if (this.snapshot === loading) this.snapshot = null;
      },
    );
    return loading;
  }

  invalidate(): void {
    this.generation += 1;
    this.snapshot = null;
  }

  async table(name: string): Promise<Table | undefined> {
    return (await this.get()).tables.find((table) => table.name === name);
  }

  async view(name: string): Promise<View | undefined> {
    return (await this.get()).views.find((view) => view.name === name);
  }
}
