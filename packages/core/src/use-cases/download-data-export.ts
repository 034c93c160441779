import type { MemberData } from '../domain/privacy.js';
import { DomainError } from '../errors/domain-error.js';
import type { Ports, Uow } from '../ports/ports.js';
import { systemActor } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { hashSecret } from '../rules/secret.js';

/** The body of a data export: everything stored about the member, table by table. */
export interface DataExport {
  readonly format: 'snowball.member-export.v1';
  readonly communityId: string;
  readonly memberId: string;
  readonly exportedAt: string;
  readonly tables: MemberData;
}

/**
 * Redeems an export link (once: a second use, or a use after it expired, is refused) and returns everything
 * the club holds about the member, read in the same transaction that spends the link.
 */
export async function downloadDataExport(
  deps: Uow<'audit' | 'privacy'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly token: string },
): Promise<DataExport> {
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const link = await repos.privacy.useExportLink(hashSecret(input.token), now);
    if (!link) throw new DomainError('privacy.export_link_invalid');
    const tables = await repos.privacy.collectMemberData(link.communityId, link.memberId);
    await writeAudit(repos, deps, {
      actor: systemActor(link.communityId, 'privacy'),
      action: 'privacy.export.download',
      targetType: 'member',
      targetId: link.memberId,
      after: { tables: Object.keys(tables).length },
    });
    return {
      format: 'snowball.member-export.v1' as const,
      communityId: link.communityId,
      memberId: link.memberId,
      exportedAt: now.toISOString(),
      tables,
    };
  });
}
