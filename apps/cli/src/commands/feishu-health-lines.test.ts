import { translate } from '@snowball/core';
import { FakeFeishu } from '@snowball/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DoctorText, doctorTexts } from './doctor-texts.js';
import { feishuHealthLines } from './feishu-health-lines.js';

describe('snowball doctor for Feishu (the SDK against the fake Feishu)', () => {
  let fake: FakeFeishu;
  beforeAll(async () => {
    fake = await FakeFeishu.start();
  });
  afterAll(async () => {
    await fake?.close();
  });
  const t = (locale: 'en' | 'zh-CN') => (key: DoctorText, params?: Record<string, unknown>) =>
    translate(doctorTexts, locale, key, params);

  it('says nothing without Feishu, accepts working credentials, and explains a wrong secret in both languages', async () => {
    expect(await feishuHealthLines({}, t('en'), 'en')).toEqual([]);
    const config = { FEISHU_APP_ID: fake.appId, FEISHU_APP_SECRET: fake.appSecret, FEISHU_API_URL: fake.url };
    expect(await feishuHealthLines(config, t('en'), 'en')).toEqual([
      [true, `feishu: app ${fake.appId}: credentials accepted`],
    ]);
    const wrong = { ...config, FEISHU_APP_SECRET: 'wrong', FEISHU_ENCRYPT_KEY: 'k' };
    const lines = await feishuHealthLines(wrong, t('en'), 'en');
    expect(lines.map(([ok]) => ok)).toEqual([false, false]);
    expect(lines[0]?.[1]).toContain('FEISHU_APP_SECRET');
    expect(lines[1]?.[1]).toContain('FEISHU_VERIFICATION_TOKEN');
    const zh = await feishuHealthLines(wrong, t('zh-CN'), 'zh-CN');
    expect(zh[0]?.[1]).toContain('飞书拒绝了应用凭证');
  });
});
