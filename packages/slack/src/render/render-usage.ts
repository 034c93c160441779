import { type CommandDefinition, privateMessage, type Reply, usage } from '@snowball/commands';
import { type Locale, translate } from '@snowball/core';
import type { UsageProblem } from '../inbound/from-slash-command.js';
import { slackTexts } from '../texts/slack-texts.js';

/** `usage()` lines with the workspace's command prefix (`/apply` → `/sb-apply`). */
export function slackUsage(command: CommandDefinition, locale: Locale, prefix = ''): string {
  return usage(command, locale)
    .split('\n')
    .map((line) => (prefix ? line.replace(/^\//, `/${prefix}`) : line))
    .join('\n');
}

/** Usage help for a slash command that could not be run, in the caller's language. */
export function renderUsage(
  parse: { readonly command: CommandDefinition | null; readonly problem: UsageProblem },
  catalogue: readonly CommandDefinition[],
  locale: Locale,
  prefix = '',
): Reply {
  const t = (key: keyof typeof slackTexts, params?: Record<string, unknown>) =>
    translate(slackTexts, locale, key, params);
  const { command, problem } = parse;
  if (!command || problem.type === 'unknown_command') {
    const name = problem.type === 'unknown_command' ? problem.name : '';
    const lines = catalogue.filter((c) => c.type !== 'message').map((c) => slackUsage(c, locale, prefix));
    return privateMessage(`${t('unknownCommand', { name: `${prefix}${name}` })}\n${lines.join('\n')}`, {
      tone: 'warning',
    });
  }
  const name = `${prefix}${command.name}`;
  const lead =
    problem.type === 'unknown_subcommand'
      ? t('unknownSubcommand', { name, given: problem.given })
      : problem.type === 'missing_option'
        ? t('missingOption', { name, option: problem.option })
        : '';
  const hint = command.options?.some((o) => !o.rest) || command.subcommands?.length ? `\n${t('usageHint')}` : '';
  return privateMessage([lead, slackUsage(command, locale, prefix)].filter(Boolean).join('\n') + hint, {
    title: t('usageTitle', { name }),
    tone: problem.type === 'help' ? 'info' : 'warning',
  });
}
