import { FakeFeishu } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeishuClient } from '../ports/feishu-client.js';
import { checkFeishuConnection, FEISHU_CHECK_TEXTS } from './check-feishu-connection.js';

describe('Feishu connection health, asked with the SDK’s client against the fake Feishu', () => {
  let fake: FakeFeishu;
  beforeAll(async () => {
    fake = await FakeFeishu.start();
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('accepts working credentials and a secured callback', async () => {
    const settings = {
      appId: fake.appId,
      appSecret: fake.appSecret,
      encryptKey: fake.encryptKey,
      verificationToken: fake.verificationToken,
      apiUrl: fake.url,
    };
    const health = await checkFeishuConnection(createFeishuClient(settings), settings, { httpCallback: true });
    expect(health).toEqual({
      ok: true,
      checks: [
        { id: 'credentials', ok: true },
        { id: 'callbackSecured', ok: true },
      ],
    });
  });

  it('finds a wrong secret and an unverifiable callback, and says how to fix each in both languages', async () => {
    const settings = { appId: fake.appId, appSecret: 'wrong', apiUrl: fake.url };
    const health = await checkFeishuConnection(createFeishuClient(settings), settings, { httpCallback: true });
    expect(health.ok).toBe(false);
    expect(health.checks.filter((c) => !c.ok).map((c) => c.id)).toEqual(['credentials', 'callbackSecured']);
    expect(FEISHU_CHECK_TEXTS.credentials.fix['zh-CN']).toContain('FEISHU_APP_SECRET');
    // Over the long connection no callback is involved.
    const quiet = await checkFeishuConnection(createFeishuClient(settings), settings, { httpCallback: false });
    expect(quiet.checks.map((c) => c.id)).toEqual(['credentials']);
  });
});
