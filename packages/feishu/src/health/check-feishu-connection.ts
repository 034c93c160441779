import type { FeishuSettings } from '../config/feishu-settings.js';
import type { FeishuClient } from '../ports/feishu-client.js';

/** One thing that must hold for the Feishu bot to serve a club. */
export type FeishuCheckId = 'credentials' | 'callbackSecured';

export interface FeishuCheck {
  readonly id: FeishuCheckId;
  readonly ok: boolean;
}

/** Each failed check: what is wrong and how to fix it, in both languages. */
export const FEISHU_CHECK_TEXTS: Readonly<
  Record<
    FeishuCheckId,
    {
      readonly problem: Readonly<Record<'en' | 'zh-CN', string>>;
      readonly fix: Readonly<Record<'en' | 'zh-CN', string>>;
    }
  >
> = {
  credentials: {
    problem: {
      en: 'Feishu refuses the app credentials (no tenant access token).',
      'zh-CN': '飞书拒绝了应用凭证（无法获取 tenant_access_token）。',
    },
    fix: {
      en: 'Copy App ID and App Secret again from the developer console (Credentials & Basic Info) into FEISHU_APP_ID and FEISHU_APP_SECRET; check FEISHU_DOMAIN (feishu or lark).',
      'zh-CN':
        '请从开发者后台“凭证与基础信息”重新复制 App ID 与 App Secret 到 FEISHU_APP_ID 和 FEISHU_APP_SECRET，并检查 FEISHU_DOMAIN（feishu 或 lark）。',
    },
  },
  callbackSecured: {
    problem: {
      en: 'The HTTP event callback has no Encrypt Key or Verification Token, so forged events cannot be told apart.',
      'zh-CN': 'HTTP 事件回调未配置 Encrypt Key 或 Verification Token，无法识别伪造的事件。',
    },
    fix: {
      en: 'Set FEISHU_ENCRYPT_KEY and FEISHU_VERIFICATION_TOKEN from Events & Callbacks → Encryption Strategy, or use the long connection (docs/feishu.md).',
      'zh-CN':
        '请从“事件与回调 → 加密策略”设置 FEISHU_ENCRYPT_KEY 和 FEISHU_VERIFICATION_TOKEN，或改用长连接（见 docs/feishu.md）。',
    },
  },
};

/**
 * Asks Feishu, with the official SDK's client, whether the app's credentials work (a tenant access token is
 * issued), and checks that an HTTP callback, when used, can verify what it receives. Network failures are
 * thrown: they say nothing about the app.
 */
export async function checkFeishuConnection(
  client: Pick<FeishuClient, 'auth'>,
  settings: FeishuSettings,
  options: { readonly httpCallback: boolean },
): Promise<{ readonly ok: boolean; readonly checks: readonly FeishuCheck[] }> {
  const token = await client.auth.tenantAccessToken.internal({
    data: { app_id: settings.appId, app_secret: settings.appSecret },
  });
  const checks: FeishuCheck[] = [{ id: 'credentials', ok: token.code === 0 }];
  if (options.httpCallback) {
    checks.push({ id: 'callbackSecured', ok: Boolean(settings.encryptKey && settings.verificationToken) });
  }
  return { ok: checks.every((c) => c.ok), checks };
}
