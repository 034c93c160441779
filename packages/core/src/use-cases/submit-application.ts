import { applicationActionId } from '../domain/action-id.js';
import { type Application, flagApplication } from '../domain/application.js';
import type { Platform } from '../domain/member.js';
import { membershipState } from '../domain/membership.js';
import { DomainError } from '../errors/domain-error.js';
import { atMost, REASONS } from '../errors/error-reasons.js';
import type { Locale } from '../i18n/locale.js';
import { notificationText } from '../i18n/notification-messages.js';
import type { Ports, Uow } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';
import { cleanEmail, cleanText } from '../rules/text.js';
import { notifyMember } from './notify-member.js';

export interface SubmitApplicationInput {
  readonly communityId: string;
  readonly name: string;
  readonly email?: string | null;
  readonly company?: string;
  readonly industry?: string;
  readonly answers: readonly { readonly question: string; readonly answer: string }[];
  readonly valuesPledge: boolean;
  readonly locale: Locale;
  readonly account?: {
    readonly platform: Platform;
    readonly workspaceId: string;
    readonly platformUserId: string;
  } | null;
  readonly referrerHandle?: string | null;
}

/**
 * A person applies to join: answers, the values pledge, and auto-flags from the excluded categories (matched
 * however they are written, through the KeywordMatcher port). A named referrer is asked by DM to vouch.
 */
export async function submitApplication(
  deps: Uow<'accounts' | 'applications' | 'communities' | 'deliveries' | 'members' | 'memberships'> &
    Pick<Ports, 'clock' | 'ids' | 'messenger' | 'keywords'>,
  input: SubmitApplicationInput,
): Promise<Application> {
  if (input.valuesPledge !== true) throw new DomainError('application.pledge_required');
  const name = cleanText(input.name, 'name', 80, { required: true });
  const email = cleanEmail(input.email);
  const company = cleanText(input.company, 'company', 120);
  const industry = cleanText(input.industry, 'industry', 80);
  if (input.answers.length > 10) throw new DomainError('validation.invalid', { field: 'answers', reason: atMost(10) });
  const answers = input.answers.map((a, i) => ({
    question: cleanText(a.question, `question ${i + 1}`, 300),
    answer: cleanText(a.answer, `answer ${i + 1}`, 2000),
  }));
  // A form of answers all left blank (spaces pass a platform's "required") says nothing about the applicant.
  if (answers.length > 0 && answers.every((a) => !a.answer)) {
    throw new DomainError('validation.required', { field: 'answer 1' });
  }
  if (!email && !input.account) {
    throw new DomainError('validation.required', { field: 'email' });
  }
  const now = deps.clock.now();
  const keywords = deps.keywords;
  const matcher = keywords ? (text: string, list: readonly string[]) => keywords.matchExcluded(text, list) : undefined;
  const application = await deps.uow.run(async (repos) => {
    const community = await loadCommunity(repos, input.communityId);
    const linked = input.account
      ? await repos.accounts.find(input.account.platform, input.account.workspaceId, input.account.platformUserId)
      : null;
    const existing = linked ?? null;
    const byEmail = email ? await repos.members.getByEmail(community.id, email) : null;
    const memberId = existing?.communityId === community.id ? existing.memberId : byEmail?.id;
    if (memberId) {
      const periods = await repos.memberships.listForMember(community.id, memberId);
      const state = membershipState(periods, now, community.settings);
      // Lapsed members may apply again; everyone else already belongs (or just has to pay).
      if (state.status !== 'lapsed') throw new DomainError('application.already_member');
    }
    const open = await repos.applications.findOpen(community.id, {
      email,
      platform: input.account?.platform ?? null,
      workspaceId: input.account?.workspaceId ?? null,
      platformUserId: input.account?.platformUserId ?? null,
    });
    if (open) throw new DomainError('application.already_pending');
    let referrerMemberId: string | null = null;
    if (input.referrerHandle) {
      const handle = cleanText(input.referrerHandle, 'referrer', 40).replace(/^@/, '');
      // A member's handle, or their personal referral code (shown in /me).
      const byHandle = handle ? await repos.members.getByHandle(community.id, handle) : null;
      const referrer =
        byHandle && !byHandle.deletedAt
          ? byHandle
          : handle
            ? await repos.members.getByReferralCode(community.id, handle.toUpperCase())
            : null;
      if (handle && !referrer)
        throw new DomainError('validation.invalid', { field: 'referrer', reason: REASONS.noSuchMember });
      if (referrer && referrer.id === memberId) throw new DomainError('application.referrer_is_applicant');
      referrerMemberId = referrer?.id ?? null;
    }
    const fields: Record<string, string> = { name, company, industry };
    for (const [i, a] of answers.entries()) fields[`answer ${i + 1}`] = a.answer;
    const application: Application = {
      id: deps.ids.id(),
      communityId: community.id,
      name,
      email,
      company,
      industry,
      locale: input.locale,
      platform: input.account?.platform ?? null,
      workspaceId: input.account?.workspaceId ?? null,
      platformUserId: input.account?.platformUserId ?? null,
      answers,
      valuesPledge: true,
      referrerMemberId,
      flags: flagApplication(fields, community.settings.excludedKeywords, matcher),
      status: 'pending',
      decisionReason: null,
      decidedBy: null,
      decidedAt: null,
      memberId: null,
      submittedAt: now,
      reasonShared: false,
      infoAnswer: null,
      infoAnsweredAt: null,
      vouchedAt: null,
    };
    await repos.applications.create(application);
    return application;
  });
  if (application.referrerMemberId) {
    try {
      await notifyMember(deps, {
        communityId: application.communityId,
        memberId: application.referrerMemberId,
        key: `application-vouch:${application.id}`,
        kind: 'application.vouch_request',
        message: ({ locale }) => ({
          title: notificationText(locale, 'application.vouch.title'),
          text: notificationText(locale, 'application.vouch.text', { name: application.name }),
          fields: application.company
            ? [{ name: notificationText(locale, 'field.company'), value: application.company }]
            : [],
          buttons: [
            {
              action: applicationActionId('applyVouch', application.id),
              label: notificationText(locale, 'application.vouch.button'),
              style: 'primary',
            },
          ],
        }),
      });
    } catch {
      // The application is in; a vouch request that could not be sent stays pending in deliveries.
    }
  }
  return application;
}
