import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { dateTime, errorResponses, nullableString, uuid } from '../schemas/common.schema.js';

const count = { type: 'integer', minimum: 0 } as const;

const upcomingLesson = {
  type: 'object',
  properties: {
    id: uuid,
    kind: { type: 'string', enum: ['lesson', 'guest_talk'] },
    title: { type: 'string' },
    speakerName: nullableString,
    startsAt: dateTime,
    durationMinutes: { type: 'integer' },
    capacity: { type: ['integer', 'null'] },
    location: { type: 'string' },
    status: { type: 'string' },
    materialsUrl: nullableString,
    replayUrl: nullableString,
    going: count,
    waitlisted: count,
    seatsLeft: { type: ['integer', 'null'] },
  },
} as const;

/** Upcoming lessons and guest talks with their RSVPs, for moderators and coaches. */
export async function lessonsRoutes(app: FastifyInstance): Promise<void> {
  const { core } = app.snowball;
  app.get(
    '/lessons',
    {
      schema: {
        tags: ['lessons'],
        summary: 'The next lessons (up to 50), with RSVPs, waitlist and seats left',
        response: { 200: { type: 'array', items: upcomingLesson }, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const lessons = await core.listUpcomingLessons({ actor, communityId: actor.communityId, limit: 50 });
      return lessons.map((l) => ({ ...l.lesson, going: l.going, waitlisted: l.waitlisted, seatsLeft: l.seatsLeft }));
    },
  );
}
