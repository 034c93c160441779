import { describe, expect, it } from 'vitest';
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

describe('sendApplicationDecision', () => {
  it('keeps the decision when a DM fails for now, and the next call sends it once', async () => {
    const { core, ports, communityId, owner, application } = await applicant();
    await core.rejectApplication({ actor: owner, communityId, applicationId: application.id, reason: 'Not now' });
    ports.messenger.failNext();
    const failed = await core.sendApplicationDecision({ communityId, applicationId: application.id });
    expect(failed).toMatchObject({ status: 'failed', delivered: 0, error: 'temporary failure' });
    expect(await ports.deliveries.get(`application-rejected:${application.id}`)).toMatchObject({
      memberId: null,
      status: 'pending',
      attempts: 1,
    });
    expect((await ports.applications.get(communityId, application.id))?.status).toBe('rejected');

    expect(await core.sendApplicationDecision({ communityId, applicationId: application.id })).toMatchObject({
      status: 'sent',
    });
    expect(await core.sendApplicationDecision({ communityId, applicationId: application.id })).toMatchObject({
      status: 'already_sent',
    });
    expect(ports.messenger.sent.map((s) => [s.account.platformUserId, s.message.title])).toEqual([
      ['U-NINA', 'About your application'],
    ]);
  });

  it('records an applicant who blocks DMs as failed for good, and sends nothing for a pending application', async () => {
    const { core, ports, communityId, owner, application } = await applicant();
    expect(await core.sendApplicationDecision({ communityId, applicationId: application.id })).toBeNull();
    await core.requestApplicationInfo({ actor: owner, communityId, applicationId: application.id, message: 'Where?' });
    ports.messenger.failNext(new DeliveryError('DMs closed', true));
    expect(await core.sendApplicationDecision({ communityId, applicationId: application.id })).toMatchObject({
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
