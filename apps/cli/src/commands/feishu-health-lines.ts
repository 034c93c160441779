import type { Locale } from '@snowball/core';
import { checkFeishuConnection, createFeishuClient, FEISHU_CHECK_TEXTS, type FeishuSettings } from '@snowball/feishu';
import type { Config } from '../config.js';
import type { DoctorLine } from './doctor-club.js';
import type { DoctorText } from './doctor-texts.js';

type Translate = (key: DoctorText, params?: Record<string, unknown>) => string;

/**
 * `snowball doctor` for Feishu: asks Feishu with the SDK's client whether the app's credentials work, and, when
 * the HTTP callback is set up (an Encrypt Key or Verification Token given), whether it can verify events.
 */
export async function feishuHealthLines(
  config: Partial<
    Pick<
      Config,
      | 'FEISHU_APP_ID'
      | 'FEISHU_APP_SECRET'
      | 'FEISHU_ENCRYPT_KEY'
      | 'FEISHU_VERIFICATION_TOKEN'
      | 'FEISHU_DOMAIN'
      | 'FEISHU_API_URL'
    >
  >,
  t: Translate,
  locale: Locale,
): Promise<DoctorLine[]> {
  if (!config.FEISHU_APP_ID || !config.FEISHU_APP_SECRET) return [];
  const settings: FeishuSettings = {
    appId: config.FEISHU_APP_ID,
    appSecret: config.FEISHU_APP_SECRET,
    ...(config.FEISHU_ENCRYPT_KEY ? { encryptKey: config.FEISHU_ENCRYPT_KEY } : {}),
    ...(config.FEISHU_VERIFICATION_TOKEN ? { verificationToken: config.FEISHU_VERIFICATION_TOKEN } : {}),
    ...(config.FEISHU_DOMAIN === 'lark' ? { domain: 'lark' as const } : {}),
    ...(config.FEISHU_API_URL ? { apiUrl: config.FEISHU_API_URL } : {}),
  };
  const httpCallback = Boolean(config.FEISHU_ENCRYPT_KEY || config.FEISHU_VERIFICATION_TOKEN);
  try {
    const health = await checkFeishuConnection(createFeishuClient(settings), settings, { httpCallback });
    if (health.ok) return [[true, t('feishuHealthy', { app: settings.appId })]];
    return health.checks
      .filter((c) => !c.ok)
      .map((c): DoctorLine => {
        const { problem, fix } = FEISHU_CHECK_TEXTS[c.id];
        return [false, t('feishuProblem', { problem: problem[locale], fix: fix[locale] })];
      });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [[false, t('platformUnreachable', { platform: 'feishu', reason })]];
  }
}
