// What Discord refuses with 50035 (Invalid Form Body) when application commands are registered, so a test
// against the fake fails where Discord would. From the API docs' application command naming and limits.

const SLASH_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const LOCALES = new Set([
  'id',
  'da',
  'de',
  'en-GB',
  'en-US',
  'es-ES',
  'es-419',
  'fr',
  'hr',
  'it',
  'lt',
  'hu',
  'nl',
  'no',
  'pl',
  'pt-BR',
  'ro',
  'fi',
  'sv-SE',
  'vi',
  'tr',
  'cs',
  'el',
  'bg',
  'ru',
  'uk',
  'hi',
  'th',
  'zh-CN',
  'ja',
  'zh-TW',
  'ko',
]);

interface CommandBody {
  readonly name?: unknown;
  readonly type?: unknown;
  readonly description?: unknown;
  readonly name_localizations?: Record<string, unknown> | null;
  readonly description_localizations?: Record<string, unknown> | null;
  readonly options?: readonly OptionBody[];
}

interface OptionBody extends CommandBody {
  readonly required?: boolean;
  readonly choices?: readonly unknown[];
  readonly max_length?: number;
}

function slashNameProblems(where: string, name: unknown): string[] {
  if (typeof name !== 'string' || !SLASH_NAME.test(name)) return [`${where}.name: invalid`];
  if (name !== name.toLowerCase()) return [`${where}.name: must be lowercase`];
  return [];
}

function localizationProblems(where: string, map: Record<string, unknown> | null | undefined, max: number) {
  const problems: string[] = [];
  for (const [locale, text] of Object.entries(map ?? {})) {
    if (!LOCALES.has(locale)) problems.push(`${where}: unknown locale ${locale}`);
    if (typeof text !== 'string' || text.length < 1 || text.length > max) problems.push(`${where}.${locale}: length`);
  }
  return problems;
}

function optionProblems(where: string, options: readonly OptionBody[] | undefined): string[] {
  const problems: string[] = [];
  if (!options) return problems;
  if (options.length > 25) problems.push(`${where}.options: more than 25`);
  const names = new Set<string>();
  let seenOptional = false;
  for (const [i, o] of options.entries()) {
    const at = `${where}.options[${i}]`;
    problems.push(...slashNameProblems(at, o.name));
    if (names.has(String(o.name))) problems.push(`${at}.name: duplicate`);
    names.add(String(o.name));
    if (typeof o.description !== 'string' || o.description.length < 1 || o.description.length > 100) {
      problems.push(`${at}.description: length`);
    }
    problems.push(...localizationProblems(`${at}.description_localizations`, o.description_localizations, 100));
    if ((o.choices?.length ?? 0) > 25) problems.push(`${at}.choices: more than 25`);
    if (o.max_length !== undefined && (o.max_length < 1 || o.max_length > 6000)) problems.push(`${at}.max_length`);
    if (o.type === 1 || o.type === 2) {
      problems.push(...optionProblems(at, o.options));
    } else {
      if (o.required && seenOptional) problems.push(`${at}: required options must be placed before non-required`);
      if (!o.required) seenOptional = true;
    }
  }
  return problems;
}

/** Every reason Discord would refuse this bulk overwrite body; empty when it would accept it. */
export function discordCommandRegistrationProblems(body: unknown): string[] {
  if (!Array.isArray(body)) return ['body: array expected'];
  if (body.length > 100) return ['body: more than 100 commands'];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [i, command] of (body as CommandBody[]).entries()) {
    const where = `[${i}]`;
    const type = command.type ?? 1;
    const key = `${type}:${String(command.name)}`;
    if (seen.has(key)) problems.push(`${where}.name: duplicate`);
    seen.add(key);
    if (type === 1) {
      problems.push(...slashNameProblems(where, command.name));
      for (const name of Object.values(command.name_localizations ?? {})) {
        problems.push(...slashNameProblems(`${where}.name_localizations`, name));
      }
      if (typeof command.description !== 'string' || command.description.length < 1) {
        problems.push(`${where}.description: required`);
      } else if (command.description.length > 100) {
        problems.push(`${where}.description: longer than 100`);
      }
      problems.push(
        ...localizationProblems(`${where}.description_localizations`, command.description_localizations, 100),
      );
      problems.push(...optionProblems(where, command.options));
    } else {
      // User and message menus: a 1-32 character name of any case, no description, no options.
      if (typeof command.name !== 'string' || command.name.length < 1 || command.name.length > 32) {
        problems.push(`${where}.name: length`);
      }
      if (command.description) problems.push(`${where}.description: must be empty for context menus`);
      if (command.options?.length) problems.push(`${where}.options: not allowed for context menus`);
    }
    problems.push(...localizationProblems(`${where}.name_localizations`, command.name_localizations, 32));
  }
  return problems;
}
