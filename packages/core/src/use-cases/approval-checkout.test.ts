import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import type { CheckoutSessionRequest, PaymentGateway } from '../ports/payment-gateway.js';
import { createClubFixture } from '../testing/club-fixture.js';

const INSTRUCTIONS = 'Pay by bank transfer to account 6222 and send the reference.';

/** The gateway port as a recording stand-in (the real Stripe client is tested in packages/stripe). */
class RecordingGateway implements PaymentGateway {
  readonly requests: CheckoutSessionRequest[] = [];
  failures = 0;
  async createCheckoutSession(request: CheckoutSessionRequest) {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('Stripe is unreachable');
    }
    this.requests.push(request);
    return { sessionId: `cs_test_${this.requests.length}`, url: `https://checkout.test/${this.requests.length}` };
  }
}

async function apply(core: ReturnType<typeof createCore>, communityId: string, locale: 'en' | 'zh-CN') {
  return core.submitApplication({
    communityId,
    name: 'Nina',
    email: 'nina@example.com',
    answers: [],
    valuesPledge: true,
    locale,
    account: { platform: 'discord', workspaceId: 'guild-1', platformUserId: 'nina' },
  });
}

describe('the approval DM', () => {
  it('carries a Checkout link for the price snowball computed when the deployment takes online payment', async () => {
    const fixture = await createClubFixture({
      now: '2026-03-10T04:00:00Z',
      settings: { paymentInstructions: INSTRUCTIONS },
    });
    const gateway = new RecordingGateway();
    const core = createCore({ ...fixture.ports, paymentGateway: gateway });
    const application = await apply(core, fixture.communityId, 'en');
    await core.approveApplication({
      actor: fixture.owner,
      communityId: fixture.communityId,
      applicationId: application.id,
    });

    expect(gateway.requests).toMatchObject([{ purpose: 'join', amountMinor: 100_000, currency: 'CNY' }]);
    const dm = fixture.ports.messenger.sent.find((s) => s.account.platformUserId === 'nina');
    const fields = dm?.message.fields?.map((f) => f.value).join('\n') ?? '';
    expect(fields).toContain('https://checkout.test/1');
    expect(fields).toContain('need not send a reference');
    expect(fields).not.toContain(INSTRUCTIONS);

    // The safety-net job finds it sent: no second session, no second DM.
    await core.deliverApplicationDecision({ communityId: fixture.communityId, applicationId: application.id });
    expect(gateway.requests).toHaveLength(1);
    expect(fixture.ports.messenger.sent.filter((s) => s.account.platformUserId === 'nina')).toHaveLength(1);
  });

  it('is in the applicant language, and waits for the provider rather than going out without the link', async () => {
    const fixture = await createClubFixture({
      now: '2026-03-10T04:00:00Z',
      settings: { paymentInstructions: INSTRUCTIONS },
    });
    const gateway = new RecordingGateway();
    gateway.failures = 1;
    const core = createCore({ ...fixture.ports, paymentGateway: gateway });
    const application = await apply(core, fixture.communityId, 'zh-CN');
    await core.approveApplication({
      actor: fixture.owner,
      communityId: fixture.communityId,
      applicationId: application.id,
    });
    expect(fixture.ports.messenger.sent.filter((s) => s.account.platformUserId === 'nina')).toEqual([]);

    await core.deliverApplicationDecision({ communityId: fixture.communityId, applicationId: application.id });
    const dm = fixture.ports.messenger.sent.find((s) => s.account.platformUserId === 'nina');
    expect(dm?.message.fields?.map((f) => f.value).join('\n')).toContain('付款成功后会籍立即生效');
    expect(dm?.message.fields?.map((f) => f.value).join('\n')).toContain('https://checkout.test/1');
  });

  it('gives the manual payment instructions when online payment is off', async () => {
    const fixture = await createClubFixture({
      now: '2026-03-10T04:00:00Z',
      settings: { paymentInstructions: INSTRUCTIONS },
    });
    const application = await apply(fixture.core, fixture.communityId, 'en');
    await fixture.core.approveApplication({
      actor: fixture.owner,
      communityId: fixture.communityId,
      applicationId: application.id,
    });
    const dm = fixture.ports.messenger.sent.find((s) => s.account.platformUserId === 'nina');
    const fields = dm?.message.fields?.map((f) => f.value).join('\n') ?? '';
    expect(fields).toContain(INSTRUCTIONS);
    expect(fields).not.toContain('checkout');
  });
});
