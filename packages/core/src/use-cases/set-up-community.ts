import { type CommunitySettings, DEFAULT_SETTINGS } from '../domain/community.js';
import { isKnownCurrency, parseAmount } from '../domain/money.js';
import { DomainError } from '../errors/domain-error.js';
import type { CommunitySetupProblemCode } from '../i18n/community-setup-messages.js';
import { normalizeLocale } from '../i18n/locale.js';
import type { Ports, Uow } from '../ports/ports.js';
import { cleanEmail, cleanText } from '../rules/text.js';
import { type CreatedCommunity, createCommunity } from './create-community.js';

/** A new club's values as a host typed them (`snowball club create`); only slug, name and owner are required. */
export interface SetUpCommunityInput {
  readonly slug?: string;
  readonly name?: string;
  readonly nameZh?: string;
  readonly ownerEmail?: string;
  /** The owner's display name; the part of the email before "@" when absent. */
  readonly ownerName?: string;
  /** The yearly fee in the club's currency ("1000", "99.50"); 1000 when absent. */
  readonly fee?: string;
  readonly currency?: string;
  readonly timezone?: string;
  readonly language?: string;
}

/** One thing wrong with the values; `value` is what was typed. */
export interface CommunitySetupProblem {
  readonly code: CommunitySetupProblemCode;
  readonly value?: string;
  readonly max?: number;
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])$/;
const NAME_MAX = 100;
const OWNER_NAME_MAX = 80;
const FEE_MAX_MINOR = 1e12;

function isTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates an empty club with its first owner and the owner's one-time login link, from typed values. Every
 * problem is found before anything is written and reported together (`community.setup_invalid` with
 * `problems`); the club, owner, settings and link are then written in one transaction.
 */
export async function setUpCommunity(
  deps: Uow<'audit' | 'auth' | 'communities' | 'members' | 'staff'> & Pick<Ports, 'clock' | 'ids' | 'communities'>,
  input: SetUpCommunityInput,
): Promise<CreatedCommunity> {
  const problems: CommunitySetupProblem[] = [];
  const text = (value: string | undefined) => cleanText(value ?? '', 'text', 10_000);

  const slug = text(input.slug).toLowerCase();
  if (!slug) problems.push({ code: 'slug.required' });
  else if (!SLUG.test(slug)) problems.push({ code: 'slug.format', value: slug });
  else if (await deps.communities.getBySlug(slug)) problems.push({ code: 'slug.taken', value: slug });

  const name = text(input.name);
  if (!name) problems.push({ code: 'name.required' });
  else if ([...name].length > NAME_MAX) problems.push({ code: 'name.too_long', max: NAME_MAX });
  const nameZh = text(input.nameZh);
  if ([...nameZh].length > NAME_MAX) problems.push({ code: 'nameZh.too_long', max: NAME_MAX });

  const typedEmail = text(input.ownerEmail);
  let email: string | null = null;
  if (!typedEmail) problems.push({ code: 'owner.required' });
  else {
    try {
      email = cleanEmail(typedEmail, 'owner');
    } catch {
      problems.push({ code: 'owner.invalid', value: typedEmail });
    }
  }
  const ownerName = text(input.ownerName) || (email ? (typedEmail.split('@')[0] ?? '') : '');
  if ([...ownerName].length > OWNER_NAME_MAX) problems.push({ code: 'ownerName.too_long', max: OWNER_NAME_MAX });

  const typedCurrency = text(input.currency).toUpperCase();
  const currency = typedCurrency || DEFAULT_SETTINGS.fee.currency;
  const currencyKnown = isKnownCurrency(currency);
  if (!currencyKnown) problems.push({ code: 'currency.unknown', value: typedCurrency });
  const typedFee = text(input.fee);
  let amountMinor = 0;
  try {
    amountMinor = parseAmount(typedFee || '1000', currencyKnown ? currency : DEFAULT_SETTINGS.fee.currency);
    if (amountMinor > FEE_MAX_MINOR) problems.push({ code: 'fee.too_high', value: typedFee });
  } catch {
    problems.push({ code: 'fee.invalid', value: typedFee });
  }

  const timezone = text(input.timezone) || DEFAULT_SETTINGS.timezone;
  if (!isTimezone(timezone)) problems.push({ code: 'timezone.unknown', value: timezone });
  const typedLanguage = text(input.language);
  const language = typedLanguage ? normalizeLocale(typedLanguage) : DEFAULT_SETTINGS.defaultLocale;
  if (!language) problems.push({ code: 'language.unknown', value: typedLanguage });

  if (problems.length > 0 || !email || !language) throw new DomainError('community.setup_invalid', { problems });

  const settings: Partial<CommunitySettings> = {
    defaultLocale: language,
    timezone,
    fee: { amountMinor, currency },
    acceptedCurrencies: [currency],
    ...(nameZh ? { names: { en: name, 'zh-CN': nameZh } } : {}),
  };
  return createCommunity(deps, { slug, name, settings, owner: { displayName: ownerName, email }, loginLink: true });
}
