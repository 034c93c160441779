import type { SentenceEncoder } from '@snowball/matching';
import type { AccessCheckRepository } from './access-check.repository.js';
import type { AccessRoster } from './access-roster.js';
import type { ApplicationRepository } from './application.repository.js';
import type { AuditRepository } from './audit.repository.js';
import type { AuthRepository } from './auth.repository.js';
import type { BillingRepository } from './billing.repository.js';
import type { ChannelPostRepository } from './channel-post.repository.js';
import type { ChannelPublisher } from './channel-publisher.js';
import type { Clock } from './clock.js';
import type { CommunityRepository } from './community.repository.js';
import type { ContributionRepository } from './contribution.repository.js';
import type { DeliveryRepository } from './delivery.repository.js';
import type { FaqRepository } from './faq.repository.js';
import type { ClubFiguresRepository } from './figures.repository.js';
import type { HeapControl } from './heap-control.js';
import type { Ids } from './ids.js';
import type { IntroductionRepository } from './introduction.repository.js';
import type { JobQueue } from './job-queue.js';
import type { LessonRepository } from './lesson.repository.js';
import type { LibraryRepository } from './library.repository.js';
import type { MemberRepository } from './member.repository.js';
import type { MembershipRepository } from './membership.repository.js';
import type { Messenger, RoleSync } from './messenger.js';
import type { ModerationRepository } from './moderation.repository.js';
import type { PaymentRepository } from './payment.repository.js';
import type { PaymentGateway } from './payment-gateway.js';
import type { PlatformAccountRepository } from './platform-account.repository.js';
import type { PrivacyRepository } from './privacy.repository.js';
import type { ProfileRepository } from './profile.repository.js';
import type { QuestionRepository } from './question.repository.js';
import type { QuestionMessageRepository } from './question-message.repository.js';
import type { RecentMessageStore } from './recent-message-store.js';
import type { StaffRepository } from './staff.repository.js';
import type { SupplierRepository } from './supplier.repository.js';
import type { KeywordMatcher } from './text-classifier.js';
import type { VitalityRepository } from './vitality.repository.js';

/** Every repository, as one transaction sees them. */
export interface Repositories {
  readonly communities: CommunityRepository;
  readonly members: MemberRepository;
  readonly accounts: PlatformAccountRepository;
  readonly staff: StaffRepository;
  readonly applications: ApplicationRepository;
  readonly memberships: MembershipRepository;
  readonly payments: PaymentRepository;
  readonly audit: AuditRepository;
  readonly lessons: LessonRepository;
  readonly questions: QuestionRepository;
  /** The conversation under members' questions: coaches' follow-ups and members' replies. */
  readonly questionMessages: QuestionMessageRepository;
  /** The club FAQ, searchable by its knowledge index. */
  readonly faq: FaqRepository;
  /** The club library (精华) of saved chat messages. */
  readonly library: LibraryRepository;
  readonly profiles: ProfileRepository;
  readonly introductions: IntroductionRepository;
  readonly suppliers: SupplierRepository;
  readonly moderation: ModerationRepository;
  readonly contributions: ContributionRepository;
  readonly deliveries: DeliveryRepository;
  readonly auth: AuthRepository;
  /** Aggregates over a whole club (dashboard figures), computed where the data is. */
  readonly figures: ClubFiguresRepository;
  /** Online payments: coupons, checkout intents, provider events, refunds, disputes. */
  readonly billing: BillingRepository;
  /** The club's daily vitality summary, kept by a background job. */
  readonly vitality: VitalityRepository;
  /** Members' data rights: export links, erasure requests, and the export and erasure themselves. */
  readonly privacy: PrivacyRepository;
  /** The bot's own messages in club channels (staff cards, digests): claimed once, edited in place. */
  readonly channelPosts: ChannelPostRepository;
  /** The access check: linked accounts' standing by workspace, and the club's last run. */
  readonly accessChecks: AccessCheckRepository;
}

/**
 * Runs work atomically: all of it is written, or none of it. `K` names the repositories the work may touch:
 * the full unit of work (every repository) is assignable to any narrowed one, so a use case declares
 * `Uow<'a' | 'b'>` and the compiler keeps it to those tables.
 */
export interface UnitOfWork<K extends keyof Repositories = keyof Repositories> {
  run<T>(work: (repos: Pick<Repositories, K>) => Promise<T>): Promise<T>;
}

/** The deps of a use case that runs a unit of work over the repositories `K` only. */
export interface Uow<K extends keyof Repositories> {
  readonly uow: UnitOfWork<K>;
}

/**
 * Everything the core needs from the outside world. Use cases take a `Pick` of it, with `Uow<...>` in place of
 * `'uow'` so their signature names the repositories they touch.
 */
export interface Ports extends Repositories {
  readonly uow: UnitOfWork;
  readonly clock: Clock;
  readonly ids: Ids;
  readonly messenger: Messenger;
  readonly roleSync: RoleSync;
  readonly jobs: JobQueue;
  /** Matches applications against the excluded keywords; without it, a plain case-insensitive match. */
  readonly keywords?: KeywordMatcher;
  /** Online payment (Stripe Checkout); without it, members pay as the club's instructions say. */
  readonly paymentGateway?: PaymentGateway;
  /** Posts to and edits the bot's messages in club channels; without it, no staff cards or digests are posted. */
  readonly channels?: ChannelPublisher;
  /** Chat moderation's window of each author's recent messages; an erasure forgets the member's at once. */
  readonly recentMessages?: RecentMessageStore;
  /** Who holds the member role / members-only channels on each platform; without it, the access check skips. */
  readonly accessRoster?: AccessRoster;
  /**
   * Turns profiles' needs and offers into sentence meanings (@snowball/matching's `sentenceEncoder`, ~40 ms of CPU
   * a profile): only the background `encodeProfileMeanings` uses it; without it, nothing is encoded and matching
   * works on words alone. Only `version` and `encode` are used.
   */
  readonly sentences?: Pick<SentenceEncoder, 'version' | 'encode'>;
  /** Collects garbage between the phases of a matching round (see `HeapControl`); without it, the runtime decides. */
  readonly heap?: HeapControl;
}
