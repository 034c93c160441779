import type { CheckoutSessionRequest, PaymentGateway } from '@snowball/core';
import { describe, expect, it } from 'vitest';
import { createCommandClub, visibleText } from '../testing/command-club.js';

const DAY = 86_400_000;

class RecordingGateway implements PaymentGateway {
  readonly requests: CheckoutSessionRequest[] = [];
  async createCheckoutSession(request: CheckoutSessionRequest) {
    this.requests.push(request);
    return { sessionId: `cs_${this.requests.length}`, url: `https://checkout.test/${this.requests.length}` };
  }
}

describe('/renew', () => {
  it('shows the joining fee and a payment link to an approved member who has not paid', async () => {
    const gateway = new RecordingGateway();
    const club = await createCommandClub({ locale: 'en', paymentGateway: gateway });
    const nina = await club.add({ name: 'Nina', locale: 'en', membership: 'none' });
    const reply = await nina.say('/renew');
    expect(reply.title).toBe('Membership fee');
    expect(reply.text).toContain('Pay online: https://checkout.test/1');
    expect(visibleText(reply)).toContain('You pay: 1,000 CNY');
    expect(gateway.requests).toMatchObject([{ purpose: 'join', amountMinor: 100_000, currency: 'CNY' }]);
  });

  it('says when renewal opens to a member far from the end, and opens no session', async () => {
    const gateway = new RecordingGateway();
    const club = await createCommandClub({ locale: 'zh-CN', paymentGateway: gateway });
    const ann = await club.add({ name: 'Ann', locale: 'zh-CN' });
    const reply = await ann.say('/renew');
    expect(reply.title).toBe('续费');
    expect(reply.text).toMatch(/^你的会籍有效期至 .+。续费将于 .+ 开放/);
    expect(gateway.requests).toEqual([]);
  });

  it('shows the renewal price, early bird and coupon with their reasons; without online payment, the instructions', async () => {
    const club = await createCommandClub({ locale: 'en' });
    await club.core.updatePricing({
      actor: club.owner.actor,
      communityId: club.community.id,
      pricing: {
        renewalAmountMinor: 80_000,
        earlyBird: { amountMinor: 70_000, daysBeforeEnd: 20 },
        refundAccess: 'after_owner_confirmation',
      },
    });
    await club.core.createCoupon({
      actor: club.owner.actor,
      communityId: club.community.id,
      code: 'LOYAL',
      kind: 'fixed',
      value: 10_000,
      appliesTo: 'renewal',
      maxUses: null,
      expiresAt: null,
    });
    const ann = await club.add({ name: 'Ann', locale: 'en' });
    club.ports.clock.advance(340 * DAY);
    const reply = await ann.say('/renew LOYAL');
    const text = visibleText(reply);
    expect(text).toContain('You pay: 600 CNY');
    expect(text).toContain('Joining fee: 1,000 CNY');
    expect(text).toContain('Renewal price: 200 CNY off\nEarly-bird renewal: 100 CNY off\nCoupon LOYAL: 100 CNY off');
    expect(reply.text).toMatch(/^How to pay: /);
    const refused = await ann.run('/renew NOPE');
    expect(visibleText(refused)).toContain('The coupon code NOPE does not exist.');
  });

  it('/me gives the same link (one session) when payment is due, and none to a member far from the end', async () => {
    const gateway = new RecordingGateway();
    const club = await createCommandClub({ locale: 'en', paymentGateway: gateway });
    const nina = await club.add({ name: 'Nina', locale: 'en', membership: 'none' });
    expect((await nina.say('/me')).text).toBe(
      'Pay 1,000 CNY online: https://checkout.test/1 (/renew shows the price and any coupon)',
    );
    expect((await nina.say('/renew')).text).toContain('https://checkout.test/1');
    expect(gateway.requests).toHaveLength(1);
    const ann = await club.add({ name: 'Ann', locale: 'en' });
    expect((await ann.say('/me')).text).not.toContain('checkout.test');
    expect(gateway.requests).toHaveLength(1);
  });
});

describe('/me without online payment', () => {
  it('shows the joining fee to an approved member who has not paid, and the renewal to one near the end', async () => {
    const club = await createCommandClub({ locale: 'en' });
    const nina = await club.add({ name: 'Nina', locale: 'en', membership: 'none' });
    expect((await nina.say('/me')).text).toMatch(/^Membership fee: 1,000 CNY\. /);
    const ann = await club.add({ name: 'Ann', locale: 'en' });
    club.ports.clock.advance(350 * 86_400_000);
    expect((await ann.say('/me')).text).toMatch(/^Renewal: 1,000 CNY\. /);
  });
});

describe('/me receipts', () => {
  it('lists the member’s latest payments with amount, method and reference', async () => {
    const club = await createCommandClub({ locale: 'en' });
    const ann = await club.add({ name: 'Ann', locale: 'en' });
    await club.core.recordPayment({
      actor: club.owner.actor,
      communityId: club.community.id,
      memberId: ann.id,
      amountMinor: 100_000,
      currency: 'CNY',
      method: 'bank_transfer',
      reference: 'TX-77',
    });
    const me = await ann.say('/me');
    expect(visibleText(me)).toMatch(/Receipts: .+ · 1,000 CNY · bank transfer · ref TX-77/);
  });
});
