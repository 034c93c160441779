import { loginUrl, STAFF_ROLES, type StaffRole } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { dateTime, errorResponses, idParams, nullableString, uuid } from '../schemas/common.schema.js';

const tags = ['staff'];
const role = { type: 'string', enum: [...STAFF_ROLES] } as const;
const roles = { type: 'array', items: role } as const;

const staffMember = {
  type: 'object',
  properties: {
    memberId: uuid,
    displayName: { type: 'string' },
    handle: { type: 'string' },
    email: nullableString,
    roles: { type: 'array', items: { type: 'object', properties: { role, grantedAt: dateTime } } },
  },
} as const;

/** Owners manage who is owner, moderator or coach, and hand out sign-in links. */
export async function staffRoutes(app: FastifyInstance): Promise<void> {
  const { core, publicUrl } = app.snowball;

  app.get(
    '/staff',
    {
      schema: {
        tags,
        summary: 'Owners, moderators and coaches (owners)',
        response: { 200: { type: 'array', items: staffMember }, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.listStaff({ actor, communityId: actor.communityId });
    },
  );

  app.post<{ Body: { memberId: string; role: StaffRole } }>(
    '/staff',
    {
      schema: {
        tags,
        summary: 'Grant a staff role to a member (owners)',
        body: {
          type: 'object',
          required: ['memberId', 'role'],
          additionalProperties: false,
          properties: { memberId: uuid, role },
        },
        response: { 200: { type: 'object', properties: { memberId: uuid, roles } }, ...errorResponses },
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

  app.delete<{ Params: { memberId: string; role: StaffRole } }>(
    '/staff/:memberId/roles/:role',
    {
      schema: {
        tags,
        summary: 'Take a staff role away (owners); the last owner stays',
        params: { ...idParams('memberId'), required: ['memberId', 'role'], properties: { memberId: uuid, role } },
        response: { 200: { type: 'object', properties: { memberId: uuid, roles } }, ...errorResponses },
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

  app.post<{ Params: { memberId: string }; Body: { role: StaffRole } }>(
    '/staff/:memberId/login-link',
    {
      schema: {
        tags,
        summary: 'A one-time sign-in link for a staff member, to send them privately (owners)',
        params: idParams('memberId'),
        body: { type: 'object', required: ['role'], additionalProperties: false, properties: { role } },
        response: {
          201: { type: 'object', properties: { url: { type: 'string' }, expiresAt: dateTime } },
          ...errorResponses,
        },
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
