import { afterAll, beforeAll, describe } from 'vitest';
import type { ContractSubject } from './repositories.contract.js';
import { applicationSemantics } from './repository-semantics/application.semantics.js';
import { auditSemantics } from './repository-semantics/audit.semantics.js';
import { communitySemantics } from './repository-semantics/community.semantics.js';
import { contributionSemantics } from './repository-semantics/contribution.semantics.js';
import { introductionSemantics } from './repository-semantics/introduction.semantics.js';
import { lessonSemantics } from './repository-semantics/lesson.semantics.js';
import { memberSemantics } from './repository-semantics/member.semantics.js';
import { membershipSemantics } from './repository-semantics/membership.semantics.js';
import { moderationSemantics } from './repository-semantics/moderation.semantics.js';
import { platformAccountSemantics } from './repository-semantics/platform-account.semantics.js';
import { questionSemantics } from './repository-semantics/question.semantics.js';
import { semanticsScope } from './repository-semantics/semantics-scope.js';
import { supplierSemantics } from './repository-semantics/supplier.semantics.js';
import { unitOfWorkSemantics } from './repository-semantics/unit-of-work.semantics.js';

/**
 * The fine print every repository implementation must share, method by method: orderings (including ties),
 * filters, refused duplicates, updates of missing rows, unknown or malformed ids, jsonb round trips, and
 * how a unit of work nests. One file per repository under `repository-semantics/`. Run it next to
 * `describeRepositoryContract`; each test makes its own club.
 */
export function describeRepositorySemantics(name: string, open: () => Promise<ContractSubject>): void {
  describe(`repository semantics: ${name}`, () => {
    let subject: ContractSubject | undefined;
    beforeAll(async () => {
      subject = await open();
    });
    afterAll(async () => {
      await subject?.close?.();
    });
    const scope = semanticsScope(() => {
      if (!subject) throw new Error('the repositories under test are not open yet');
      return subject.repos;
    });
    communitySemantics(scope);
    memberSemantics(scope);
    platformAccountSemantics(scope);
    applicationSemantics(scope);
    membershipSemantics(scope);
    auditSemantics(scope);
    lessonSemantics(scope);
    questionSemantics(scope);
    supplierSemantics(scope);
    moderationSemantics(scope);
    introductionSemantics(scope);
    contributionSemantics(scope);
    unitOfWorkSemantics(scope);
  });
}
