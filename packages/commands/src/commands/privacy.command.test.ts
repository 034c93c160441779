import { FORMER_MEMBER_NAME } from '@snowball/core';
import { describe, expect, it } from 'vitest';
import { button, createCommandClub, message, TEST_PUBLIC_URL } from '../testing/command-club.js';

describe('/privacy', () => {
  it('export: answers a private single-use download link in the member’s language', async () => {
    const club = await createCommandClub();
    const ada = await club.add({ name: 'Ada', locale: 'en' });
    const reply = message(await ada.say('/privacy export'));
    expect(reply.private).toBe(true);
    const url = reply.text.match(/https:\/\/\S+/)?.[0] ?? '';
    expect(url.startsWith(`${TEST_PUBLIC_URL}privacy/export/`)).toBe(true);
    const token = url.split('/').pop() as string;
    const exported = await club.core.downloadDataExport({ token });
    expect(JSON.stringify(exported.tables)).toContain('Ada');
    const li = await club.add({ name: '李雷', locale: 'zh-CN' });
    expect(message(await li.say('/privacy export')).text).toContain('链接只能使用一次');
  });

  it('delete: asks for confirmation, waits for the cooling-off, can be cancelled', async () => {
    const club = await createCommandClub();
    const ada = await club.add({ name: 'Ada', locale: 'en' });
    const warning = message(await ada.say('/privacy delete'));
    expect(warning.text).toContain('24 hours');
    // Nothing happens without the confirmation.
    expect(await club.ports.privacy.pendingErasureOf(club.community.id, ada.id)).toBeNull();
    const scheduled = message(await ada.press(button(warning, 'Delete my data')));
    expect(scheduled.tone).toBe('warning');
    expect(await club.ports.privacy.pendingErasureOf(club.community.id, ada.id)).not.toBeNull();
    // Running it again shows the pending deletion instead of a second confirmation.
    const again = message(await ada.say('/privacy delete'));
    const cancelled = message(await ada.press(button(again, 'Cancel the deletion')));
    expect(cancelled.text).toContain('nothing was deleted');
    expect(await club.ports.privacy.pendingErasureOf(club.community.id, ada.id)).toBeNull();
    expect((await club.ports.members.get(club.community.id, ada.id))?.displayName).toBe('Ada');
  });

  it('delete with no cooling-off erases at once', async () => {
    const club = await createCommandClub();
    await club.core.updateCommunitySettings({
      actor: club.owner.actor,
      communityId: club.community.id,
      patch: { privacyCoolingOffHours: 0 },
    });
    const ada = await club.add({ name: 'Ada', locale: 'en' });
    const warning = message(await ada.say('/privacy delete'));
    const done = message(await ada.press(button(warning, 'Delete my data')));
    expect(done.text).toContain('has been deleted');
    expect((await club.ports.members.get(club.community.id, ada.id))?.displayName).toBe(FORMER_MEMBER_NAME);
  });

  it('a person who is not linked is told so', async () => {
    const club = await createCommandClub();
    const ada = await club.add({ name: 'Ada', locale: 'en' });
    await club.ports.accounts.unlinkAll(club.community.id, ada.id);
    const reply = message(await ada.say('/privacy export'));
    expect(reply.tone).toBe('error');
    expect(reply.text).not.toContain('privacy/export/');
  });
});
