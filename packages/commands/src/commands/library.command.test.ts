import { describe, expect, it } from 'vitest';
import type { Caller } from '../invocation.js';
import { button, type ChatMember, createCommandClub, form, message, visibleText } from '../testing/command-club.js';

const caller = (member: ChatMember): Caller => ({
  platform: 'discord',
  workspaceId: 'G-club',
  userId: member.userId,
  userName: member.name,
  locale: 'en',
});

describe('the 精华 library: Save to library, curate, /library', () => {
  it('saves a member’s pick for staff, credits and tells the author on approval, and finds it by words and #tag', async () => {
    const club = await createCommandClub({ locale: 'zh-CN' });
    const ann = await club.add({ name: 'Ann', locale: 'en' });
    const li = await club.add({ name: '李雷', locale: 'zh-CN' });
    const mod = await club.add({ name: 'Mia', roles: ['moderator'] });
    const hostile = '跨境物流经验：先找三家货代比价 <script>alert(1)</script> @everyone';
    const save = (by: ChatMember, messageId: string, content: string) =>
      club.dispatcher.dispatch({
        type: 'report',
        command: 'save',
        caller: caller(by),
        messageId,
        channelId: 'c-1',
        authorId: li.userId,
        content,
      });
    const saved = message(await save(ann, 'm-1', hostile));
    expect(saved.text).toContain('staff will review it');
    const named = form(await ann.press(button(saved, 'Add title and tags')));
    const done = message(
      await ann.submit(named.action, { title: 'How to pick a forwarder 货代', tags: '#物流 Logistics' }),
    );
    expect(done.text).toBe('Saved: “How to pick a forwarder 货代” #物流 #logistics');
    expect(message(await save(ann, 'm-1', hostile)).text).toContain('already in the library');

    // Pending entries are not in the library yet.
    expect(message(await ann.run('/library 货代')).text).toContain('Nothing in the library matches');
    const [pending] = (
      await club.core.listLibrary({ actor: mod.actor, communityId: club.community.id, status: 'pending' })
    ).items;
    if (!pending) throw new Error('nothing pending');
    expect(pending).toMatchObject({
      body: hostile,
      authorId: li.id,
      savedBy: ann.id,
      url: 'https://discord.com/channels/G-club/c-1/m-1',
    });
    club.ports.messenger.sent.length = 0;
    await club.core.curateLibraryEntry({
      actor: mod.actor,
      communityId: club.community.id,
      entryId: pending.id,
      approve: true,
    });
    await club.core.curateLibraryEntry({
      actor: mod.actor,
      communityId: club.community.id,
      entryId: pending.id,
      approve: true,
    });
    expect(club.ports.messenger.sent.map((s) => s.message.title)).toEqual(['你的消息被收入社群精华']);
    const credit = await club.ports.contributions.listForMember(club.community.id, li.id);
    expect(credit.map((c) => c.kind)).toEqual(['library']);

    // English words find it through the bilingual concept; a #tag narrows.
    const found = await ann.say('/library freight forwarder');
    expect(found.items?.map((i) => i.title)).toEqual(['How to pick a forwarder 货代 #物流 #logistics']);
    expect((await ann.say('/library #物流')).items).toHaveLength(1);
    expect(message(await ann.run('/library #财务')).text).toContain('Nothing in the library matches');
    const opened = message(await ann.press(button(found, 'Open')));
    expect(opened.text).toBe(hostile);
    expect(visibleText(opened)).toContain('李雷');
    const listed = await club.core.listLibrary({ actor: mod.actor, communityId: club.community.id, tag: '#物流' });
    expect(listed.items.map((e) => [e.status, e.opens])).toEqual([['approved', 1]]);

    // A staff save goes straight in; deleting the original removes the copy.
    const staffSave = message(await save(mod, 'm-2', '定价：先小批量试单'));
    expect(staffSave.text).toContain('Saved to the club library');
    expect((await ann.say('/library 定价')).items).toHaveLength(1);
    const removed = await club.core.forgetLibraryMessage({
      actor: { kind: 'system', communityId: club.community.id, label: 'test' },
      communityId: club.community.id,
      platform: 'discord',
      workspaceId: 'G-club',
      messageId: 'm-2',
    });
    expect(removed).toBe(true);
    expect(message(await ann.run('/library 定价')).text).toContain('Nothing in the library matches');
    // Erasing the author keeps the approved text without their name.
    await club.core.anonymiseLibraryAuthor({
      actor: { kind: 'system', communityId: club.community.id, label: 'test' },
      communityId: club.community.id,
      memberId: li.id,
    });
    expect(visibleText(message(await ann.press(button(found, 'Open'))))).not.toContain('李雷');
  });
});
