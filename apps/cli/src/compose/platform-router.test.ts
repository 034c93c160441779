import type { Messenger, OutboundMessage, PlatformAccount } from '@snowball/core';
import { describe, expect, it } from 'vitest';
import { PlatformMessenger } from './platform-router.js';

const account = (platform: 'discord' | 'slack', id: string): PlatformAccount => ({
  communityId: 'c',
  platform,
  workspaceId: platform === 'slack' ? 'T1' : 'G1',
  platformUserId: id,
  memberId: id,
  linkedAt: new Date(0),
});

describe('PlatformMessenger.introduce', () => {
  it('forwards to the one platform of all accounts when its messenger can group, else answers false', async () => {
    const grouped: string[][] = [];
    const slack: Messenger = {
      async send() {},
      async introduce(accounts: readonly PlatformAccount[], _message: OutboundMessage) {
        grouped.push(accounts.map((a) => a.platformUserId));
        return true;
      },
    };
    const discord: Messenger = { async send() {} };
    const router = new PlatformMessenger({ slack, discord });
    expect(await router.introduce([account('slack', 'U1'), account('slack', 'U2')], { text: 'hi' })).toBe(true);
    expect(await router.introduce([account('slack', 'U1'), account('discord', 'D2')], { text: 'hi' })).toBe(false);
    expect(await router.introduce([account('discord', 'D1'), account('discord', 'D2')], { text: 'hi' })).toBe(false);
    expect(await router.introduce([], { text: 'hi' })).toBe(false);
    expect(grouped).toEqual([['U1', 'U2']]);
  });
});
