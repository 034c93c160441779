import rateLimit from '@fastify/rate-limit';
import { DomainError } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { requireSessionAndCsrf } from '../auth/csrf.hook.js';
import { guestsOnlyWhereAllowed } from '../auth/guest-scope.hook.js';
import { withZod } from '../http/zod-schemas.js';
import { applicationsRoutes } from './applications.route.js';
import { auditRoutes } from './audit.route.js';
import { billingRoutes } from './billing.route.js';
import { coachingRoutes } from './coaching.route.js';
import { dashboardRoutes } from './dashboard.route.js';
import { dealsRoutes } from './deals.route.js';
import { faqRoutes } from './faq.route.js';
import { introductionsRoutes } from './introductions.route.js';
import { lessonsRoutes } from './lessons.route.js';
import { libraryRoutes } from './library.route.js';
import { memberSettingsRoutes } from './member-settings.route.js';
import { membersRoutes } from './members.route.js';
import { moderationRoutes } from './moderation.route.js';
import { privacyRoutes } from './privacy.route.js';
import { questionsRoutes } from './questions.route.js';
import { sessionRoutes } from './session.route.js';
import { settingsRoutes } from './settings.route.js';
import { staffRoutes } from './staff.route.js';
import { suppliersRoutes } from './suppliers.route.js';
import { vitalityRoutes } from './vitality.route.js';

/** Requests per address and minute across the API; the panel makes a handful per screen. */
export const API_RATE_LIMIT = 600;

/**
 * Every JSON route of the panel, mounted under `/api`. The rate limit runs first (onRequest), then the session
 * and CSRF check (preValidation, so an anonymous caller learns nothing from validation errors), then validation.
 * The club always comes from the session, never from the request. Shapes: `src/contract/` (zod).
 */
export async function apiRoutes(app: FastifyInstance): Promise<void> {
  // Every shape below is a zod schema from `../contract` (validation, encoding, OpenAPI, the panel's types).
  withZod(app);
  await app.register(rateLimit, {
    max: API_RATE_LIMIT,
    timeWindow: '1 minute',
    errorResponseBuilder: () => new DomainError('request.rate_limited'),
  });
  app.addHook('preValidation', requireSessionAndCsrf);
  app.addHook('preValidation', guestsOnlyWhereAllowed);
  app.addHook('onSend', async (_request, reply, payload) => {
    // Answers carry member data: never keep them in shared caches or the browser's disk cache.
    reply.header('cache-control', 'no-store');
    return payload;
  });
  await app.register(sessionRoutes);
  await app.register(dashboardRoutes);
  await app.register(vitalityRoutes);
  await app.register(applicationsRoutes);
  await app.register(membersRoutes);
  await app.register(memberSettingsRoutes);
  await app.register(privacyRoutes);
  await app.register(questionsRoutes);
  await app.register(coachingRoutes);
  await app.register(faqRoutes);
  await app.register(libraryRoutes);
  await app.register(lessonsRoutes);
  await app.register(introductionsRoutes);
  await app.register(dealsRoutes);
  await app.register(suppliersRoutes);
  await app.register(auditRoutes);
  await app.register(moderationRoutes);
  await app.register(settingsRoutes);
  await app.register(staffRoutes);
  await app.register(billingRoutes);
}
