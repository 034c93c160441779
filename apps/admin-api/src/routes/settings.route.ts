import { type Community, type CommunitySettings, minorDigits, parseAmount } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { errorResponses, locale, uuid } from '../schemas/common.schema.js';

const tags = ['settings'];
const int = (minimum: number, maximum: number) => ({ type: 'integer', minimum, maximum }) as const;
const strings = (maxItems: number, maxLength: number) =>
  ({ type: 'array', maxItems, items: { type: 'string', maxLength } }) as const;
const ints = (maxItems: number, minimum: number, maximum: number) =>
  ({ type: 'array', maxItems, items: int(minimum, maximum) }) as const;

// The core validates the merged settings again (rules/settings.ts); these bounds give early field messages.
const editable = {
  defaultLocale: locale,
  timezone: { type: 'string', minLength: 1, maxLength: 64 },
  acceptedCurrencies: strings(40, 3),
  membershipMonths: int(1, 60),
  graceDays: int(0, 90),
  expiringDays: int(1, 120),
  valuesStatement: { type: 'string', maxLength: 4000 },
  excludedKeywords: strings(500, 60),
  applicationQuestions: strings(10, 300),
  lessonReminderLeadMinutes: ints(5, 1, 7 * 24 * 60),
  renewalReminderDays: ints(6, 1, 120),
  paymentInstructions: { type: 'string', maxLength: 2000 },
  matchingIntervalDays: int(1, 90),
  introsPerRound: int(0, 20),
  introFollowUpDays: int(1, 180),
  questionSlaHours: int(1, 24 * 30),
} as const;

const fee = {
  type: 'object',
  required: ['amount', 'currency'],
  properties: {
    amount: { type: 'string', minLength: 1, maxLength: 32, description: 'Decimal, e.g. "1000"' },
    currency: { type: 'string', minLength: 3, maxLength: 3 },
    amountMinor: { type: 'integer', readOnly: true },
  },
} as const;

const communityResponse = {
  type: 'object',
  properties: {
    id: uuid,
    slug: { type: 'string' },
    name: { type: 'string' },
    settings: { type: 'object', properties: { ...editable, fee } },
  },
} as const;

const ids = { type: 'array', items: { type: 'string' } } as const;
const platformsResponse = {
  type: 'object',
  required: ['discordGuilds', 'slackTeams', 'slackInstallUrl'],
  properties: {
    discordGuilds: ids,
    slackTeams: ids,
    slackInstallUrl: {
      type: ['string', 'null'],
      description: 'The Slack OAuth install page (add `?community=<id>`), or null when not configured',
    },
  },
} as const;

type SettingsBody = Partial<Omit<CommunitySettings, 'fee'>> & { fee?: { amount: string; currency: string } };

/** Decimal text for minor units: 100000 CNY → "1000", 150 USD → "1.5". */
function decimal(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  return (amountMinor / 10 ** digits).toFixed(digits).replace(/\.?0+$/, '') || '0';
}

function present(community: Community) {
  const { settings } = community;
  return {
    ...community,
    settings: {
      ...settings,
      fee: { ...settings.fee, amount: decimal(settings.fee.amountMinor, settings.fee.currency) },
    },
  };
}

/** The owners' club settings: fee, currency, length, grace, values, excluded fields, reminders, language. */
export async function settingsRoutes(app: FastifyInstance): Promise<void> {
  const { core } = app.snowball;

  app.get(
    '/settings',
    {
      schema: {
        tags,
        summary: 'The club and its settings (owners)',
        response: { 200: communityResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return present(await core.getCommunitySettings({ actor, communityId: actor.communityId }));
    },
  );

  app.get(
    '/settings/platforms',
    {
      schema: {
        tags,
        summary:
          'Discord guilds and Slack teams attached to the club, and whether Slack can be added by OAuth (owners)',
        response: { 200: platformsResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const connections = await core.getPlatformConnections({ actor, communityId: actor.communityId });
      return { ...connections, slackInstallUrl: app.snowball.slackInstallUrl };
    },
  );

  app.patch<{ Body: SettingsBody }>(
    '/settings',
    {
      schema: {
        tags,
        summary: 'Change some settings (owners); the result is validated as a whole',
        body: { type: 'object', additionalProperties: false, minProperties: 1, properties: { ...editable, fee } },
        response: { 200: communityResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { fee: feeInput, ...rest } = request.body;
      const patch: Partial<CommunitySettings> = { ...rest };
      if (feeInput) {
        const currency = feeInput.currency.toUpperCase();
        Object.assign(patch, { fee: { amountMinor: parseAmount(feeInput.amount, currency), currency } });
      }
      return present(await core.updateCommunitySettings({ actor, communityId: actor.communityId, patch }));
    },
  );
}
