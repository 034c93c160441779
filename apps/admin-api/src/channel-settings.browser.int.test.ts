import { loginUrl, systemActor } from '@snowball/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClub, startTestApi, type TestApi, type TestClub } from './testing/api-test-kit.js';
import { openBrowser } from './testing/browser.js';
import { ensurePanelBuilt } from './testing/build-panel.js';
import { openTestRepositories, type TestRepositories } from './testing/test-repositories.js';

describe('the staff channel and weekly digest fields of Settings in a real browser', () => {
  let store: TestRepositories;
  let api: TestApi;
  let origin: string;
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  let club: TestClub;

  beforeAll(async () => {
    const webRoot = ensurePanelBuilt();
    store = await openTestRepositories();
    api = await startTestApi(store.repos, { webRoot });
    origin = await api.app.listen({ host: '127.0.0.1', port: 0 });
    club = await createClub(api.core, 'Channel Club 频道社群');
    browser = await openBrowser({ locale: 'en-US' });
    page = await browser.context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
    await store?.close();
  });

  it('saves a channel per platform and the digest languages, and refuses a malformed id', async () => {
    const { token } = await api.core.issueLoginLink({
      actor: systemActor(club.community.id, 'test'),
      communityId: club.community.id,
      memberId: club.ownerId,
      role: 'owner',
    });
    await page.goto(loginUrl(origin, token));
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
