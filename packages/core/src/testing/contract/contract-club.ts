import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_SETTINGS } from '../../domain/community.js';
import type { Member } from '../../domain/member.js';
import type { Question } from '../../domain/question.js';
import { randomIds } from '../../ports/ids.js';
import type { ContractSubject } from './repositories.contract.js';

export interface ContractClub {
  /** The subject's repositories; usable in hooks and tests, once the suite has opened the subject. */
  readonly repos: ContractSubject['repos'];
  /** A new club with a random slug (so runs may share a database); resolves to its id. */
  club(): Promise<string>;
  /** A new plain member of the club; resolves to its id. */
  member(communityId: string): Promise<string>;
  /** An open question (not stored) by the member, with the given body and fields. */
  question(communityId: string, memberId: string, createdAt: Date, more?: Partial<Question>): Question;
}

const created = new Date('2025-01-01T00:00:00Z');

/**
 * The opener every contract suite shares: call it inside the suite's `describe`. It opens the subject before the
 * tests, closes it after them, and makes clubs (slug `<slugPrefix>-…`, the given name), members and questions.
 */
export function openContractClub(
  open: () => Promise<ContractSubject>,
  options: { readonly slugPrefix: string; readonly name: string; readonly questionBody: string },
): ContractClub {
  let subject: ContractSubject | undefined;
  beforeAll(async () => {
    subject = await open();
  });
  afterAll(async () => {
    await subject?.close?.();
  });
  const opened = (): ContractSubject => {
    if (!subject) throw new Error('the contract subject is used before the suite opened it');
    return subject;
  };
  // The suite's tests are written against `repos` as a value; this forwards to the subject once it is open.
  const repos = new Proxy({} as ContractSubject['repos'], {
    get: (_target, key) => Reflect.get(opened().repos, key),
  });
  const repositories = () => opened().repos;
  return {
    repos,
    async club() {
      const id = randomIds.id();
      await repositories().communities.create({
        id,
        slug: `${options.slugPrefix}-${randomIds.code().toLowerCase()}`,
        name: options.name,
        settings: DEFAULT_SETTINGS,
        createdAt: created,
      });
      return id;
    },
    async member(communityId) {
      const m: Member = {
        id: randomIds.id(),
        communityId,
        handle: `h-${randomIds.code().toLowerCase()}`,
        displayName: `M ${randomIds.code()}`,
        email: null,
        locale: null,
        timezone: null,
        reminderLeadMinutes: null,
        remindersMuted: false,
        matchingExcluded: false,
        notes: '',
        createdAt: created,
        deletedAt: null,
      };
      await repositories().members.create(m);
      return m.id;
    },
    question(communityId, memberId, createdAt, more = {}) {
      return {
        id: randomIds.id(),
        communityId,
        memberId,
        body: options.questionBody,
        status: 'open',
        claimedBy: null,
        answer: null,
        answeredBy: null,
        answeredAt: null,
        faq: false,
        createdAt,
        resolvedAt: null,
        rating: null,
        ratingComment: null,
        faqConsent: false,
        slaRemindedAt: null,
        slaEscalatedAt: null,
        ...more,
      };
    },
  };
}
