import type { RoleFailureReason } from '../domain/access-check.js';
import type { Platform } from '../domain/member.js';
import type { AccessRoster, RosterPage, WorkspaceRoster } from '../ports/access-roster.js';
import type { RecordingRoleSync } from './recording-messenger.js';

/**
 * The roster of a `RecordingRoleSync`: who holds access there, in pages of `pageSize`. A role sync error with a
 * `reason` property reports that reason.
 */
export class MemoryAccessRoster implements AccessRoster {
  /** Listing calls made (one per page). */
  listings = 0;
  constructor(
    private readonly roles: RecordingRoleSync,
    private readonly options: { readonly pageSize?: number; readonly platforms?: readonly Platform[] } = {},
  ) {}

  async roster(platform: Platform, workspaceId: string): Promise<WorkspaceRoster | null> {
    if (this.options.platforms && !this.options.platforms.includes(platform)) return null;
    const prefix = `${platform}:${workspaceId}:`;
    const ids = [...this.roles.holders].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
    const size = this.options.pageSize ?? 100;
    const self = this;
    async function* pages(): AsyncIterable<RosterPage> {
      for (let i = 0; i === 0 || i < ids.length; i += size) {
        self.listings += 1;
        yield ids.slice(i, i + size).map((platformUserId) => ({ platformUserId, access: 'full' as const }));
      }
    }
    return { listsEveryone: false, pages: pages() };
  }

  failureReason(_platform: Platform, error: unknown): RoleFailureReason {
    const reason = (error as { reason?: RoleFailureReason } | null)?.reason;
    return reason ?? 'other';
  }
}
