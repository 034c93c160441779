import type { SlackInstallationStore, StoredSlackInstallation } from './slack-installation.store.js';

/** Installations in a Map; rows are copied in and out like a database would. */
export class InMemorySlackInstallationStore implements SlackInstallationStore {
  private readonly rows = new Map<string, StoredSlackInstallation>();

  async save(installation: StoredSlackInstallation): Promise<void> {
    this.rows.set(installation.teamId, structuredClone(installation));
  }

  async find(teamId: string): Promise<StoredSlackInstallation | null> {
    const row = this.rows.get(teamId);
    return row ? structuredClone(row) : null;
  }

  async delete(teamId: string): Promise<void> {
    this.rows.delete(teamId);
  }

  /** Every stored row as JSON, to check what would be written to disk. */
  dump(): string {
    return JSON.stringify([...this.rows.values()]);
  }
}
