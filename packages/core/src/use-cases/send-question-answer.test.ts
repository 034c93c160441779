import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import type { Actor } from '../rules/actor.js';
import { createTestPorts } from '../testing/create-test-ports.js';

describe('sendQuestionAnswer', () => {
  it('DMs the answer to the asker in their language, once', async () => {
    const ports = createTestPorts();
    const core = createCore(ports);
    const { community, ownerId } = await core.createCommunity({
      slug: 'c',
      name: 'C',
      owner: { displayName: 'Coach' },
    });
    const coach: Actor = { kind: 'member', communityId: community.id, memberId: ownerId, roles: ['owner'] };
    const app = await core.submitApplication({
      communityId: community.id,
      name: 'Asker',
      answers: [],
      valuesPledge: true,
      locale: 'zh-CN',
      account: { platform: 'discord', workspaceId: 'g', platformUserId: 'u' },
    });
    const memberId = (await core.approveApplication({ actor: coach, communityId: community.id, applicationId: app.id }))
      .memberId as string;
    // Asking is for members with access: the first year is paid.
    await core.recordPayment({
      actor: coach,
      communityId: community.id,
      applicationId: app.id,
      amountMinor: 100_000,
      currency: 'CNY',
      method: 'wechat_pay',
      reference: 'wx-1',
    });
    // The approval told the applicant (its own DM); only what follows is about the answer.
    expect(ports.messenger.sent.map((s) => s.message.title)).toEqual(['欢迎加入：你的入会申请已通过']);
    ports.messenger.sent.length = 0;
    const asker: Actor = { kind: 'member', communityId: community.id, memberId, roles: [] };
    const question = await core.askQuestion({ actor: asker, body: '首单怎么定价？' });
    await expect(core.sendQuestionAnswer({ communityId: community.id, questionId: question.id })).rejects.toMatchObject(
      { code: 'validation.invalid' },
    );
    await core.answerQuestion({
      actor: coach,
      communityId: community.id,
      questionId: question.id,
      answer: '先小批量试单。',
    });

    const sent = await core.sendQuestionAnswer({ communityId: community.id, questionId: question.id });
    expect(sent).toMatchObject({ status: 'sent', delivered: 1 });
    expect(ports.messenger.sent).toHaveLength(1);
    expect(ports.messenger.sent[0]?.message).toMatchObject({
      title: '你的提问有回复了',
      text: '先小批量试单。',
      fields: [
        { name: '你的提问', value: '首单怎么定价？' },
        {
          name: '下一步',
          value:
            '还有疑问？直接在这里回复，会附在你的提问下转给导师。解决后，在 /questions 中可以标记已解决并为回答评分。',
        },
      ],
    });
    expect((await core.sendQuestionAnswer({ communityId: community.id, questionId: question.id })).status).toBe(
      'already_sent',
    );
    expect(ports.messenger.sent).toHaveLength(1);
    await expect(
      core.sendQuestionAnswer({ communityId: community.id, questionId: ports.ids.id() }),
    ).rejects.toMatchObject({ code: 'question.not_found' });
  });
});
