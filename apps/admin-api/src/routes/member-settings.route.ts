import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { zodRoutes } from '../http/zod-schemas.js';

const tags = ['members'];

/** Staff see and change a member's own settings (what the member sets with `/settings`); changes are audited. */
export async function memberSettingsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core } = app.snowball;

  app.get(
    '/members/:id/settings',
    {
      schema: {
        tags,
        summary:
          'A member’s settings: language, timezone, reminders, introductions, directory, leaderboard (moderators)',
        ...endpoints['GET /members/:id/settings'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.getMemberSettings({ actor, communityId: actor.communityId, memberId: request.params.id });
    },
  );

  app.patch(
    '/members/:id/settings',
    {
      schema: {
        tags,
        summary: 'Change some of a member’s settings (moderators); one bad value changes nothing',
        ...endpoints['PATCH /members/:id/settings'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.updateMemberSettings({
        actor,
        communityId: actor.communityId,
        memberId: request.params.id,
        patch: request.body,
      });
    },
  );
}
