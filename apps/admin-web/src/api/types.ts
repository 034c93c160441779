// The shapes the admin API answers with (see /api/docs for the full OpenAPI document).

export type StaffRole = 'owner' | 'moderator' | 'coach';
export type MembershipStatus = 'none' | 'active' | 'expiring' | 'grace' | 'lapsed';
export type MemberFilter = MembershipStatus | 'access';
export type ApplicationStatus = 'pending' | 'info_requested' | 'approved' | 'rejected' | 'withdrawn';
export type QuestionStatus = 'open' | 'claimed' | 'answered' | 'closed';
export type PaymentMethod = 'bank_transfer' | 'wechat_pay' | 'alipay' | 'card' | 'cash' | 'stripe' | 'other';

export const PAYMENT_METHODS: readonly PaymentMethod[] = [
  'bank_transfer',
  'wechat_pay',
  'alipay',
  'card',
  'cash',
  'stripe',
  'other',
];

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
}

export interface MemberRef {
  readonly id: string;
  readonly displayName: string;
  readonly handle: string;
}

export interface Session {
  readonly member: { id: string; displayName: string; handle: string; locale: string | null };
  readonly roles: readonly StaffRole[];
  readonly community: { id: string; slug: string; name: string; defaultLocale: 'zh-CN' | 'en' };
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export interface Dashboard {
  readonly at: string;
  readonly members: Readonly<Record<MembershipStatus, number>>;
  readonly applications: { readonly pending: number; readonly infoRequested: number };
  readonly renewalsDue: {
    readonly total: number;
    readonly next: readonly { memberId: string; displayName: string; endsAt: string }[];
  };
  readonly vitality: { readonly contributors: number; readonly members: number; readonly ratio: number | null };
  readonly questions: { readonly open: number; readonly claimed: number };
  readonly introductions: {
    readonly year: number;
    readonly made: number;
    readonly declined: number;
    readonly proposed: number;
    readonly acceptanceRate: number | null;
  };
  readonly deals: {
    readonly year: number;
    readonly count: number;
    readonly totals: readonly { currency: string; amountMinor: number; count: number }[];
  };
}

export interface Application {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly company: string;
  readonly industry: string;
  readonly locale: string;
  readonly platform: string | null;
  readonly answers: readonly { question: string; answer: string }[];
  readonly valuesPledge: boolean;
  readonly flags: readonly { keyword: string; field: string }[];
  readonly status: ApplicationStatus;
  readonly decisionReason: string | null;
  readonly decidedAt: string | null;
  readonly memberId: string | null;
  readonly submittedAt: string;
  readonly referrer: MemberRef | null;
  readonly decidedBy: MemberRef | null;
}

export interface MembershipState {
  readonly status: MembershipStatus;
  readonly endsAt: string | null;
  readonly graceEndsAt: string | null;
}

export interface MemberSummary {
  readonly id: string;
  readonly handle: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly locale: string | null;
  readonly createdAt: string;
  readonly membership: MembershipState;
}

export interface MemberDetail {
  readonly member: MemberSummary & { timezone: string | null; notes: string };
  readonly membership: MembershipState;
  readonly periods: readonly { id: string; startsAt: string; endsAt: string; kind: string; paymentId: string | null }[];
  readonly roles: readonly StaffRole[];
  readonly accounts: readonly { platform: string; workspaceId: string; platformUserId: string; linkedAt: string }[];
  readonly profile: {
    company: string;
    role: string;
    industry: string;
    region: string;
    skills: string;
    offers: string;
    needs: string;
    languages: readonly string[];
  } | null;
  readonly payments:
    | readonly {
        id: string;
        amountMinor: number;
        currency: string;
        method: PaymentMethod;
        reference: string;
        paidAt: string;
      }[]
    | null;
  readonly strikes: readonly { id: string; kind: string; excerpt: string; reason: string; createdAt: string }[];
  readonly contributions: number;
}

export interface PaymentResult {
  readonly payment: { id: string; amountMinor: number; currency: string };
  readonly period: { id: string; startsAt: string; endsAt: string };
}

export interface Question {
  readonly id: string;
  readonly body: string;
  readonly status: QuestionStatus;
  readonly answer: string | null;
  readonly answeredAt: string | null;
  readonly createdAt: string;
  readonly member: MemberRef | null;
  readonly answeredBy: MemberRef | null;
  readonly claimedBy: MemberRef | null;
  /** When the club's answer time runs out; null once answered or closed (and on single-question answers). */
  readonly dueAt?: string | null;
  readonly overdue?: boolean;
}

/** The questions queue: a page plus the club's answer time. */
export interface QuestionPage extends Page<Question> {
  readonly slaHours: number;
}

/** A member picked by any staff member: no email, payments or notes. */
export interface MemberLookup extends MemberRef {
  readonly status: MembershipStatus;
}

export interface AuditEntry {
  readonly id: string;
  readonly action: string;
  readonly actorId: string | null;
  readonly actorLabel: string;
  readonly actor: MemberRef | null;
  readonly targetType: string;
  readonly targetId: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly at: string;
}

export interface Settings {
  readonly defaultLocale: 'zh-CN' | 'en';
  readonly timezone: string;
  readonly fee: { amountMinor: number; currency: string; amount: string };
  readonly acceptedCurrencies: readonly string[];
  readonly membershipMonths: number;
  readonly graceDays: number;
  readonly expiringDays: number;
  readonly valuesStatement: string;
  readonly excludedKeywords: readonly string[];
  readonly applicationQuestions: readonly string[];
  readonly lessonReminderLeadMinutes: readonly number[];
  readonly renewalReminderDays: readonly number[];
  readonly paymentInstructions: string;
  readonly matchingIntervalDays: number;
  readonly introsPerRound: number;
  readonly introFollowUpDays: number;
  readonly questionSlaHours: number;
}

export interface CommunityWithSettings {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly settings: Settings;
}

/** `GET /api/settings/platforms`: attached workspaces, and the Slack OAuth install page when configured. */
export interface PlatformConnections {
  readonly discordGuilds: readonly string[];
  readonly slackTeams: readonly string[];
  readonly slackInstallUrl: string | null;
}

export interface StaffMember {
  readonly memberId: string;
  readonly displayName: string;
  readonly handle: string;
  readonly email: string | null;
  readonly roles: readonly { role: StaffRole; grantedAt: string }[];
}

export interface UpcomingLesson {
  readonly id: string;
  readonly kind: 'lesson' | 'guest_talk';
  readonly title: string;
  readonly speakerName: string | null;
  readonly startsAt: string;
  readonly durationMinutes: number;
  readonly capacity: number | null;
  readonly location: string;
  readonly status: string;
  readonly materialsUrl: string | null;
  readonly going: number;
  readonly waitlisted: number;
  readonly seatsLeft: number | null;
}

export type IntroStatus = 'proposed' | 'introduced' | 'declined' | 'expired';

export interface Introduction {
  readonly id: string;
  readonly memberA: MemberRef | null;
  readonly memberB: MemberRef | null;
  readonly answerA: string;
  readonly answerB: string;
  readonly status: IntroStatus;
  readonly score: number;
  readonly reason: string;
  readonly introducedAt: string | null;
  readonly createdAt: string;
  readonly deals: readonly {
    id: string;
    amountMinor: number;
    currency: string;
    note: string;
    confirmedByCounterpart: boolean;
    closedAt: string;
  }[];
}

export interface DealTotal {
  readonly currency: string;
  readonly amountMinor: number;
  readonly count: number;
  readonly confirmedAmountMinor: number;
  readonly confirmedCount: number;
}

export interface DealSummary {
  readonly year: number | null;
  readonly deals: Page<{
    readonly id: string;
    readonly introductionId: string | null;
    readonly recordedBy: MemberRef | null;
    readonly counterpart: MemberRef | null;
    readonly amountMinor: number;
    readonly currency: string;
    readonly note: string;
    readonly confirmed: boolean;
    readonly closedAt: string;
  }>;
  readonly quarters: readonly (DealTotal & { readonly year: number; readonly quarter: number })[];
  readonly totals: readonly DealTotal[];
}

export type VettingStatus = 'pending' | 'vetted' | 'rejected';

export interface Supplier {
  readonly id: string;
  readonly name: string;
  readonly categories: readonly string[];
  readonly region: string;
  readonly contact: string;
  readonly description: string;
  readonly status: VettingStatus;
  readonly vettingNotes: string;
  readonly recommendedBy: MemberRef | null;
  readonly endorsements: number;
  readonly createdAt: string;
}
