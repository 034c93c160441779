import { loginUrl } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { zodRoutes } from '../http/zod-schemas.js';

const tags = ['staff'];

/** Owners manage who is owner, moderator or coach, and hand out sign-in links. */
export async function staffRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core, publicUrl } = app.snowball;

  app.get(
    '/staff',
    {
      schema: {
        tags,
        summary: 'Owners, moderators and coaches (owners)',
        ...endpoints['GET /staff'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.listStaff({ actor, communityId: actor.communityId });
    },
  );

  app.post(
    '/staff',
    {
      schema: {
        tags,
        summary: 'Grant a staff role to a member (owners)',
        ...endpoints['POST /staff'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { memberId } = request.body;
      const granted = await core.grantStaffRole({
        actor,
        communityId: actor.communityId,
        memberId,
        role: request.body.role,
      });
      return { memberId, roles: granted };
    },
  );

  app.post(
    '/staff/guests',
    {
      schema: {
        tags,
        summary: 'Invite a guest expert who need not be a member, by email (sign-in link) or chat account (owners)',
        ...endpoints['POST /staff/guests'],
      },
    },
    async (request, reply) => {
      const { actor } = await requireSession(request);
      const body = request.body;
      const invited = await core.inviteGuest({
        actor,
        communityId: actor.communityId,
        displayName: body.displayName,
        email: body.email ?? null,
        locale: body.locale ?? null,
        account: body.platformUserId
          ? {
              platform: body.platform as NonNullable<typeof body.platform>,
              platformUserId: body.platformUserId,
              workspaceId: body.workspaceId ?? null,
            }
          : null,
      });
      reply.code(201);
      return {
        memberId: invited.memberId,
        created: invited.created,
        loginUrl: invited.login ? loginUrl(publicUrl, invited.login.token) : null,
        expiresAt: invited.login?.expiresAt ?? null,
      };
    },
  );

  app.delete(
    '/staff/:memberId/roles/:role',
    {
      schema: {
        tags,
        summary: 'Take a staff role away (owners); the last owner stays',
        ...endpoints['DELETE /staff/:memberId/roles/:role'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { memberId } = request.params;
      const left = await core.revokeStaffRole({
        actor,
        communityId: actor.communityId,
        memberId,
        role: request.params.role,
      });
      return { memberId, roles: left };
    },
  );

  app.post(
    '/staff/:memberId/login-link',
    {
      schema: {
        tags,
        summary: 'A one-time sign-in link for a staff member, to send them privately (owners)',
        ...endpoints['POST /staff/:memberId/login-link'],
      },
    },
    async (request, reply) => {
      const { actor } = await requireSession(request);
      const { token, expiresAt } = await core.issueLoginLink({
        actor,
        communityId: actor.communityId,
        memberId: request.params.memberId,
        role: request.body.role,
      });
      reply.code(201);
      return { url: loginUrl(publicUrl, token), expiresAt };
    },
  );
}
