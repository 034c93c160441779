import { communityName } from '../domain/community.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import { privacyText } from '../i18n/privacy-messages.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type NotifyResult, notifyMember } from './notify-member.js';

/** DMs a member the download link of their export (when staff ran it from the member page). */
export async function notifyDataExportReady(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'members'> & Pick<Ports, 'clock' | 'messenger'>,
  input: { readonly communityId: string; readonly memberId: string; readonly url: string; readonly expiresAt: Date },
): Promise<NotifyResult> {
  return notifyMember(deps, {
    communityId: input.communityId,
    memberId: input.memberId,
    key: `privacy-export:${input.memberId}:${input.expiresAt.toISOString()}`,
    kind: 'privacy.export',
    message: (recipient) => ({
      title: privacyText(recipient.locale, 'exportReadyTitle'),
      text: privacyText(recipient.locale, 'exportReady', {
        club: communityName(recipient.community, recipient.locale),
        url: input.url,
        expires: formatDateTime(input.expiresAt, recipient.timezone, recipient.locale),
      }),
    }),
  });
}
