import type { CommandDefinition, OptionDefinition } from './definition.js';
import type { Form, Reply } from './reply.js';

/** The platform limits a definition or reply must fit (Discord API docs; Slack Block Kit and manifest docs). */
export const LIMITS = {
  discord: {
    slashName: /^[-_\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u,
    messageCommandName: 32,
    description: 100,
    options: 25,
    choices: 25,
    commandTotalChars: 4000,
    customId: 100,
    modalTitle: 45,
    modalFields: 5,
    inputLabel: 45,
    inputMaxLength: 4000,
    buttonLabel: 80,
    buttonsPerRow: 5,
    rows: 5,
    embedTitle: 256,
    embedDescription: 4096,
    embedFields: 25,
    fieldName: 256,
    fieldValue: 1024,
    embeds: 10,
  },
  slack: {
    commandName: /^[a-z0-9_-]{1,31}$/,
    description: 100,
    actionId: 255,
    callbackId: 255,
    modalTitle: 24,
    inputLabel: 2000,
    buttonText: 75,
    blocks: 50,
    sectionText: 3000,
  },
} as const;

function optionProblems(prefix: string, options: readonly OptionDefinition[] = []): string[] {
  const problems: string[] = [];
  if (options.length > LIMITS.discord.options) problems.push(`${prefix}: more than ${LIMITS.discord.options} options`);
  let seenOptional = false;
  for (const o of options) {
    const where = `${prefix} option ${o.name}`;
    if (!LIMITS.discord.slashName.test(o.name) || !/^[a-z0-9_-]+$/.test(o.name)) problems.push(`${where}: bad name`);
    for (const [locale, text] of Object.entries(o.description)) {
      if (text.length < 1 || text.length > LIMITS.discord.description)
        problems.push(`${where}: ${locale} description length`);
    }
    if ((o.choices?.length ?? 0) > LIMITS.discord.choices) problems.push(`${where}: too many choices`);
    if (o.maxLength !== undefined && o.maxLength > 6000) problems.push(`${where}: max length above Discord's 6000`);
    // Discord requires required options before optional ones.
    if (o.required && seenOptional) problems.push(`${where}: required option after an optional one`);
    if (!o.required) seenOptional = true;
  }
  if (options.filter((o) => o.rest).length > 1) problems.push(`${prefix}: more than one rest option`);
  return problems;
}

/** Everything about a definition that Discord or Slack would refuse at registration. */
export function definitionProblems(command: CommandDefinition): string[] {
  const problems: string[] = [];
  const where = `/${command.name}`;
  if (command.type === 'message') {
    for (const label of Object.values(command.description)) {
      if (label.length < 1 || label.length > LIMITS.discord.messageCommandName)
        problems.push(`${where}: menu label length`);
    }
    if (!LIMITS.slack.commandName.test(command.name)) problems.push(`${where}: bad Slack callback id`);
    return problems;
  }
  if (!LIMITS.discord.slashName.test(command.name) || !LIMITS.slack.commandName.test(command.name)) {
    problems.push(`${where}: name must be lowercase ASCII letters, digits, - or _, at most 31 characters`);
  }
  for (const name of Object.values(command.localizedName ?? {})) {
    if (!LIMITS.discord.slashName.test(name)) problems.push(`${where}: bad localized name ${name}`);
  }
  for (const [locale, text] of Object.entries(command.description)) {
    if (text.length < 1 || text.length > Math.min(LIMITS.discord.description, LIMITS.slack.description)) {
      problems.push(`${where}: ${locale} description length ${text.length}`);
    }
  }
  if (command.options?.length && command.subcommands?.length)
    problems.push(`${where}: options and subcommands together`);
  problems.push(...optionProblems(where, command.options));
  for (const sub of command.subcommands ?? []) {
    if (!/^[a-z0-9_-]{1,32}$/.test(sub.name)) problems.push(`${where} ${sub.name}: bad subcommand name`);
    problems.push(...optionProblems(`${where} ${sub.name}`, sub.options));
  }
  const total = JSON.stringify(command).length;
  if (total > LIMITS.discord.commandTotalChars) problems.push(`${where}: definition too large (${total})`);
  return problems;
}

/** Everything about a form that a Discord or Slack modal would refuse. */
export function formProblems(form: Form): string[] {
  const problems: string[] = [];
  if (form.fields.length > LIMITS.discord.modalFields) problems.push(`form ${form.action}: more than 5 fields`);
  if (form.title.length > LIMITS.slack.modalTitle) problems.push(`form ${form.action}: title longer than 24`);
  if (form.action.length > LIMITS.discord.customId) problems.push(`form ${form.action}: action id too long`);
  for (const f of form.fields) {
    if (f.label.length > LIMITS.discord.inputLabel) problems.push(`form ${form.action} ${f.id}: label longer than 45`);
    if (f.maxLength > LIMITS.discord.inputMaxLength)
      problems.push(`form ${form.action} ${f.id}: max length above 4000`);
  }
  return problems;
}

/** Everything about a reply that Discord or Slack would refuse. */
export function replyProblems(reply: Reply): string[] {
  if (reply.kind === 'form') return formProblems(reply.form);
  const problems: string[] = [];
  const buttons = [...(reply.buttons ?? []), ...(reply.items ?? []).flatMap((i) => i.buttons ?? [])];
  for (const b of buttons) {
    if (b.action.length > LIMITS.discord.customId) problems.push(`button ${b.action}: action id too long`);
    if (b.label.length > LIMITS.slack.buttonText) problems.push(`button ${b.action}: label too long`);
  }
  // Discord shows at most 5 rows of 5 buttons; the rest would silently disappear.
  if (buttons.length > LIMITS.discord.buttonsPerRow * LIMITS.discord.rows) problems.push('more than 25 buttons');
  if ((reply.items?.length ?? 0) > LIMITS.discord.embeds - 1) problems.push('more than 9 items');
  if ((reply.fields?.length ?? 0) > LIMITS.discord.embedFields) problems.push('more than 25 fields');
  return problems;
}
