import { describe, expect, it } from 'vitest';
import { button, createCommandClub, form, message, visibleText } from '../testing/command-club.js';

describe('follow-ups in chat: /answer → DM with Reply → /questions', () => {
  it('a coach asks a follow-up, the member replies from the DM, both see the conversation', async () => {
    const club = await createCommandClub();
    const ann = await club.add({ name: 'Ann', locale: 'en' });
    const chen = await club.add({ name: '陈导师', locale: 'zh-CN', roles: ['coach'] });
    await ann.say('/ask How should I price my first container?');

    const queue = await chen.say('/answer');
    const ask = form(await chen.press(button(queue, '追问')));
    expect(ask.fields.map((f) => f.id)).toEqual(['followUp']);
    const sent = message(await chen.submit(ask.action, { followUp: 'Which port do you ship from? <@everyone>' }));
    expect(sent.text).toContain('已私信给会员');

    // The member's DM: the follow-up, their question, and a Reply button that opens the reply form.
    const dm = club.ports.messenger.sent.find((s) => s.message.title === 'A coach has a follow-up on your question');
    expect(dm?.message.text).toBe('Which port do you ship from? <@everyone>');
    const replyAction = dm?.message.buttons?.[0]?.action as string;
    const replyForm = form(await ann.press(replyAction));
    const done = message(await ann.submit(replyForm.action, { reply: 'Ningbo, 宁波' }));
    expect(done.text).toBe('Sent: it is under your question, and the coach has been told.');
    expect(club.ports.messenger.sent.map((s) => s.message.title)).toContain('Ann 在提问下回复了');

    const mine = await ann.say('/questions');
    expect(visibleText(mine)).toContain('Coach: Which port do you ship from? <@everyone>\nYou: Ningbo, 宁波');
    expect(visibleText(mine)).toContain('a coach is on it');
    const coachView = await chen.say('/answer');
    expect(visibleText(coachView)).toContain('会员已回复');
    expect(visibleText(coachView)).toContain('会员: Ningbo, 宁波');

    // Answered, then the member adds a follow-up from /questions: the coach continues with Reply, not a new answer.
    message(
      await chen.submit(form(await chen.press(button(coachView, '回答'))).action, { answer: 'Ship FOB Ningbo.' }),
    );
    const answered = await ann.say('/questions');
    const more = message(
      await ann.submit(form(await ann.press(button(answered, 'Add a follow-up'))).action, { reply: 'And insurance?' }),
    );
    expect(more.tone).toBe('success');
    const again = await chen.say('/answer');
    expect(again.items?.[0]?.buttons?.map((b) => b.label)).toEqual(['回复']);
  });

  it('refuses an empty reply in the member’s language and stores nothing', async () => {
    const club = await createCommandClub();
    const li = await club.add({ name: '李雷', locale: 'zh-CN' });
    await li.say('/ask 怎么找代理商？');
    const [q] = await club.ports.questions.listForMember(club.community.id, li.id);
    const replyForm = form(await li.press(`questions:reply:${q?.id}`));
    const refused = message(await li.submit(replyForm.action, { reply: '   ' }));
    expect(refused.tone).toBe('error');
    expect(refused.text).toMatch(/必填/);
    expect(await club.ports.questionMessages.listForQuestions(club.community.id, [q?.id as string], 20)).toEqual([]);
  });
});
