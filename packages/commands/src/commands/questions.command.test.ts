import { describe, expect, it } from 'vitest';
import { button, createCommandClub, form, message, visibleText } from '../testing/command-club.js';

const HOUR = 3_600_000;

describe('/questions', () => {
  it('shows when an answer is due, then lets the member resolve, rate and consent to the FAQ', async () => {
    const club = await createCommandClub();
    const ann = await club.add({ name: 'Ann', locale: 'en', timezone: 'Asia/Shanghai' });
    const coach = await club.add({ name: 'Chen', roles: ['coach'] });
    await ann.say('/ask How do I price a first container?');
    // Asked 2 March 10:00 in Shanghai; the club promises an answer within 24 hours.
    const waiting = await ann.say('/questions');
    expect(visibleText(waiting)).toContain('waiting for an answer · answer due by 3 Mar 2026, 10:00');

    club.ports.clock.advance(24 * HOUR);
    expect(visibleText(await ann.say('/questions'))).toContain('past the promised time');
    await club.core.runQuestionSla({
      actor: { kind: 'system', communityId: club.community.id, label: 'test' },
      communityId: club.community.id,
    });
    expect(visibleText(await ann.say('/questions'))).toContain('the coaches have been reminded');

    const queue = await coach.say('/answer');
    const answerForm = form(await coach.press(button(queue, '回答')));
    message(await coach.submit(answerForm.action, { answer: 'Start with a small order.' }));

    const answered = await ann.say('/questions');
    expect(visibleText(answered)).toContain('→ Start with a small order.');
    const rate = form(await ann.press(button(answered, 'Resolve & rate')));
    expect(rate.fields.map((f) => f.id)).toEqual(['rating', 'comment']);
    const bad = message(await ann.submit(rate.action, { rating: '9', comment: '' }));
    expect(bad.tone).toBe('error');
    expect(bad.text).toContain('a whole number from 1 to 5');
    const thanks = message(await ann.submit(rate.action, { rating: '5', comment: '<b>Great</b> @everyone' }));
    expect(thanks.tone).toBe('success');
    expect(message(await ann.press(button(thanks, 'Yes, allow it'))).text).toContain('without your name');

    const [stored] = await club.ports.questions.listForMember(club.community.id, ann.id);
    expect(stored).toMatchObject({
      status: 'closed',
      rating: 5,
      ratingComment: '<b>Great</b> @everyone',
      faqConsent: true,
    });
    const after = await ann.say('/questions');
    expect(visibleText(after)).toContain('resolved · you rated it 5/5');
    expect(after.items?.[0]?.buttons ?? []).toEqual([]);
  });

  it('lists as many questions as a message can show, newest first, and says how many there are', async () => {
    const club = await createCommandClub({ locale: 'en' });
    const ann = await club.add({ name: 'Ann', locale: 'en' });
    for (let i = 1; i <= 11; i++) message(await ann.say(`/ask Question number ${i}?`));
    const listed = message(await ann.say('/questions'));
    expect(listed.items).toHaveLength(9);
    expect(listed.text).toBe('The newest 9 of your 11 questions.');
    expect(visibleText(listed)).toContain('Question number 11?');
    expect(visibleText(listed)).not.toContain('Question number 2?');
  });

  it('refuses another member’s question and answers in Chinese', async () => {
    const club = await createCommandClub();
    const ann = await club.add({ name: 'Ann' });
    const bo = await club.add({ name: '波', locale: 'zh-CN' });
    const coach = await club.add({ name: 'Chen', roles: ['coach'] });
    await ann.say('/ask 首单怎么定价？');
    const [q] = await club.ports.questions.listForMember(club.community.id, ann.id);
    if (!q) throw new Error('no question');
    await club.core.answerQuestion({
      actor: coach.actor,
      communityId: club.community.id,
      questionId: q.id,
      answer: '小批量试单。',
    });
    const refused = message(await bo.submit(`questions:resolve:${q.id}`, { rating: '1', comment: '' }));
    expect(refused.text).toBe('只有提问的会员本人才能这样做。');
    expect((await club.ports.questions.get(club.community.id, q.id))?.status).toBe('answered');
  });
});

