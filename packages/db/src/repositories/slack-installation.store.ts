import { eq } from 'drizzle-orm';
import { type Database, type DatabaseSource, databaseGetter } from '../database.js';
import { slackInstallations } from '../schema/index.js';

/**
 * One Slack workspace's install, shaped like `StoredSlackInstallation` in @snowball/slack. Declared here so
 * the database package does not depend on the Slack adapter; the adapter's contract test checks they agree.
 */
export interface SlackInstallationRow {
  readonly teamId: string;
  readonly teamName: string | null;
  readonly enterpriseId: string | null;
  readonly communityId: string;
  readonly appId: string | null;
  readonly botUserId: string;
  readonly botId: string | null;
  /** Already encrypted by the caller; stored and returned as given. */
  readonly botTokenCiphertext: string;
  readonly scopes: readonly string[];
  readonly installedBy: string | null;
  readonly installedAt: Date;
}

/** Copies exactly the stored fields (a fresh scopes array, so callers never share one with the store). */
function toInstallation(row: SlackInstallationRow): SlackInstallationRow {
  return {
    teamId: row.teamId,
    teamName: row.teamName,
    enterpriseId: row.enterpriseId,
    communityId: row.communityId,
    appId: row.appId,
    botUserId: row.botUserId,
    botId: row.botId,
    botTokenCiphertext: row.botTokenCiphertext,
    scopes: [...row.scopes],
    installedBy: row.installedBy,
    installedAt: row.installedAt,
  };
}

/** Slack installations in PostgreSQL (`slack_installations`); implements @snowball/slack's `SlackInstallationStore`. */
export class DrizzleSlackInstallationStore {
  private readonly db: () => Database;
  constructor(db: DatabaseSource) {
    this.db = databaseGetter(db);
  }

  /** Inserts the installation, or replaces every field of the team's row on reinstall. */
  async save(installation: SlackInstallationRow): Promise<void> {
    // Pick the columns explicitly: callers pass the adapter's own type, which may carry more properties.
    const values = toInstallation(installation);
    const { teamId: _key, ...replaced } = values;
    await this.db()
      .insert(slackInstallations)
      .values(values)
      .onConflictDoUpdate({ target: slackInstallations.teamId, set: replaced });
  }

  /** The team's installation, or null when the app is not installed there. */
  async find(teamId: string): Promise<SlackInstallationRow | null> {
    const [row] = await this.db().select().from(slackInstallations).where(eq(slackInstallations.teamId, teamId));
    return row ? toInstallation(row) : null;
  }

  /** Removes the team's installation; no error when there is none. */
  async delete(teamId: string): Promise<void> {
    await this.db().delete(slackInstallations).where(eq(slackInstallations.teamId, teamId));
  }
}
