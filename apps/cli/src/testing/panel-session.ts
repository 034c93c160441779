import type { buildApiServer } from '@snowball/admin-api';
import { type Core, systemActor } from '@snowball/core';

/**
 * Signs the owner in to the panel the way a person does (a login link, then GET /login) and resolves to the
 * headers of a signed-in request: the session cookie and the CSRF token.
 */
export async function ownerPanelHeaders(
  app: Awaited<ReturnType<typeof buildApiServer>>,
  core: Pick<Core, 'issueLoginLink'>,
  communityId: string,
  ownerId: string,
): Promise<Record<string, string>> {
  const { token } = await core.issueLoginLink({
    actor: systemActor(communityId, 'test'),
    communityId,
    memberId: ownerId,
    role: 'owner',
  });
  const login = await app.inject({ url: `/login?token=${encodeURIComponent(token)}` });
  const cookie = ([login.headers['set-cookie']].flat()[0] ?? '').split(';')[0] ?? '';
  const session = await app.inject({ url: '/api/session', headers: { cookie } });
  return { cookie, 'x-csrf-token': session.json<{ csrfToken: string }>().csrfToken };
}
