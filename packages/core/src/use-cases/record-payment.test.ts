import { describe, expect, it } from 'vitest';
import { errorText, isDomainError } from '../errors/domain-error.js';
import { createClubFixture } from '../testing/club-fixture.js';

/** An approved applicant, submitted at the fixture's clock, with the club accepting CNY and USD. */
async function approvedApplicant() {
  const club = await createClubFixture({
    now: '2026-03-10T04:00:00Z',
    settings: { acceptedCurrencies: ['CNY', 'USD'] },
  });
  const { core, communityId, owner } = club;
  const application = await core.submitApplication({
    communityId,
    name: 'Nina Newcomer',
    email: 'nina@example.com',
    answers: [{ question: 'What do you do?', answer: 'Freight forwarding' }],
    valuesPledge: true,
    locale: 'en',
  });
  await core.approveApplication({ actor: owner, communityId, applicationId: application.id });
  const pay = (patch: Record<string, unknown>) =>
    core.recordPayment({
      actor: owner,
      communityId,
      applicationId: application.id,
      amountMinor: 100_000,
      currency: 'CNY',
      method: 'bank_transfer',
      reference: 'TX-1',
      ...patch,
    });
  return { ...club, application, pay };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isDomainError(error)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return { code: error.code, en: errorText(error, 'en'), zh: errorText(error, 'zh-CN') };
}

describe('recordPayment: a recorded payment must make sense', () => {
  it('needs a discount reason below the fee, and keeps it in the audit log', async () => {
    const { pay, ports, communityId, owner } = await approvedApplicant();
    const refused = await refusal(pay({ amountMinor: 80_000 }));
    expect(refused).toEqual({
      code: 'payment.discount_reason_required',
      en: 'The amount 800 CNY is below the membership fee (1,000 CNY); please give a discount reason.',
      zh: '金额 800 CNY 低于会费（1,000 CNY），请填写优惠原因。',
    });
    expect(await ports.payments.findByReference(communityId, 'TX-1')).toBeNull();

    await pay({ amountMinor: 80_000, discountReason: 'Early-bird 20% off' });
    const entries = await ports.audit.list(communityId, { action: 'payment.record' }, { limit: 10, offset: 0 });
    const [recorded] = entries.items;
    expect(recorded?.after).toMatchObject({ amountMinor: 80_000, discountReason: 'Early-bird 20% off' });
    expect(recorded?.actorId).toBe(owner.memberId);
  });

  it('refuses a payment date in the future, before the application, or implausible; writes nothing', async () => {
    const { pay, ports, communityId, application } = await approvedApplicant();
    const cases: [Date, string][] = [
      [new Date('2026-03-12T00:00:00Z'), 'payment.paid_at_future'],
      [new Date('2026-02-01T00:00:00Z'), 'payment.paid_at_before_application'],
      [new Date('9999-01-01T00:00:00Z'), 'payment.paid_at_implausible'],
      [new Date('1900-01-01T00:00:00Z'), 'payment.paid_at_implausible'],
      [new Date('not a date'), 'payment.paid_at_implausible'],
    ];
    for (const [paidAt, code] of cases) {
      const refused = await refusal(pay({ paidAt }));
      expect(refused.code, paidAt.toString()).toBe(code);
      expect(refused.zh).not.toBe(refused.en);
    }
    expect((await refusal(pay({ paidAt: new Date('2026-02-01T00:00:00Z') }))).en).toBe(
      'The payment date cannot be before the application was submitted (2026-03-10).',
    );
    expect(await ports.payments.findByReference(communityId, 'TX-1')).toBeNull();
    const approved = await ports.applications.get(communityId, application.id);
    expect(await ports.memberships.listForMember(communityId, approved?.memberId ?? '')).toEqual([]);

    // The day of the application, typed as a date (midnight UTC), and today are accepted.
    const { payment } = await pay({ paidAt: new Date('2026-03-10T00:00:00Z') });
    expect(payment.paidAt).toEqual(new Date('2026-03-10T00:00:00Z'));
  });

  it('accepts the club’s currencies only; another accepted currency needs no discount reason', async () => {
    const { pay } = await approvedApplicant();
    expect((await refusal(pay({ currency: 'EUR' }))).code).toBe('payment.currency_not_accepted');
    expect((await refusal(pay({ currency: 'XYZ' }))).code).toBe('payment.unknown_currency');
    const { payment } = await pay({ currency: 'USD', amountMinor: 14_000 });
    expect(payment.currency).toBe('USD');
  });
});
