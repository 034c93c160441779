import type { Member } from '../domain/member.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { writeAudit } from '../rules/audit.js';
import { loadMember } from '../rules/load.js';
import { cleanText } from '../rules/text.js';

/** Staff-only notes on a member (never shown to the member); the audit keeps every version. */
export async function updateMemberNotes(
  deps: Uow<'audit' | 'members'> & Pick<Ports, 'clock' | 'ids'>,
  input: { readonly actor: Actor; readonly communityId: string; readonly memberId: string; readonly notes: string },
): Promise<Member> {
  requireRole(input.actor, input.communityId, ['moderator']);
  const notes = cleanText(input.notes, 'notes', 4000);
  return deps.uow.run(async (repos) => {
    const before = await loadMember(repos, input.communityId, input.memberId);
    if (before.notes === notes) return before;
    const after: Member = { ...before, notes };
    await repos.members.update(after);
    await writeAudit(repos, deps, {
      actor: input.actor,
      action: 'member.notes.update',
      targetType: 'member',
      targetId: after.id,
      before: { notes: before.notes },
      after: { notes },
    });
    return after;
  });
}
