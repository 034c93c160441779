import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { zodRoutes } from '../http/zod-schemas.js';

/**
 * Contributors, takers and silent members over time (the stored daily summary), cohorts, referrals, and the
 * at-risk, new-contributor and deal figures.
 */
export async function vitalityRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core } = app.snowball;
  app.get(
    '/vitality',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Daily contributors, takers, silent and new contributors over the last `days` local days',
        ...endpoints['GET /vitality'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.getVitality({ actor, communityId: actor.communityId, days: request.query.days });
    },
  );
  app.get(
    '/vitality/cohorts',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Cohorts by join month: size, still members after a year, renewal rate, share who ever contributed',
        ...endpoints['GET /vitality/cohorts'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.getCohorts({ actor, communityId: actor.communityId });
    },
  );
  app.get(
    '/vitality/referrals',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'The referral snowball: who brought whom, and referred against direct applicants to renewal',
        ...endpoints['GET /vitality/referrals'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.getReferrals({ actor, communityId: actor.communityId });
    },
  );
  app.get(
    '/vitality/figures',
    {
      schema: {
        tags: ['dashboard'],
        summary:
          'At risk (silent top contributors, renewals without activity), new contributors per month, deals per quarter and per introducer',
        ...endpoints['GET /vitality/figures'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.getVitalityFigures({ actor, communityId: actor.communityId });
    },
  );
}
