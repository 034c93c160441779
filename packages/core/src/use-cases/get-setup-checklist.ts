import type { CommunitySettings } from '../domain/community.js';
import type { Locale } from '../i18n/locale.js';
import type { Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';

/** The steps of setting up a new club, in the order an owner walks through them. */
export const SETUP_ITEMS = [
  'names',
  'fee',
  'membership',
  'timezone',
  'language',
  'values',
  'paymentInstructions',
  'excludedKeywords',
  'discord',
  'slack',
  'staff',
] as const;
export type SetupItemId = (typeof SETUP_ITEMS)[number];

/** Without these a club cannot take its first applicant; the dashboard shows the checklist until they are done. */
export const ESSENTIAL_SETUP_ITEMS: readonly SetupItemId[] = [
  'names',
  'fee',
  'membership',
  'timezone',
  'language',
  'values',
  'paymentInstructions',
  'excludedKeywords',
];

export interface SetupItem {
  readonly id: SetupItemId;
  readonly done: boolean;
  readonly essential: boolean;
}

export interface SetupChecklist {
  readonly items: readonly SetupItem[];
  /** Every essential item is done: the dashboard stops showing the checklist (it stays in Settings). */
  readonly essentialsDone: boolean;
}

const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

function inBothLanguages(texts: Readonly<Partial<Record<Locale, string>>> | undefined): boolean {
  return LOCALES.every((locale) => (texts?.[locale]?.trim() ?? '') !== '');
}

/**
 * Whether each step holds, from the settings alone. Fee, membership length and grace, timezone and language
 * have working values from `club create` (done when valid, so the owner only reviews them); the texts members
 * read (names, values statement, payment instructions) are done only once written in both languages.
 */
function settingsDone(
  settings: CommunitySettings,
): Record<Exclude<SetupItemId, 'discord' | 'slack' | 'staff'>, boolean> {
  return {
    names: inBothLanguages(settings.names),
    fee: settings.fee.amountMinor > 0 && settings.acceptedCurrencies.includes(settings.fee.currency),
    membership: settings.membershipMonths >= 1 && settings.graceDays >= 0,
    timezone: settings.timezone.trim() !== '',
    language: LOCALES.includes(settings.defaultLocale),
    values: inBothLanguages(settings.valuesStatementByLocale),
    paymentInstructions: inBothLanguages(settings.paymentInstructionsByLocale),
    excludedKeywords: settings.excludedKeywords.length > 0,
  };
}

/**
 * The new club's setup checklist for its owners: each step done or not, computed from the settings, the
 * platforms attached to the club and its staff (someone besides the owners invited).
 */
export async function getSetupChecklist(
  deps: Uow<'communities' | 'staff'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<SetupChecklist> {
  requireRole(input.actor, input.communityId, ['owner']);
  return deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const [workspaces, staff] = await Promise.all([
      repos.communities.listWorkspaces(community.id),
      repos.staff.list(community.id),
    ]);
    const owners = new Set(staff.filter((s) => s.role === 'owner').map((s) => s.memberId));
    const done: Record<SetupItemId, boolean> = {
      ...settingsDone(community.settings),
      discord: workspaces.some((w) => w.platform === 'discord'),
      slack: workspaces.some((w) => w.platform === 'slack'),
      staff: staff.some((s) => !owners.has(s.memberId)) || owners.size > 1,
    };
    const items = SETUP_ITEMS.map((id) => ({ id, done: done[id], essential: ESSENTIAL_SETUP_ITEMS.includes(id) }));
    return { items, essentialsDone: items.every((item) => !item.essential || item.done) };
  });
}
