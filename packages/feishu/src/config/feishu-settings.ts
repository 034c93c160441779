import { Domain } from '@larksuiteoapi/node-sdk';

/** What the Feishu adapter is configured with (from `FEISHU_*`). */
export interface FeishuSettings {
  readonly appId: string;
  readonly appSecret: string;
  /** Decrypts callbacks and checks `X-Lark-Signature`; strongly advised for the HTTP callback. */
  readonly encryptKey?: string;
  /** Checked on every callback (the `token` Feishu puts in each event). */
  readonly verificationToken?: string;
  /** `feishu` (open.feishu.cn, China) or `lark` (open.larksuite.com, elsewhere). */
  readonly domain?: 'feishu' | 'lark';
  /** Replaces the domain's base URL (tests, proxies). */
  readonly apiUrl?: string;
  /** Members-only group chats (`oc_…`) members are added to on payment and removed from on lapse. */
  readonly memberChatIds?: readonly string[];
}

/** The SDK's `domain`: the override URL, else the Feishu or Lark platform. */
export function sdkDomain(settings: FeishuSettings): Domain | string {
  if (settings.apiUrl) return settings.apiUrl.replace(/\/+$/, '');
  return settings.domain === 'lark' ? Domain.Lark : Domain.Feishu;
}
