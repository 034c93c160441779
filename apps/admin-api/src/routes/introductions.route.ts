import { introMet, introReasonText } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { requestLocale } from '../http/request-locale.js';
import { zodRoutes } from '../http/zod-schemas.js';

const NAMES_PER_CALL = 100;

/** Introductions from the matching rounds and the deals that followed (moderators). */
export async function introductionsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core } = app.snowball;
  app.get(
    '/introductions',
    {
      schema: {
        tags: ['introductions'],
        summary: 'Introductions of the whole club, newest first, with their deals',
        ...endpoints['GET /introductions'],
      },
    },
    async (request) => {
      const session = await requireSession(request);
      const { actor } = session;
      const { status, limit, offset, after } = request.query;
      // The page and the count come from the database; only this page's members are named.
      const page = await core.listClubIntros({
        actor,
        communityId: actor.communityId,
        status: status ?? null,
        limit,
        offset,
        after: after ?? null,
      });
      // A page of up to 100 entries names up to 300 members (a group has three); getMemberNames takes 100 at a time.
      const ids = [
        ...new Set(
          page.items.flatMap((i) => [
            i.introduction.memberA,
            i.introduction.memberB,
            ...(i.group?.members.map((m) => m.memberId) ?? []),
          ]),
        ),
      ];
      const names: Awaited<ReturnType<typeof core.getMemberNames>> = {};
      for (let i = 0; i < ids.length; i += NAMES_PER_CALL) {
        const memberIds = ids.slice(i, i + NAMES_PER_CALL);
        Object.assign(names, await core.getMemberNames({ actor, communityId: actor.communityId, memberIds }));
      }
      const locale = requestLocale(request, {
        memberLocale: session.member.locale,
        communityLocale: session.community.settings.defaultLocale,
      });
      return {
        total: page.total,
        nextCursor: page.nextCursor,
        items: page.items.map(({ introduction: intro, deals, group }) => ({
          ...intro,
          memberA: names[intro.memberA] ?? null,
          memberB: names[intro.memberB] ?? null,
          reason: introReasonText(intro, intro.memberA, locale),
          memberProposed: Boolean(intro.proposedBy),
          met: group ? group.pairs.every(introMet) : introMet(intro),
          // A group of three is one entry naming its three members.
          group: group
            ? {
                groupId: group.groupId,
                status: group.status,
                members: group.members.map((m) => ({ member: names[m.memberId] ?? null, answer: m.answer })),
              }
            : null,
          deals,
        })),
      };
    },
  );
  app.post(
    '/introductions/groups',
    {
      schema: {
        tags: ['introductions'],
        summary: 'Propose a group introduction of three (moderators): each is asked, all three must accept',
        ...endpoints['POST /introductions/groups'],
      },
    },
    async (request, reply) => {
      const { actor } = await requireSession(request);
      const pairs = await core.proposeIntroTrio({
        actor,
        communityId: actor.communityId,
        memberIds: request.body.memberIds,
        reason: request.body.reason,
      });
      reply.code(201);
      return { groupId: pairs[0]?.groupId as string, introductionIds: pairs.map((p) => p.id) };
    },
  );
  app.get(
    '/introductions/funnel',
    {
      schema: {
        tags: ['introductions'],
        summary: 'Suggested → accepted → met → deal → value, per month of suggestion (club timezone)',
        ...endpoints['GET /introductions/funnel'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.getIntroFunnel({ actor, communityId: actor.communityId, months: request.query.months });
    },
  );
}
