import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BullMqJobQueue, producerConnection } from '@snowball/jobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addStaff,
  createClub,
  PUBLIC_URL,
  type SignedIn,
  signIn,
  startTestApi,
  type TestApi,
  type TestClub,
} from '../testing/api-test-kit.js';
import { openTestRepositories, type TestRepositories } from '../testing/test-repositories.js';
import { registerQueueBoard } from './queues.route.js';

describe('Bull Board at /admin/queues (PostgreSQL, Redis)', () => {
  const redisUrl = process.env.REDIS_URL as string;
  const producer = producerConnection(redisUrl);
  const prefix = `test-board-${randomUUID().slice(0, 8)}`;
  const jobs = new BullMqJobQueue(producer, prefix, {
    'lesson.reminder': { queue: 'notify', retry: { attempts: 1, backoff: { type: 'fixed', delay: 1_000 } } },
  });
  // A built panel is served from the root too; Bull Board's static files must live beside it.
  const webRoot = mkdtempSync(join(tmpdir(), 'snowball-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>panel</title>');
  let store: TestRepositories;
  let api: TestApi;
  let club: TestClub;
  let owner: SignedIn;
  let moderator: SignedIn;

  beforeAll(async () => {
    store = await openTestRepositories();
    api = await startTestApi(store.repos, {
      webRoot,
      mount: (app) => registerQueueBoard(app, { queues: [jobs.queue('notify'), jobs.queue('tasks')] }),
    });
    club = await createClub(api.core);
    owner = await signIn(api, club, club.ownerId, 'owner');
    moderator = await signIn(api, club, await addStaff(api.core, club, 'Mo Moderator', 'moderator'), 'moderator');
    await jobs.schedule({
      name: 'lesson.reminder',
      id: 'lesson-reminder:l:m:60',
      data: {},
      runAt: new Date(Date.now() + 3_600_000),
    });
  });

  afterAll(async () => {
    await api?.app.close();
    await store?.close();
    await jobs.queue('notify').obliterate({ force: true });
    await jobs.queue('tasks').obliterate({ force: true });
    await jobs.close();
    await producer.quit();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('asks for a session: 401 without one, on the page, the API and the static files', async () => {
    for (const url of ['/admin/queues', '/admin/queues/api/queues', '/admin/queues/static/css/none.css']) {
      const response = await api.app.inject({ url });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ error: { code: 'auth.not_signed_in' } });
    }
  });

  it('refuses staff who are not owners with 403', async () => {
    const response = await api.app.inject({ url: '/admin/queues', headers: { cookie: moderator.cookie } });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'auth.forbidden' } });
  });

  it('shows owners the board and both queues', async () => {
    const page = await api.app.inject({ url: '/admin/queues', headers: { cookie: owner.cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<base href="/admin/queues/"');
    const script = /src="(static\/js\/main\.[\w.]+\.js)"/.exec(page.body)?.[1];
    expect(script).toBeDefined();
    const asset = await api.app.inject({ url: `/admin/queues/${script}`, headers: { cookie: owner.cookie } });
    expect(asset.statusCode).toBe(200);
    const queues = await api.app.inject({ url: '/admin/queues/api/queues', headers: { cookie: owner.cookie } });
    expect(queues.statusCode).toBe(200);
    const body = queues.json<{ queues: { name: string; counts: Record<string, number> }[] }>();
    expect(body.queues.map((q) => q.name).sort()).toEqual(['snowball-notify', 'snowball-tasks']);
    expect(body.queues.find((q) => q.name === 'snowball-notify')?.counts.delayed).toBe(1);
  });

  it('refuses a change sent from another site, even with the owner’s cookie', async () => {
    const url = '/admin/queues/api/queues/snowball-tasks/pause';
    const foreign = await api.app.inject({
      method: 'PUT',
      url,
      headers: { cookie: owner.cookie, origin: 'https://evil.example' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(await jobs.queue('tasks').isPaused()).toBe(false);
    const own = await api.app.inject({ method: 'PUT', url, headers: { cookie: owner.cookie, origin: PUBLIC_URL } });
    expect(own.statusCode).toBe(200);
    expect(await jobs.queue('tasks').isPaused()).toBe(true);
  });
});
