import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { seriesRule } from '../http/series-rule.js';
import { zodRoutes } from '../http/zod-schemas.js';

const tags = ['lessons'];

/** Optional fields the client left out stay out (the core tells "left out" from "cleared"). */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never;
}

/**
 * Lessons and guest talks for staff (moderators, coaches, owners): the list, one lesson with its RSVPs, series,
 * one-offs, edits, cancellation, RSVPs on a member's behalf, attendance and materials. Every rule, role check,
 * notice and audit entry is the core's; these routes only translate HTTP.
 */
export async function lessonsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core } = app.snowball;

  app.get(
    '/lessons',
    {
      schema: {
        tags,
        summary: 'Upcoming lessons (soonest first) or past ones (latest first), a page at a time, with head counts',
        ...endpoints['GET /lessons'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { when, limit, offset } = request.query;
      const result = await core.listLessons({ actor, communityId: actor.communityId, when, limit, offset });
      return {
        total: result.total,
        items: result.items.map((i) => ({
          ...i.lesson,
          going: i.going,
          waitlisted: i.waitlisted,
          seatsLeft: i.seatsLeft,
        })),
      };
    },
  );

  app.get(
    '/lessons/:id',
    {
      schema: {
        tags,
        summary: 'One lesson: who is going, the waitlist in order, withdrawals and attendance',
        ...endpoints['GET /lessons/:id'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.getLessonDetail({ actor, communityId: actor.communityId, lessonId: request.params.id });
    },
  );

  app.post(
    '/lessons/series',
    {
      schema: {
        tags,
        summary: 'Create a recurring series (e.g. 2nd and 4th Thursday 20:00) and its lessons for the next months',
        ...endpoints['POST /lessons/series'],
      },
    },
    async (request, reply) => {
      const { actor } = await requireSession(request);
      const { frequency, interval, weekdays, weeks, time, startsOn, ...rest } = request.body;
      const result = await core.createLessonSeries({
        actor,
        communityId: actor.communityId,
        ...defined(rest),
        rule: seriesRule(defined({ frequency, interval, weekdays, weeks, time })),
        ...(startsOn ? { startsOn: new Date(startsOn) } : {}),
      });
      reply.code(201);
      return {
        seriesId: result.series.id,
        rule: result.series.rule,
        timezone: result.series.timezone,
        reused: result.reused,
        created: result.created.length,
        firstStartsAt: result.created[0]?.startsAt ?? null,
      };
    },
  );

  app.post(
    '/lessons',
    {
      schema: {
        tags,
        summary: 'Schedule a one-off lesson or a guest talk (speaker name, bio, topic)',
        ...endpoints['POST /lessons'],
      },
    },
    async (request, reply) => {
      const { actor } = await requireSession(request);
      const { startsAt, ...rest } = request.body;
      const created = await core.scheduleLesson({
        actor,
        communityId: actor.communityId,
        ...defined(rest),
        startsAt: new Date(startsAt),
      });
      reply.code(201);
      return created;
    },
  );

  app.patch(
    '/lessons/:id',
    {
      schema: {
        tags,
        summary: 'Change one upcoming lesson; members signed up are told of a new time, length, place or title',
        ...endpoints['PATCH /lessons/:id'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { startsAt, ...rest } = request.body;
      return core.updateLesson({
        actor,
        communityId: actor.communityId,
        lessonId: request.params.id,
        patch: { ...defined(rest), ...(startsAt ? { startsAt: new Date(startsAt) } : {}) },
      });
    },
  );

  app.post(
    '/lessons/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel one lesson; every member signed up is told, once',
        ...endpoints['POST /lessons/:id/cancel'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.cancelLesson({
        actor,
        communityId: actor.communityId,
        lessonId: request.params.id,
        ...defined({ reason: request.body?.reason }),
      });
    },
  );

  app.post(
    '/lessons/:id/rsvps',
    {
      schema: {
        tags,
        summary: 'Sign a member up on their behalf: a seat if one is free, else the waitlist',
        ...endpoints['POST /lessons/:id/rsvps'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const result = await core.rsvpLesson({
        actor,
        communityId: actor.communityId,
        lessonId: request.params.id,
        memberId: request.body.memberId,
      });
      return { ...result.rsvp, waitlistPosition: result.waitlistPosition, promotedMemberId: null };
    },
  );

  app.delete(
    '/lessons/:id/rsvps/:memberId',
    {
      schema: {
        tags,
        summary: 'Withdraw a member from a lesson; a freed seat goes to the first on the waitlist',
        ...endpoints['DELETE /lessons/:id/rsvps/:memberId'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { id, memberId } = request.params;
      const result = await core.cancelRsvp({ actor, communityId: actor.communityId, lessonId: id, memberId });
      return {
        memberId,
        status: result.rsvp?.status ?? 'cancelled',
        waitlistPosition: null,
        promotedMemberId: result.promotedMemberId,
      };
    },
  );

  app.put(
    '/lessons/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Record who attended a lesson that has started (replaces the previous list)',
        ...endpoints['PUT /lessons/:id/attendance'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.recordAttendance({
        actor,
        communityId: actor.communityId,
        lessonId: request.params.id,
        attendedMemberIds: request.body.attendedMemberIds,
      });
    },
  );

  app.post(
    '/lessons/:id/materials',
    {
      schema: {
        tags,
        summary: 'Post the materials and/or replay link; attendees get them by DM, each set of links once',
        ...endpoints['POST /lessons/:id/materials'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { materialsUrl, replayUrl } = request.body;
      // An empty field clears that link; one left out keeps it.
      return core.postLessonMaterials({
        actor,
        communityId: actor.communityId,
        lessonId: request.params.id,
        ...defined({ materialsUrl, replayUrl }),
      });
    },
  );
}
