import { beforeAll, describe, expect, it } from 'vitest';
import { createClub, type TestClub } from './testing/api-test-kit.js';
import { usePanelInBrowser } from './testing/browser-harness.js';

describe('the staff channel and weekly digest fields of Settings in a real browser', () => {
  const panel = usePanelInBrowser({ locale: 'en-US', timeoutMs: 15_000 });
  let club: TestClub;

  beforeAll(async () => {
    club = await createClub(panel.api.core, 'Channel Club 频道社群');
  });

  it('saves a channel per platform and the digest languages, and refuses a malformed id', async () => {
    const { api, page, origin, signIn } = panel;
    await signIn(club.community.id, club.ownerId, 'owner');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.goto(`${origin}/settings`);
    const form = page.getByRole('form', { name: 'Club settings' });
    await form.waitFor();
    await form.getByText('Staff channel and weekly digest').waitFor();
    await page.locator('input[name=staffDiscord]').fill('1180000000000000001');
    await page.locator('input[name=staffSlack]').fill('C0STAFF01');
    await page.locator('input[name=digestFeishu]').fill('oc_digest_group');
    await page.locator('select[name=digestBothLanguages]').selectOption('on');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Saved.').waitFor();
    const saved = await api.core.getCommunitySettings({ actor: club.owner, communityId: club.community.id });
    expect(saved.settings.staffChannels).toEqual({ discord: '1180000000000000001', slack: 'C0STAFF01' });
    expect(saved.settings.digestChannels).toEqual({ feishu: 'oc_digest_group' });
    expect(saved.settings.digestBothLanguages).toBe(true);

    await page.locator('input[name=staffSlack]').fill('#staff');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/Slack channel id starts with C or G/).waitFor();
    const after = await api.core.getCommunitySettings({ actor: club.owner, communityId: club.community.id });
    expect(after.settings.staffChannels?.slack).toBe('C0STAFF01');
  });
});
