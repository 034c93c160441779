import { describe, expect, it } from 'vitest';
import { APPLICATION_DECISION_JOB } from '../domain/application-decision-notice.js';
import { DeliveryError } from '../ports/messenger.js';
import { createClubFixture } from '../testing/club-fixture.js';

async function applicant() {
  const club = await createClubFixture();
  const { core, communityId } = club;
  const application = await core.submitApplication({
    communityId,
    name: 'Nina',
    answers: [{ question: 'What do you do?', answer: 'Freight' }],
    valuesPledge: true,
    locale: 'en',
    account: { platform: 'slack', workspaceId: 'T1', platformUserId: 'U-NINA' },
  });
  return { ...club, application };
}

describe('the decision DM', () => {
  it('is sent by the decision itself, once, with a queued safety-net job; a retried decision sends nothing', async () => {
    const { core, ports, communityId, owner, application } = await applicant();
    await core.approveApplication({ actor: owner, communityId, applicationId: application.id });
    expect(ports.messenger.sent.map((s) => [s.account.platformUserId, s.message.title])).toEqual([
      ['U-NINA', 'Welcome: your application is approved'],
    ]);
    const key = `application-approved:${application.id}`;
    expect(await ports.deliveries.get(key)).toMatchObject({ status: 'sent' });
    const job = ports.jobs.jobs.get(`${APPLICATION_DECISION_JOB}:application-decision:${key}`);
    expect(job?.data).toEqual({ communityId, applicationId: application.id });
    expect(job?.runAt.getTime()).toBeGreaterThan(ports.clock.now().getTime());

    // A retried decision (a second click, a redelivered interaction) is refused and sends nothing.
    await expect(
      core.approveApplication({ actor: owner, communityId, applicationId: application.id }),
    ).rejects.toMatchObject({ code: 'application.already_decided' });
    // The job finds the DM sent and sends nothing.
    expect(await core.deliverApplicationDecision({ communityId, applicationId: application.id })).toMatchObject({
      status: 'already_sent',
    });
    expect(ports.messenger.sent).toHaveLength(1);
    expect(ports.jobs.jobs.size).toBe(1);
  });

  it('keeps the decision when the DM fails for now, and the job sends it once', async () => {
    const { core, ports, communityId, owner, application } = await applicant();
    ports.messenger.failNext();
    const rejected = await core.rejectApplication({
      actor: owner,
      communityId,
      applicationId: application.id,
      reason: 'Not now',
    });
    expect(rejected.status).toBe('rejected');
    expect(ports.messenger.sent).toEqual([]);
    expect(await ports.deliveries.get(`application-rejected:${application.id}`)).toMatchObject({
      memberId: null,
      status: 'pending',
      attempts: 1,
    });
    expect((await ports.applications.get(communityId, application.id))?.status).toBe('rejected');

    // The job throws while the platform still fails (so the queue retries it), then sends once.
    ports.messenger.failNext();
    await expect(core.deliverApplicationDecision({ communityId, applicationId: application.id })).rejects.toThrow(
      'temporary failure',
    );
    expect(await core.deliverApplicationDecision({ communityId, applicationId: application.id })).toMatchObject({
      status: 'sent',
    });
    expect(await core.sendApplicationDecision({ communityId, applicationId: application.id })).toMatchObject({
      status: 'already_sent',
    });
    expect(ports.messenger.sent.map((s) => [s.account.platformUserId, s.message.title])).toEqual([
      ['U-NINA', 'About your application'],
    ]);
  });

  it('tells nobody, and records nothing as undeliverable, when the applicant applied without a chat account', async () => {
    const { core, ports, communityId, owner } = await applicant();
    const byEmail = await core.submitApplication({
      communityId,
      name: 'Email Only',
      email: 'only@example.com',
      answers: [],
      valuesPledge: true,
      locale: 'en',
    });
    await core.approveApplication({ actor: owner, communityId, applicationId: byEmail.id });
    expect(ports.messenger.sent).toEqual([]);
    expect(await ports.deliveries.get(`application-approved:${byEmail.id}`)).toBeNull();
    expect([...ports.jobs.jobs.keys()].filter((k) => k.includes(byEmail.id))).toEqual([]);
    expect(await core.deliverApplicationDecision({ communityId, applicationId: byEmail.id })).toMatchObject({
      status: 'skipped',
    });
  });

  it('records an applicant who blocks DMs as failed for good, and sends nothing for a pending application', async () => {
    const { core, ports, communityId, owner, application } = await applicant();
    expect(await core.sendApplicationDecision({ communityId, applicationId: application.id })).toBeNull();
    ports.messenger.failNext(new DeliveryError('DMs closed', true));
    await core.requestApplicationInfo({ actor: owner, communityId, applicationId: application.id, message: 'Where?' });
    expect(await core.deliverApplicationDecision({ communityId, applicationId: application.id })).toMatchObject({
      status: 'failed',
      error: 'DMs closed',
    });
    expect(await core.sendApplicationDecision({ communityId, applicationId: application.id })).toMatchObject({
      status: 'failed',
    });
    expect(ports.messenger.sent).toEqual([]);
    await expect(
      core.sendApplicationDecision({ communityId, applicationId: '00000000-0000-4000-8000-00000000ffff' }),
    ).rejects.toMatchObject({ code: 'application.not_found' });
  });
});
