import { describe, expect, it } from 'vitest';
import { createCommandClub, visibleText } from '../testing/command-club.js';

const DAY = 86_400_000;

describe('/ask across membership states', () => {
  it('tells a lapsed member how to renew, in their language, and sends nothing to the coaches', async () => {
    const club = await createCommandClub({ locale: 'en' });
    const ann = await club.add({ name: 'Ann', locale: 'en' });
    const li = await club.add({ name: '李雷', locale: 'zh-CN' });
    club.ports.clock.advance(380 * DAY);

    const en = await ann.say('/ask How do I price my course?');
    expect(en.title).toBe('Renew to ask the coaches');
    expect(en.text).toContain('Your membership has lapsed');
    expect(en.text).toContain('/renew');
    expect(visibleText(en)).toContain(`How to pay: ${club.community.settings.paymentInstructions}`);

    const zh = await li.say('/ask 课程怎么定价？');
    expect(zh.title).toBe('续费后即可向导师提问');
    expect(zh.text).toContain('你的会籍已过期');
    expect(zh.text).toContain('/renew');

    const queue = await club.core.listQuestions({
      actor: club.owner.actor,
      communityId: club.community.id,
      status: null,
    });
    expect(queue.total).toBe(0);
  });

  it('lets a member in grace ask, and tells an approved member who never paid to run /renew', async () => {
    const club = await createCommandClub({ locale: 'en' });
    const ann = await club.add({ name: 'Ann', locale: 'en' });
    const nina = await club.add({ name: 'Nina', locale: 'en', membership: 'none' });
    club.ports.clock.advance(368 * DAY);

    const asked = await ann.say('/ask Still in grace: may I ask?');
    expect(asked.text).toContain('Your question is with the coaches');
    const never = await nina.say('/ask Can I ask before paying?');
    expect(never.text).toContain('has not started yet');
    expect(never.text).toContain('/renew');

    const queue = await club.core.listQuestions({
      actor: club.owner.actor,
      communityId: club.community.id,
      status: null,
    });
    expect(queue.items.map((q) => q.body)).toEqual(['Still in grace: may I ask?']);
  });
});
