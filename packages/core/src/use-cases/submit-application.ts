import { type Application, flagApplication } from '../domain/application.js';
import type { Platform } from '../domain/member.js';
import { membershipState } from '../domain/membership.js';
import { DomainError } from '../errors/domain-error.js';
import type { Locale } from '../i18n/locale.js';
import type { Ports } from '../ports/ports.js';
import { loadCommunity } from '../rules/load.js';
import { cleanEmail, cleanText } from '../rules/text.js';

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

/** A person applies to join: answers, the values pledge, and auto-flags from the excluded categories. */
export async function submitApplication(
  deps: Pick<Ports, 'uow' | 'clock' | 'ids'>,
  input: SubmitApplicationInput,
): Promise<Application> {
  if (input.valuesPledge !== true) throw new DomainError('application.pledge_required');
  const name = cleanText(input.name, 'name', 80, { required: true });
  const email = cleanEmail(input.email);
  const company = cleanText(input.company, 'company', 120);
  const industry = cleanText(input.industry, 'industry', 80);
  if (input.answers.length > 10)
    throw new DomainError('validation.invalid', { field: 'answers', reason: 'at most 10' });
  const answers = input.answers.map((a, i) => ({
    question: cleanText(a.question, `question ${i + 1}`, 300),
    answer: cleanText(a.answer, `answer ${i + 1}`, 2000),
  }));
  if (!email && !input.account) {
    throw new DomainError('validation.required', { field: 'email' });
  }
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
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
      const referrer = handle ? await repos.members.getByHandle(community.id, handle) : null;
      if (handle && !referrer)
        throw new DomainError('validation.invalid', { field: 'referrer', reason: 'no such member' });
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
      flags: flagApplication(fields, community.settings.excludedKeywords),
      status: 'pending',
      decisionReason: null,
      decidedBy: null,
      decidedAt: null,
      memberId: null,
      submittedAt: now,
    };
    await repos.applications.create(application);
    return application;
  });
}
