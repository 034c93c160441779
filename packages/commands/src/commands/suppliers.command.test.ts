import { describe, expect, it } from 'vitest';
import { button, createCommandClub, form, message, visibleText } from '../testing/command-club.js';

describe('/suppliers', () => {
  it('takes a recommendation by form as pending; it is listed only once staff vet it', async () => {
    const club = await createCommandClub();
    const ada = await club.add({ name: 'Ada', locale: 'en' });
    const li = await club.add({ name: '李雷', locale: 'zh-CN' });
    const communityId = club.community.id;

    const empty = await ada.say('/suppliers');
    expect(empty.text).toBe('No vetted supplier matches yet. Know a good one? Recommend it.');
    const recommend = form(await ada.press(button(empty, 'Recommend a supplier')));
    expect(recommend.title).toBe('Recommend a supplier');
    expect(recommend.fields.map((f) => f.id)).toEqual(['name', 'categories', 'region', 'contact', 'description']);
    const thanks = message(
      await ada.submit(recommend.action, {
        name: 'Blue Ocean Logistics',
        categories: 'freight forwarding, customs clearance',
        region: 'Shenzhen',
        contact: 'ops@blueocean.example',
        description: 'DDP shipping to Southeast Asia',
      }),
    );
    expect(thanks.text).toBe(
      'Thank you! Blue Ocean Logistics is waiting for staff vetting and will appear in /suppliers once approved.',
    );
    const [pending] = await club.ports.suppliers.list(communityId, 'pending');
    expect(pending).toMatchObject({ name: 'Blue Ocean Logistics', recommendedBy: ada.id });
    expect((await li.say('/suppliers 货代')).items ?? []).toEqual([]);
    expect((await li.say('/suppliers')).text).toBe('暂时没有匹配的供应商。认识靠谱的？欢迎推荐。');

    await club.core.vetSupplier({
      actor: club.owner.actor,
      communityId,
      supplierId: pending?.id ?? '',
      decision: 'vetted',
    });
    const found = await li.say('/suppliers 货代');
    expect(found.title).toBe('经审核的供应商');
    expect(found.items?.map((i) => i.title)).toEqual(['Blue Ocean Logistics']);
    expect(visibleText(found)).toContain('类别: freight forwarding、customs clearance');
    expect(visibleText(found)).toContain('联系方式: ops@blueocean.example');
    expect(button(found, '推荐供应商')).toBe('suppliers:recommend');
    expect((await li.say('/suppliers 律师')).items ?? []).toEqual([]);
  });

  it('refuses a supplier already listed and a refused category, in Chinese', async () => {
    const club = await createCommandClub();
    const li = await club.add({ name: '李雷', locale: 'zh-CN' });
    const recommend = form(await li.press('suppliers:recommend'));
    expect(recommend.title).toBe('推荐供应商');
    expect((await li.submit(recommend.action, { name: '快印通', categories: '印刷、包装' })).kind).toBe('message');
    const again = message(await li.submit(recommend.action, { name: ' 快印通 ', categories: '印刷' }));
    expect(again.tone).toBe('error');
    expect(again.text).toContain('快印通');
    expect(message(await li.submit(recommend.action, { name: '币圈之家', categories: '虚拟货币' })).tone).toBe('error');
    expect(await club.ports.suppliers.list(club.community.id, null)).toHaveLength(1);
  });

  it('lets a member endorse a vetted supplier once, from its button', async () => {
    const club = await createCommandClub();
    const ada = await club.add({ name: 'Ada', locale: 'en' });
    const li = await club.add({ name: '李雷', locale: 'zh-CN' });
    const communityId = club.community.id;
    const listed = await club.core.recommendSupplier({
      actor: club.owner.actor,
      communityId,
      name: '金盾律师事务所',
      categories: ['律师', 'legal'],
    });
    await club.core.vetSupplier({ actor: club.owner.actor, communityId, supplierId: listed.id, decision: 'vetted' });

    const found = await ada.say('/suppliers lawyer');
    const endorse = button(found, 'Endorse', '金盾律师事务所');
    expect(endorse).toBe(`suppliers:endorse:${listed.id}`);
    expect(message(await ada.press(endorse))).toMatchObject({
      tone: 'success',
      text: 'Thank you for vouching for 金盾律师事务所. Endorsements now: 1.',
    });
    expect(message(await ada.press(endorse)).text).toBe(
      'You already endorsed 金盾律师事务所 (endorsements: 1); each member counts once.',
    );
    const zh = await li.say('/suppliers 律师');
    expect(message(await li.press(button(zh, '背书', '金盾律师事务所'))).text).toBe(
      '感谢你为 金盾律师事务所 背书：现在共有 2 位会员背书。',
    );
    expect(visibleText(await li.say('/suppliers 律师'))).toContain('2 位会员背书');
    expect((await club.ports.suppliers.get(communityId, listed.id))?.endorsements).toBe(2);
  });
});