describe('/answer for a guest expert', () => {
  it('shows the guest only the question routed to them, lets them answer it, and counts their contribution', async () => {
    const club = await createCommandClub();
    const ann = await club.add({ name: 'Ann', locale: 'en' });
    const coach = await club.add({ name: 'Chen', roles: ['coach'] });
    const guest = await club.add({ name: 'Gao 高嘉宾', locale: 'en', roles: ['guest'], membership: 'none' });
    await ann.say('/ask How do I enter Japan?');
    await ann.say('/ask Not for the guest');
    const [other, routed] = await club.ports.questions.listForMember(club.community.id, ann.id);
    if (!routed || !other) throw new Error('no questions');
    expect(message(await guest.run('/answer')).text).toBe('No open questions. 🎉');
    await club.core.routeQuestion({
      actor: coach.actor,
      communityId: club.community.id,
      questionId: routed.id,
      guestId: guest.id,
    });
    const queue = await guest.say('/answer');
    expect(queue.items?.map((i) => i.text)).toEqual(['How do I enter Japan?']);
    const f = form(await guest.press(button(queue, 'Answer')));
    message(await guest.submit(f.action, { answer: 'Find a distributor in Osaka.' }));
    expect((await club.ports.questions.get(club.community.id, routed.id))?.answeredBy).toBe(guest.id);
    // A question not routed to them stays out of reach, even by a crafted action.
    const crafted = message(await guest.submit(`answer:submit:${other.id}`, { answer: 'Sneaky' }));
    expect(crafted.tone).toBe('error');
    expect((await club.ports.questions.get(club.community.id, other.id))?.status).toBe('open');
    // Guests are not members: member commands stay closed to them.
    expect(message(await guest.run('/questions')).tone).toBe('error');
    const contributions = await club.ports.contributions.listForMember(club.community.id, guest.id);
    expect(contributions.map((c) => c.kind)).toEqual(['answer']);
  });
});

describe('the FAQ from answered questions', () => {
  it('goes ask → answer → resolve with consent → publish → /faq finds it → the next /ask shows it', async () => {
    const club = await createCommandClub();
    const ann = await club.add({ name: 'Ann', locale: 'en' });
    const bo = await club.add({ name: '波', locale: 'zh-CN' });
    const coach = await club.add({ name: 'Chen', roles: ['coach'] });
    await ann.say('/ask How do I choose a freight forwarder for my first container to Japan? I am Ann from Acme.');
    const [q] = await club.ports.questions.listForMember(club.community.id, ann.id);
    if (!q) throw new Error('no question');
    const queue = await coach.say('/answer');
    const answerForm = form(await coach.press(button(queue, '回答')));
    message(await coach.submit(answerForm.action, { answer: 'Compare three forwarders on door-to-door price.' }));
    const publish = () =>
      club.core.publishFaqEntry({
        actor: coach.actor,
        communityId: club.community.id,
        questionId: q.id,
        question: 'How do I choose a freight forwarder?',
        answer: 'Compare three forwarders on door-to-door price. 比较三家货代的门到门价格。',
      });
    // Without the member's consent nothing is published.
    await expect(publish()).rejects.toMatchObject({ code: 'faq.no_consent' });
    const rate = form(await ann.press(button(await ann.say('/questions'), 'Resolve & rate')));
    const thanks = message(await ann.submit(rate.action, { rating: '5', comment: '' }));
    message(await ann.press(button(thanks, 'Yes, allow it')));
    const entry = await publish();
    await expect(publish()).rejects.toMatchObject({ code: 'conflict.unique' });
    const credit = await club.ports.contributions.listForMember(club.community.id, coach.id);
    expect(credit.map((c) => c.kind).sort()).toEqual(['answer', 'faq']);

    // Chinese words find the English question through the bilingual concept; the member's name is not there.
    const found = await bo.say('/faq 货代');
    expect(found.items?.map((i) => i.title)).toEqual(['How do I choose a freight forwarder?']);
    expect(visibleText(found)).not.toContain('Acme');
    expect(message(await bo.run('/faq 宠物美容')).text).toContain('/ask');

    const asked = await bo.say('/ask 第一次出口日本，货代怎么选？');
    expect(asked.items?.map((i) => i.title)).toEqual([entry.question]);
    const withdrawn = message(await bo.press(button(asked, '已解答，撤回我的提问')));
    expect(withdrawn.text).toBe('好的，你的提问已撤回。');
    const [boQuestion] = await club.ports.questions.listForMember(club.community.id, bo.id);
    expect(boQuestion).toMatchObject({ status: 'closed', answer: null });
    expect((await coach.say('/answer')).text).not.toContain('货代');
  });
});
