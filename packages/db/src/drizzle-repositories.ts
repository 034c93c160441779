import { AsyncLocalStorage } from 'node:async_hooks';
import type { Repositories, UnitOfWork } from '@snowball/core';
import type { Database, DatabaseSource } from './database.js';
import { DrizzleAccessCheckRepository } from './repositories/access-check.repository.js';
import { DrizzleApplicationRepository } from './repositories/application.repository.js';
import { DrizzleAuditRepository } from './repositories/audit.repository.js';
import { DrizzleAuthRepository } from './repositories/auth.repository.js';
import { DrizzleBillingRepository } from './repositories/billing.repository.js';
import { DrizzleChannelPostRepository } from './repositories/channel-post.repository.js';
import { DrizzleCommunityRepository } from './repositories/community.repository.js';
import { DrizzleContributionRepository } from './repositories/contribution.repository.js';
import { DrizzleDeliveryRepository } from './repositories/delivery.repository.js';
import { DrizzleFaqRepository } from './repositories/faq.repository.js';
import { DrizzleClubFiguresRepository } from './repositories/figures.repository.js';
import { DrizzleIntroductionRepository } from './repositories/introduction.repository.js';
import { DrizzleLessonRepository } from './repositories/lesson.repository.js';
import { DrizzleLibraryRepository } from './repositories/library.repository.js';
import { DrizzleMemberRepository } from './repositories/member.repository.js';
import { DrizzleMembershipRepository } from './repositories/membership.repository.js';
import { DrizzleModerationRepository } from './repositories/moderation.repository.js';
import { DrizzlePaymentRepository } from './repositories/payment.repository.js';
import { DrizzlePlatformAccountRepository } from './repositories/platform-account.repository.js';
import { DrizzlePrivacyRepository } from './repositories/privacy.repository.js';
import { DrizzleProfileRepository } from './repositories/profile.repository.js';
import { DrizzleQuestionRepository } from './repositories/question.repository.js';
import { DrizzleQuestionMessageRepository } from './repositories/question-message.repository.js';
import { asUniqueViolation } from './repositories/sql-helpers.js';
import { DrizzleStaffRepository } from './repositories/staff.repository.js';
import { DrizzleSupplierRepository } from './repositories/supplier.repository.js';
import { DrizzleVitalityRepository } from './repositories/vitality.repository.js';

/** Every drizzle repository over one database (or one transaction of it). */
export function drizzleRepositoriesOn(db: DatabaseSource): Repositories {
  return {
    communities: new DrizzleCommunityRepository(db),
    members: new DrizzleMemberRepository(db),
    accounts: new DrizzlePlatformAccountRepository(db),
    staff: new DrizzleStaffRepository(db),
    applications: new DrizzleApplicationRepository(db),
    memberships: new DrizzleMembershipRepository(db),
    payments: new DrizzlePaymentRepository(db),
    audit: new DrizzleAuditRepository(db),
    lessons: new DrizzleLessonRepository(db),
    questions: new DrizzleQuestionRepository(db),
    questionMessages: new DrizzleQuestionMessageRepository(db),
    faq: new DrizzleFaqRepository(db),
    library: new DrizzleLibraryRepository(db),
    profiles: new DrizzleProfileRepository(db),
    introductions: new DrizzleIntroductionRepository(db),
    suppliers: new DrizzleSupplierRepository(db),
    moderation: new DrizzleModerationRepository(db),
    contributions: new DrizzleContributionRepository(db),
    deliveries: new DrizzleDeliveryRepository(db),
    auth: new DrizzleAuthRepository(db),
    figures: new DrizzleClubFiguresRepository(db),
    billing: new DrizzleBillingRepository(db),
    vitality: new DrizzleVitalityRepository(db),
    privacy: new DrizzlePrivacyRepository(db),
    channelPosts: new DrizzleChannelPostRepository(db),
    accessChecks: new DrizzleAccessCheckRepository(db),
  };
}

// The running unit of work per database, shared by every repository set and store opened on it.
const transactions = new WeakMap<Database, AsyncLocalStorage<Database>>();

function transactionsOn(db: Database): AsyncLocalStorage<Database> {
  let current = transactions.get(db);
  if (!current) {
    current = new AsyncLocalStorage<Database>();
    transactions.set(db, current);
  }
  return current;
}

/**
 * The database to query now: the running unit of work's transaction on `db`, else `db`. For stores outside
 * the repositories (the Slack installations) whose writes must join a use case's transaction.
 */
export function joiningTransactions(db: Database): DatabaseSource {
  const current = transactionsOn(db);
  return () => current.getStore() ?? db;
}

/**
 * Every repository over PostgreSQL or PGlite, with a unit of work that runs in one transaction.
 * A `uow.run` inside a running one joins it. The top-level repositories also use the running transaction
 * when called inside one: on PGlite's single connection a query outside it would wait for it forever.
 */
export function createDrizzleRepositories(db: Database): Repositories & { uow: UnitOfWork } {
  const current = transactionsOn(db);
  const uow: UnitOfWork = {
    run(work) {
      const running = current.getStore();
      if (running) return work(drizzleRepositoriesOn(running));
      // A race on a unique key that the repositories did not guard reaches people as a conflict, not a 500.
      return db
        .transaction((tx) => current.run(tx, () => work(drizzleRepositoriesOn(tx))))
        .catch((error: unknown) => {
          throw asUniqueViolation(error) ?? error;
        });
    },
  };
  return { ...drizzleRepositoriesOn(() => current.getStore() ?? db), uow };
}
