import { describe, expect, it } from 'vitest';
import { LEGACY_DEFAULT_PAYMENT_INSTRUCTIONS } from '../domain/community.js';
import type { Locale } from '../i18n/locale.js';
import { createClubFixture } from '../testing/club-fixture.js';

async function approvedDm(locale: Locale, settings: Record<string, unknown> = {}) {
  const club = await createClubFixture({ settings });
  const { core, ports, communityId, owner } = club;
  const application = await core.submitApplication({
    communityId,
    name: 'Nina',
    answers: [{ question: 'What do you do?', answer: 'Freight' }],
    valuesPledge: true,
    locale,
    account: { platform: 'slack', workspaceId: 'T1', platformUserId: 'U-NINA' },
  });
  await core.approveApplication({ actor: owner, communityId, applicationId: application.id });
  const [sent] = ports.messenger.sent;
  return Object.fromEntries((sent?.message.fields ?? []).map((f) => [f.name, f.value]));
}

describe('the approval DM: fee and payment instructions', () => {
  it('names the currency once, in both languages', async () => {
    expect((await approvedDm('en', { fee: { amountMinor: 100_000, currency: 'CNY' } }))['Membership fee']).toBe(
      '1,000 CNY',
    );
    expect((await approvedDm('zh-CN', { fee: { amountMinor: 100_000, currency: 'CNY' } }))['会费']).toBe('1,000 CNY');
  });

  it('tells the applicant the host will contact them while the club has no payment instructions', async () => {
    for (const settings of [
      { paymentInstructions: '' },
      { paymentInstructions: LEGACY_DEFAULT_PAYMENT_INSTRUCTIONS },
    ]) {
      expect((await approvedDm('en', settings))['How to pay']).toBe(
        'The host has not set payment instructions yet; they will contact you about how to pay.',
      );
      expect((await approvedDm('zh-CN', settings))['付款方式']).toBe(
        '社群主理人尚未设置付款方式，将会联系你告知如何付款。',
      );
    }
  });

  it('shows the instructions the host wrote, in the applicant’s language', async () => {
    const settings = {
      paymentInstructions: 'Bank transfer to ACME Ltd, account 123',
      paymentInstructionsByLocale: { 'zh-CN': '转账至招商银行 6225，备注会员名' },
    };
    expect((await approvedDm('en', settings))['How to pay']).toBe('Bank transfer to ACME Ltd, account 123');
    expect((await approvedDm('zh-CN', settings))['付款方式']).toBe('转账至招商银行 6225，备注会员名');
  });
});
