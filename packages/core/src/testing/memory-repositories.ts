import type { Repositories, UnitOfWork } from '../ports/ports.js';
import { InMemoryAccessCheckRepository } from './in-memory/access-check.repository.js';
import { InMemoryApplicationRepository } from './in-memory/application.repository.js';
import { InMemoryAuditRepository } from './in-memory/audit.repository.js';
import { InMemoryAuthRepository } from './in-memory/auth.repository.js';
import { InMemoryBillingRepository } from './in-memory/billing.repository.js';
import { InMemoryChannelPostRepository } from './in-memory/channel-post.repository.js';
import { InMemoryCommunityRepository } from './in-memory/community.repository.js';
import { InMemoryContributionRepository } from './in-memory/contribution.repository.js';
import { InMemoryDeliveryRepository } from './in-memory/delivery.repository.js';
import { InMemoryFaqRepository } from './in-memory/faq.repository.js';
import { InMemoryClubFiguresRepository } from './in-memory/figures.repository.js';
import { InMemoryIntroductionRepository } from './in-memory/introduction.repository.js';
import { InMemoryLessonRepository } from './in-memory/lesson.repository.js';
import { InMemoryLibraryRepository } from './in-memory/library.repository.js';
import { InMemoryMemberRepository } from './in-memory/member.repository.js';
import { InMemoryMembershipRepository } from './in-memory/membership.repository.js';
import { InMemoryModerationRepository } from './in-memory/moderation.repository.js';
import { InMemoryPaymentRepository } from './in-memory/payment.repository.js';
import { InMemoryPlatformAccountRepository } from './in-memory/platform-account.repository.js';
import { InMemoryPrivacyRepository } from './in-memory/privacy.repository.js';
import { InMemoryProfileRepository } from './in-memory/profile.repository.js';
import { InMemoryQuestionRepository } from './in-memory/question.repository.js';
import { InMemoryQuestionMessageRepository } from './in-memory/question-message.repository.js';
import { InMemoryStaffRepository } from './in-memory/staff.repository.js';
import { MemoryStore } from './in-memory/store.js';
import { InMemorySupplierRepository } from './in-memory/supplier.repository.js';
import { InMemoryVitalityRepository } from './in-memory/vitality.repository.js';

/** Every repository over one in-memory store, with a unit of work that rolls back on failure. */
export function createMemoryRepositories(store = new MemoryStore()): Repositories & { uow: UnitOfWork } {
  const repos: Repositories = {
    communities: new InMemoryCommunityRepository(store),
    members: new InMemoryMemberRepository(store),
    accounts: new InMemoryPlatformAccountRepository(store),
    staff: new InMemoryStaffRepository(store),
    applications: new InMemoryApplicationRepository(store),
    memberships: new InMemoryMembershipRepository(store),
    payments: new InMemoryPaymentRepository(store),
    audit: new InMemoryAuditRepository(store),
    lessons: new InMemoryLessonRepository(store),
    questions: new InMemoryQuestionRepository(store),
    questionMessages: new InMemoryQuestionMessageRepository(store),
    faq: new InMemoryFaqRepository(store),
    library: new InMemoryLibraryRepository(store),
    profiles: new InMemoryProfileRepository(store),
    introductions: new InMemoryIntroductionRepository(store),
    suppliers: new InMemorySupplierRepository(store),
    moderation: new InMemoryModerationRepository(store),
    contributions: new InMemoryContributionRepository(store),
    deliveries: new InMemoryDeliveryRepository(store),
    auth: new InMemoryAuthRepository(store),
    figures: new InMemoryClubFiguresRepository(store),
    billing: new InMemoryBillingRepository(store),
    vitality: new InMemoryVitalityRepository(store),
    privacy: new InMemoryPrivacyRepository(store),
    channelPosts: new InMemoryChannelPostRepository(store),
    accessChecks: new InMemoryAccessCheckRepository(store),
  };
  return { ...repos, uow: { run: (work) => store.transaction(() => work(repos)) } };
}
