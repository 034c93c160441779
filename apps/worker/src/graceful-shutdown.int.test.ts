import { lessonReminderKey } from '@snowball/core';
import { BullMqJobQueue, bullJobId, producerConnection } from '@snowball/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_ROUTES } from './job-list.js';
import { startWorker } from './start-worker.js';
import {
  addTestMember,
  createTestClub,
  deletePrefixKeys,
  memberActor,
  nightTimezone,
  openTestDatabase,
  redisUrl,
  StampedMessenger,
  type TestDatabase,
  testCore,
  testPorts,
  uniquePrefix,
  until,
} from './testing/worker-test-kit.js';

const MINUTE = 60_000;

describe('graceful shutdown', () => {
  const url = redisUrl();
  const prefix = uniquePrefix('shutdown');
  const producer = producerConnection(url);
  const queues = new BullMqJobQueue(producer, prefix, JOB_ROUTES);
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase();
  });

  afterAll(async () => {
    await queues.close();
    await producer.quit();
    await db?.close();
    await deletePrefixKeys(url, prefix);
  });

  it('close() lets a send in progress finish and records it as sent', async () => {
    // A slow platform: each send takes 1.5 s, long enough to ask the worker to stop in the middle of one.
    const messenger = new StampedMessenger(1_500);
    const ports = testPorts(db.repos, { messenger, jobs: queues });
    const core = testCore(ports);
    const { community, ownerId } = await createTestClub(core, 'shutdown', {
      lessonReminderLeadMinutes: [1],
      // No onboarding welcome beside the reminder, whatever the hour (see nightTimezone).
      timezone: nightTimezone(),
    });
    const owner = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] } as const;
    // The 1-minute instant comes 1.5 s after the RSVP (a reminder due before someone signed up is never sent).
    const lesson = await core.scheduleLesson({
      actor: owner,
      communityId: community.id,
      title: 'Closing deals',
      startsAt: new Date(Date.now() + MINUTE + 1_500),
      durationMinutes: 60,
    });
    const ann = await addTestMember(db.repos, community.id, { name: 'Ann' });
    await core.rsvpLesson({ actor: memberActor(ann), communityId: community.id, lessonId: lesson.id });
    const key = lessonReminderKey(lesson.id, ann.id, 1, lesson.startsAt);

    const worker = await startWorker({ ports, redisUrl: url, prefix });
    await until(() => messenger.started.length === 1, 20_000);
    expect(messenger.sent).toHaveLength(0);
    await worker.close();
    // close() returned only after the send had completed and the delivery was recorded.
    expect(messenger.sent).toHaveLength(1);
    expect(await ports.deliveries.get(key)).toMatchObject({ status: 'sent' });
    const job = await queues.queue('notify').getJob(bullJobId(key));
    expect(await job?.getState()).toBe('completed');
    expect(job?.returnvalue).toMatchObject({ key, status: 'sent' });
    await worker.close();
  });
});
