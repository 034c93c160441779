import { describe, expect, it } from 'vitest';
import { DeliveryError } from '../ports/messenger.js';
import { createClubFixture } from '../testing/club-fixture.js';
import { notifyMember } from './notify-member.js';

const message = {
  en: { title: 'Hello', text: 'Hello there' },
  'zh-CN': { title: '你好', text: '你好呀' },
} as const;

describe('notifyMember', () => {
  it('claims the key, sends once to every linked platform in the member’s language, and skips a repeat', async () => {
    const club = await createClubFixture();
    const { ports, core, communityId } = club;
    const li = await club.addMember({ name: 'Li Lei', locale: 'zh-CN', platforms: ['discord', 'slack'] });
    const input = { communityId, memberId: li.memberId, key: 'test:hello:1', kind: 'test.hello', message };
    expect(await core.notifyMember(input)).toMatchObject({ status: 'sent', delivered: 2, error: null });
    expect(ports.messenger.sent.map((s) => [s.account.platform, s.message.text])).toEqual([
      ['discord', '你好呀'],
      ['slack', '你好呀'],
    ]);
    expect(await core.notifyMember(input)).toMatchObject({ status: 'already_sent', delivered: 0 });
    expect(ports.messenger.sent).toHaveLength(2);
    expect(await ports.deliveries.get('test:hello:1')).toMatchObject({
      status: 'sent',
      attempts: 1,
      kind: 'test.hello',
    });
  });

  it('sends only to the platforms the member chose in /settings, and to every linked one when none is linked there', async () => {
    const club = await createClubFixture();
    const { ports, core, communityId } = club;
    const li = await club.addMember({ name: 'Li Lei', locale: 'zh-CN', platforms: ['discord', 'slack'] });
    const settings = await core.updateMemberSettings({
      actor: li,
      communityId,
      patch: { notifyPlatforms: ['slack'] },
    });
    expect(settings).toMatchObject({ notifyPlatforms: ['slack'], linkedPlatforms: ['discord', 'slack'] });
    const send = (key: string) => core.notifyMember({ communityId, memberId: li.memberId, key, kind: 'test', message });
    expect(await send('test:only-slack')).toMatchObject({ status: 'sent', delivered: 1 });
    expect(ports.messenger.sent.map((s) => s.account.platform)).toEqual(['slack']);

    // A choice with no account behind it never silences the member: every linked platform gets it.
    await core.updateMemberSettings({ actor: li, communityId, patch: { notifyPlatforms: ['feishu'] } });
    expect(await send('test:feishu-unlinked')).toMatchObject({ status: 'sent', delivered: 2 });
    await core.updateMemberSettings({ actor: li, communityId, patch: { notifyPlatforms: null } });
    expect(await send('test:every')).toMatchObject({ status: 'sent', delivered: 2 });

    // A bad platform changes nothing.
    await expect(
      core.updateMemberSettings({
        actor: li,
        communityId,
        patch: { notifyPlatforms: ['telegram' as never] },
      }),
    ).rejects.toMatchObject({ code: 'validation.invalid' });
    expect((await ports.members.get(communityId, li.memberId))?.notifyPlatforms ?? null).toBeNull();
  });

  it('records a permanent failure as failed and never retries it', async () => {
    const club = await createClubFixture();
    const { ports, core, communityId } = club;
    const ann = await club.addMember({ name: 'Ann' });
    ports.messenger.failNext(new DeliveryError('Cannot send messages to this user', true));
    const input = { communityId, memberId: ann.memberId, key: 'test:blocked', kind: 'test', message };
    expect(await core.notifyMember(input)).toMatchObject({
      status: 'failed',
      error: 'discord: Cannot send messages to this user',
    });
    expect(await core.notifyMember(input)).toMatchObject({ status: 'failed' });
    expect(ports.messenger.sent).toHaveLength(0);
    expect((await ports.deliveries.listFailed(communityId)).map((d) => d.key)).toEqual(['test:blocked']);
  });

  it('rethrows a temporary failure so the job retries, and the retry sends', async () => {
    const club = await createClubFixture();
    const { ports, core, communityId } = club;
    const ann = await club.addMember({ name: 'Ann' });
    ports.messenger.failNext(new DeliveryError('rate limited', false));
    const input = { communityId, memberId: ann.memberId, key: 'test:flaky', kind: 'test', message };
    await expect(core.notifyMember(input)).rejects.toThrow('rate limited');
    expect(await ports.deliveries.get('test:flaky')).toMatchObject({ status: 'pending', attempts: 1 });
    // Any error that is not a DeliveryError (a network error) is treated as temporary too.
    const broken = {
      async send() {
        throw new Error('socket hang up');
      },
    };
    await expect(notifyMember({ ...ports, messenger: broken }, input)).rejects.toThrow('socket hang up');
    expect(await ports.deliveries.get('test:flaky')).toMatchObject({ status: 'pending', attempts: 2 });
    expect(await core.notifyMember(input)).toMatchObject({ status: 'sent', delivered: 1 });
    expect(ports.messenger.sent.map((s) => s.message.text)).toEqual(['Hello there']);
  });

  it('counts the member as reached when one platform works and another refuses', async () => {
    const club = await createClubFixture();
    const { ports, core, communityId } = club;
    const ann = await club.addMember({ name: 'Ann', platforms: ['discord', 'slack'] });
    ports.messenger.failNext(new DeliveryError('DMs closed', true));
    const result = await core.notifyMember({ communityId, memberId: ann.memberId, key: 'k', kind: 'test', message });
    expect(result).toMatchObject({ status: 'sent', delivered: 1, error: 'discord: DMs closed' });
    expect(ports.messenger.sent.map((s) => s.account.platform)).toEqual(['slack']);
  });

  it('fails a member without linked accounts, and skips one who is gone', async () => {
    const club = await createClubFixture();
    const { ports, core, communityId } = club;
    const ann = await club.addMember({ name: 'Ann' });
    await ports.accounts.unlinkAll(communityId, ann.memberId);
    expect(
      await core.notifyMember({ communityId, memberId: ann.memberId, key: 'k1', kind: 'test', message }),
    ).toMatchObject({ status: 'failed', error: 'no linked platform account' });
    expect(
      await core.notifyMember({ communityId, memberId: 'no-such-member', key: 'k2', kind: 'test', message }),
    ).toMatchObject({ status: 'skipped' });
    expect(await ports.deliveries.get('k2')).toBeNull();
  });
});
