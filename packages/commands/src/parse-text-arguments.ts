import type { CommandDefinition, OptionDefinition } from './definition.js';
import type { OptionValue } from './invocation.js';

/**
 * Turns the text after a Slack or simulator command into options: `name:value` pairs (values may be
 * "quoted"), everything else is free text for the option marked `rest` (else the first string option).
 * A first word naming a subcommand selects it.
 */
export function parseTextArguments(
  command: CommandDefinition,
  text: string,
): { subcommand: string | null; options: Record<string, OptionValue> } {
  const tokens = tokenize(text.trim());
  let subcommand: string | null = null;
  if (
    command.subcommands?.length &&
    tokens[0] &&
    command.subcommands.some((s) => s.name === tokens[0]?.toLowerCase())
  ) {
    subcommand = (tokens.shift() as string).toLowerCase();
  }
  const spec: readonly OptionDefinition[] =
    (subcommand ? command.subcommands?.find((s) => s.name === subcommand)?.options : command.options) ?? [];
  const names = new Set(spec.map((o) => o.name));
  const options: Record<string, OptionValue> = {};
  const free: string[] = [];
  for (const token of tokens) {
    const match = /^([a-z][a-z0-9_-]*)[:：](.*)$/s.exec(token);
    if (match?.[1] && names.has(match[1])) options[match[1]] = unquote(match[2] ?? '');
    else free.push(unquote(token));
  }
  const restOption = spec.find((o) => o.rest) ?? spec.find((o) => o.type === 'string' && !(o.name in options));
  if (free.length > 0 && restOption && !(restOption.name in options)) options[restOption.name] = free.join(' ');
  return { subcommand, options };
}

/** How to call a command, for usage help on Slack and in the simulator. */
export function usage(command: CommandDefinition, locale: 'zh-CN' | 'en'): string {
  const describeOptions = (spec: readonly OptionDefinition[] = []) =>
    spec
      .map((o) => {
        const name = o.rest ? `<${o.name}>` : `${o.name}:<${o.type === 'string' ? 'text' : o.type}>`;
        return `${o.required ? name : `[${name}]`}`;
      })
      .join(' ');
  if (command.subcommands?.length) {
    return command.subcommands
      .map((s) =>
        `/${command.name} ${s.name} ${describeOptions(s.options)} — ${s.description[locale]}`.replace(/ {2,}/g, ' '),
      )
      .join('\n');
  }
  return `/${command.name} ${describeOptions(command.options)} — ${command.description[locale]}`.replace(/ {2,}/g, ' ');
}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const re = /(?:[^\s"“”]+)?(?:["“][^"”]*["”])?[^\s"“”]*/g;
  for (const m of text.matchAll(re)) if (m[0]) tokens.push(m[0]);
  return tokens;
}

function unquote(value: string): string {
  return value.replace(/["“”]/g, '');
}
