import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { seriesRule } from '../http/series-rule.js';
import { errorResponses, idParams, type PagedQuerystring, page, pagedQuery, uuid } from '../schemas/common.schema.js';
import {
  fanOut,
  lesson,
  lessonDetail,
  lessonSummary,
  materialsBody,
  type PatchBody,
  patchBody,
  type ScheduleBody,
  type SeriesBody,
  scheduleBody,
  seriesBody,
} from '../schemas/lesson.schema.js';

const tags = ['lessons'];
const params = idParams('id');
const count = { type: 'integer', minimum: 0 } as const;
const rsvpResult = {
  type: 'object',
  properties: {
    memberId: uuid,
    status: { type: 'string', enum: ['going', 'waitlist', 'cancelled'] },
    waitlistPosition: { type: ['integer', 'null'] },
    promotedMemberId: { type: ['string', 'null'] },
  },
} as const;

/** Optional fields the client left out stay out (the core tells "left out" from "cleared"). */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never;
}

/**
 * Lessons and guest talks for staff (moderators, coaches, owners): the list, one lesson with its RSVPs, series,
 * one-offs, edits, cancellation, RSVPs on a member's behalf, attendance and materials. Every rule, role check,
 * notice and audit entry is the core's; these routes only translate HTTP.
 */
export async function lessonsRoutes(app: FastifyInstance): Promise<void> {
  const { core } = app.snowball;

  app.get<{ Querystring: PagedQuerystring<{ when: 'upcoming' | 'past' }> }>(
    '/lessons',
    {
      schema: {
        tags,
        summary: 'Upcoming lessons (soonest first) or past ones (latest first), a page at a time, with head counts',
        querystring: pagedQuery({ when: { type: 'string', enum: ['upcoming', 'past'], default: 'upcoming' } }),
        response: { 200: page(lessonSummary), ...errorResponses },
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

  app.get<{ Params: { id: string } }>(
    '/lessons/:id',
    {
      schema: {
        tags,
        summary: 'One lesson: who is going, the waitlist in order, withdrawals and attendance',
        params,
        response: { 200: lessonDetail, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.getLessonDetail({ actor, communityId: actor.communityId, lessonId: request.params.id });
    },
  );

  app.post<{ Body: SeriesBody }>(
    '/lessons/series',
    {
      schema: {
        tags,
        summary: 'Create a recurring series (e.g. 2nd and 4th Thursday 20:00) and its lessons for the next months',
        body: seriesBody,
        response: {
          201: {
            type: 'object',
            properties: {
              seriesId: uuid,
              rule: { type: 'string' },
              timezone: { type: 'string' },
              reused: { type: 'boolean' },
              created: count,
              firstStartsAt: { type: ['string', 'null'], format: 'date-time' },
            },
          },
          ...errorResponses,
        },
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

  app.post<{ Body: ScheduleBody }>(
    '/lessons',
    {
      schema: {
        tags,
        summary: 'Schedule a one-off lesson or a guest talk (speaker name, bio, topic)',
        body: scheduleBody,
        response: { 201: lesson, ...errorResponses },
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

  app.patch<{ Params: { id: string }; Body: PatchBody }>(
    '/lessons/:id',
    {
      schema: {
        tags,
        summary: 'Change one upcoming lesson; members signed up are told of a new time, length, place or title',
        params,
        body: patchBody,
        response: {
          200: {
            type: 'object',
            properties: { lesson, notified: fanOut, promoted: { type: 'array', items: uuid } },
          },
          ...errorResponses,
        },
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

  app.post<{ Params: { id: string }; Body: { reason?: string } }>(
    '/lessons/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel one lesson; every member signed up is told, once',
        params,
        body: {
          type: 'object',
          additionalProperties: false,
          properties: { reason: { type: 'string', maxLength: 500 } },
        },
        response: { 200: { type: 'object', properties: { lesson, notified: fanOut } }, ...errorResponses },
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

  app.post<{ Params: { id: string }; Body: { memberId: string } }>(
    '/lessons/:id/rsvps',
    {
      schema: {
        tags,
        summary: 'Sign a member up on their behalf: a seat if one is free, else the waitlist',
        params,
        body: {
          type: 'object',
          required: ['memberId'],
          additionalProperties: false,
          properties: { memberId: uuid },
        },
        response: { 200: rsvpResult, ...errorResponses },
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

  app.delete<{ Params: { id: string; memberId: string } }>(
    '/lessons/:id/rsvps/:memberId',
    {
      schema: {
        tags,
        summary: 'Withdraw a member from a lesson; a freed seat goes to the first on the waitlist',
        params: idParams('id', 'memberId'),
        response: { 200: rsvpResult, ...errorResponses },
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

  app.put<{ Params: { id: string }; Body: { attendedMemberIds: string[] } }>(
    '/lessons/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Record who attended a lesson that has started (replaces the previous list)',
        params,
        body: {
          type: 'object',
          required: ['attendedMemberIds'],
          additionalProperties: false,
          properties: { attendedMemberIds: { type: 'array', maxItems: 5000, uniqueItems: true, items: uuid } },
        },
        response: {
          200: { type: 'object', properties: { lesson, attended: count, absent: count } },
          ...errorResponses,
        },
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

  app.post<{ Params: { id: string }; Body: { materialsUrl?: string | null; replayUrl?: string | null } }>(
    '/lessons/:id/materials',
    {
      schema: {
        tags,
        summary: 'Post the materials and/or replay link; attendees get them by DM, each set of links once',
        params,
        body: materialsBody,
        response: { 200: { type: 'object', properties: { lesson, notified: fanOut } }, ...errorResponses },
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
