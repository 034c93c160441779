import type { CommandDefinition } from '@snowball/commands';

/**
 * Short Chinese names members may type instead of the English command (`/提问 …` is `/ask …`), besides each
 * command's own Chinese name (`localizedName`, as Discord shows it: `/申请入会`). Feishu has no slash-command
 * registry, so these live with the adapter; a test checks each points at a real command.
 */
export const FEISHU_COMMAND_ALIASES: Readonly<Record<string, string>> = {
  申请: 'apply',
  入会: 'apply',
  会籍: 'me',
  我的: 'me',
  关联: 'link',
  资料: 'profile',
  设置: 'settings',
  成交: 'deal',
  合作: 'deal',
  排行: 'leaderboard',
  审核: 'review',
  回答: 'answer',
};

/** True when the text holds Chinese characters (the person writes Chinese). */
export function looksChinese(text: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/u.test(text);
}

/** The command a typed name means, and whether it was a Chinese name. */
export function resolveCommandName(
  typed: string,
  catalogue: readonly CommandDefinition[],
): { readonly name: string; readonly chinese: boolean } {
  const lower = typed.toLowerCase();
  if (catalogue.some((c) => c.name === lower)) return { name: lower, chinese: false };
  const localized = catalogue.find((c) => c.localizedName?.['zh-CN'] === typed);
  if (localized) return { name: localized.name, chinese: true };
  const alias = FEISHU_COMMAND_ALIASES[typed];
  if (alias) return { name: alias, chinese: true };
  return { name: lower, chinese: looksChinese(typed) };
}
