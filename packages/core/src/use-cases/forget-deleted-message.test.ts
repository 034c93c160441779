import { describe, expect, it } from 'vitest';
import { clubWithMemberIn } from '../testing/membership-states.js';

describe('forgetDeletedMessage', () => {
  it('removes the entry of a deleted message in the club its workspace belongs to, once', async () => {
    const { core, ports, communityId, owner } = await clubWithMemberIn('active');
    const [workspace] = await ports.communities.listWorkspaces(communityId);
    const platform = workspace?.platform ?? 'simulator';
    const workspaceId = workspace?.workspaceId ?? 'W1';
    if (!workspace) await ports.communities.attachWorkspace(communityId, platform, workspaceId);
    await core.saveToLibrary({
      actor: owner,
      platform,
      workspaceId,
      channelId: 'c1',
      messageId: 'm1',
      authorUserId: '',
      body: 'Know your unit economics before you scale',
    });
    const forget = (ws: string) => core.forgetDeletedMessage({ platform, workspaceId: ws, messageId: 'm1' });

    expect(await forget('another-workspace')).toEqual({ removed: false });
    expect(await ports.library.findMessage(communityId, platform, workspaceId, 'm1')).not.toBeNull();
    expect(await forget(workspaceId)).toEqual({ removed: true });
    expect(await ports.library.findMessage(communityId, platform, workspaceId, 'm1')).toBeNull();
    expect(await forget(workspaceId)).toEqual({ removed: false });
  });
});
