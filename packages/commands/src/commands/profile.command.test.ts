import { describe, expect, it } from 'vitest';
import { button, createCommandClub, form, message, visibleText } from '../testing/command-club.js';

describe('/profile and /find', () => {
  it('edits my profile in two forms, then another member finds me in /find (English and Chinese)', async () => {
    const club = await createCommandClub();
    const ada = await club.add({ name: 'Ada', locale: 'en' });
    const li = await club.add({ name: '李雷', locale: 'zh-CN' });

    const empty = await ada.say('/profile');
    expect(empty.private).toBe(true);
    expect(empty.text).toBe('Your profile is still empty: press Edit to fill it in.');
    expect(visibleText(empty)).toContain('Who sees it: members');

    const basics = form(await ada.press(button(empty, 'Edit company & region')));
    expect(basics.title).toBe('Profile: basics');
    expect(basics.fields.map((f) => f.id)).toEqual(['company', 'role', 'industry', 'region', 'languages']);
    const saved = message(
      await ada.submit(basics.action, {
        company: 'Blue Ocean Logistics',
        role: 'Founder',
        industry: 'logistics',
        region: 'Shenzhen',
        languages: 'English, 中文',
      }),
    );
    expect(saved.tone).toBe('success');
    expect(visibleText(saved)).toContain('Company: Blue Ocean Logistics');
    expect(visibleText(saved)).toContain('Languages: English, Chinese');

    const offers = form(await ada.press(button(saved, 'Edit offers & needs')));
    expect(offers.title).toBe('Profile: offers & needs');
    await ada.submit(offers.action, {
      skills: 'customs paperwork',
      offers: 'freight forwarding to Southeast Asia',
      needs: 'Amazon sellers as clients',
      dealSize: '',
    });
    // The first form's answers stay; a reopened form is filled with what is saved.
    const reopened = form(await ada.press('profile:edit:basics'));
    expect(reopened.fields.find((f) => f.id === 'company')?.value).toBe('Blue Ocean Logistics');
    expect(reopened.fields.find((f) => f.id === 'languages')?.value).toBe('English, Chinese');

    // 李雷 searches in Chinese without spaces and finds Ada by meaning.
    const found = await li.say('/find 货代');
    expect(found.title).toBe('找到 1 位会员');
    expect(found.items?.map((i) => i.title)).toEqual(['Ada']);
    expect(visibleText(found)).toContain('可提供: freight forwarding to Southeast Asia');
    expect(visibleText(found)).toContain('公司: Blue Ocean Logistics');
    const profile = message(await li.press(button(found, '查看资料', 'Ada')));
    expect(visibleText(profile)).toContain('需求: Amazon sellers as clients');
    expect(visibleText(profile)).toContain('绝活: customs paperwork');

    expect((await li.say('/find freight region:Shenzhen')).items?.map((i) => i.title)).toEqual(['Ada']);
    expect((await li.say('/find industry:物流')).items?.map((i) => i.title)).toEqual(['Ada']);
    expect((await li.say('/find 律师')).text).toBe('没有找到匹配的会员。换个关键词（中英文皆可）或减少筛选条件试试。');
  });

  it('fills my profile in Chinese and hides it: then nobody finds it, and its page is refused', async () => {
    const club = await createCommandClub();
    const li = await club.add({ name: '李雷', locale: 'zh-CN' });
    const ada = await club.add({ name: 'Ada', locale: 'en' });

    const mine = await li.say('/profile');
    const basics = form(await li.press(button(mine, '编辑公司与地区')));
    expect(basics.title).toBe('个人资料：基本信息');
    const badLanguage = message(await li.submit(basics.action, { languages: '中文、火星文' }));
    expect(badLanguage.tone).toBe('error');
    const saved = message(
      await li.submit(basics.action, {
        company: '雷霆跨境',
        industry: '跨境电商',
        region: '深圳',
        languages: '中文、英文',
      }),
    );
    expect(visibleText(saved)).toContain('语言: 中文、英文');
    const offers = form(await li.press(button(saved, '编辑资源与需求')));
    expect(offers.title).toBe('个人资料：资源与需求');
    await li.submit(offers.action, { offers: '亚马逊运营', needs: '跨境物流' });
    expect((await ada.say('/find 雷霆')).items?.map((i) => i.title)).toEqual(['李雷']);

    const hidden = message(await li.press(button(await li.say('/profile'), '隐藏')));
    expect(visibleText(hidden)).toContain('谁能看到: 隐藏（仅群主和管理员）');
    expect((await ada.say('/find 雷霆')).text).toBe(
      'No member matches. Try other words (Chinese or English) or fewer filters.',
    );
    expect(message(await ada.press(`find:view:${li.id}`)).tone).toBe('error');
    // Owners and moderators still see it (they vet and moderate members).
    expect((await club.owner.say('/find 雷霆')).items?.map((i) => i.title)).toEqual(['李雷']);

    const paused = message(await li.press(button(hidden, '暂停引荐')));
    expect(visibleText(paused)).toContain('引荐: 已暂停');
    expect((await club.ports.profiles.get(club.community.id, li.id))?.matchingOptIn).toBe(false);
    expect(button(paused, '恢复引荐')).toBe('profile:matching:on');
  });

  it('saves my contact for introductions in the offers form, and shows it to me only', async () => {
    const club = await createCommandClub();
    const ada = await club.add({ name: 'Ada', locale: 'en' });
    const li = await club.add({ name: '李雷', locale: 'zh-CN' });

    const mine = await li.say('/profile');
    expect(visibleText(mine)).toContain('引荐联系方式: 未填写：点击「编辑资源与需求」添加');
    const offers = form(await li.press(button(mine, '编辑资源与需求')));
    expect(offers.fields.map((f) => f.id)).toEqual(['skills', 'offers', 'needs', 'dealSize', 'contactForIntros']);
    const field = offers.fields.find((f) => f.id === 'contactForIntros');
    expect(field).toMatchObject({ label: '引荐联系方式', style: 'short', maxLength: 200 });
    expect(field?.placeholder).toContain('双方都接受引荐后');

    const contact = 'WeChat: lilei_sz · email li@example.com';
    const saved = message(await li.submit(offers.action, { offers: '亚马逊运营', contactForIntros: contact }));
    expect(saved.tone).toBe('success');
    expect(saved.private).toBe(true);
    expect(visibleText(saved)).toContain(`引荐联系方式: ${contact}`);
    expect(visibleText(saved)).toContain('仅在你和对方都接受引荐后告知对方');
    expect((await club.ports.profiles.get(club.community.id, li.id))?.contactForIntros).toBe(contact);
    expect(form(await li.press('profile:edit:offers')).fields.find((f) => f.id === 'contactForIntros')?.value).toBe(
      contact,
    );

    const tooLong = message(await li.submit(offers.action, { contactForIntros: 'x'.repeat(201) }));
    expect(tooLong.tone).toBe('error');

    // Another member sees the profile, not the contact.
    const found = await ada.say('/find 亚马逊');
    expect(found.items?.map((i) => i.title)).toEqual(['李雷']);
    expect(visibleText(found)).not.toContain('lilei_sz');
    expect(visibleText(message(await ada.press(`find:view:${li.id}`)))).not.toContain('lilei_sz');
    expect(visibleText(await ada.say('/profile'))).toContain('Contact for introductions: not set');
  });
});
