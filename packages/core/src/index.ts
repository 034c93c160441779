export * from './create-core.js';
export * from './domain/access-check.js';
export * from './domain/action-id.js';
export * from './domain/application.js';
export * from './domain/application-decision-notice.js';
export * from './domain/audit.js';
export * from './domain/auth.js';
export * from './domain/coaching-figures.js';
export * from './domain/community.js';
export * from './domain/contribution.js';
export * from './domain/deal.js';
export * from './domain/delivery.js';
export * from './domain/delivery-key.js';
export * from './domain/faq.js';
export * from './domain/ics.js';
export * from './domain/intro-follow-up.js';
export * from './domain/intro-notice.js';
export * from './domain/intro-nudge.js';
export * from './domain/intro-trio.js';
export * from './domain/introduction.js';
export * from './domain/lesson.js';
export * from './domain/lesson-reminder.js';
export * from './domain/library.js';
export * from './domain/matching-schedule.js';
export * from './domain/member.js';
export * from './domain/membership.js';
export * from './domain/moderation.js';
export * from './domain/moderation-chat-action.js';
export * from './domain/moderation-decision-notice.js';
export * from './domain/moderation-rules.js';
export * from './domain/money.js';
export * from './domain/onboarding.js';
export * from './domain/online-payment.js';
export * from './domain/payment.js';
export * from './domain/payment-event.js';
export * from './domain/pricing.js';
export * from './domain/privacy.js';
export * from './domain/profile.js';
export * from './domain/profile-meanings.js';
export * from './domain/question.js';
export * from './domain/question-card.js';
export * from './domain/question-message.js';
export * from './domain/receipt.js';
export * from './domain/recurrence.js';
export * from './domain/renewal.js';
export * from './domain/scheduled-jobs.js';
export * from './domain/supplier.js';
export * from './domain/unmatched-notice.js';
export * from './domain/vitality.js';
export * from './domain/vitality-figures.js';
export * from './errors/domain-error.js';
export * from './errors/error-messages.js';
export * from './errors/error-reasons.js';
export * from './errors/unique-violation.js';
export * from './i18n/community-setup-messages.js';
export * from './i18n/format-date-time.js';
export * from './i18n/lesson-fields.js';
export * from './i18n/locale.js';
export * from './i18n/notification-messages.js';
export * from './i18n/payment-messages.js';
export * from './i18n/privacy-messages.js';
export * from './i18n/translate.js';
export type * from './ports/access-check.repository.js';
export type * from './ports/access-roster.js';
export type * from './ports/application.repository.js';
export type * from './ports/audit.repository.js';
export type * from './ports/auth.repository.js';
export type * from './ports/billing.repository.js';
export type * from './ports/channel-post.repository.js';
export * from './ports/channel-publisher.js';
export * from './ports/chat-moderator.js';
export * from './ports/clock.js';
export type * from './ports/community.repository.js';
export type * from './ports/contribution.repository.js';
export type * from './ports/delivery.repository.js';
export type * from './ports/dm-channel.repository.js';
export type * from './ports/faq.repository.js';
export type * from './ports/figures.repository.js';
export type * from './ports/heap-control.js';
export * from './ports/ids.js';
export type * from './ports/introduction.repository.js';
export type * from './ports/job-queue.js';
export type * from './ports/lesson.repository.js';
export type * from './ports/library.repository.js';
export type * from './ports/member.repository.js';
export type * from './ports/membership.repository.js';
export * from './ports/messenger.js';
export type * from './ports/moderation.repository.js';
export * from './ports/page.js';
export type * from './ports/payment.repository.js';
export type * from './ports/payment-gateway.js';
export type * from './ports/platform-account.repository.js';
export type * from './ports/ports.js';
export type * from './ports/privacy.repository.js';
export type * from './ports/profile.repository.js';
export type * from './ports/question.repository.js';
export type * from './ports/question-message.repository.js';
export type * from './ports/recent-message-store.js';
export type * from './ports/staff.repository.js';
export type * from './ports/supplier.repository.js';
export type * from './ports/text-classifier.js';
export type * from './ports/vitality.repository.js';
export * from './rules/actor.js';
export * from './rules/automod-mirror.js';
export * from './rules/directory-index.js';
export * from './rules/directory-profile.js';
export { INTRO_RESPONSE_DAYS, type IntroResponse } from './rules/intro-answer.js';
export { MAX_OPEN_PROPOSALS, PROPOSAL_REASON_MAX } from './rules/intro-proposal.js';
export { introReason, introReasonText } from './rules/intro-reason.js';
export * from './rules/knowledge-index.js';
export * from './rules/lesson-fields.js';
export * from './rules/login-url.js';
export { derivedCaseId as derivedModerationCaseId } from './rules/moderation-cases.js';
export * from './rules/moderation-decision.js';
export * from './rules/moderation-explanations.js';
export * from './rules/moderation-notice-texts.js';
export * from './rules/moderation-settings.js';
export { PROFILE_LIMITS, type ProfilePatch } from './rules/profile-fields.js';
export { canSeeProfile } from './rules/profile-visibility.js';
export * from './rules/recent-chat-key.js';
export * from './rules/secret.js';
export * from './rules/settings.js';
export * from './rules/strike-ladder.js';
export { SUPPLIER_LIMITS } from './rules/supplier-fields.js';
export * from './rules/supplier-index.js';
export * from './rules/text.js';
export type { AnnounceMissingIntrosResult } from './use-cases/announce-missing-intros.js';
export type { IntroFollowUpAnswer } from './use-cases/answer-intro-follow-up.js';
export type { ApplyLapseResult } from './use-cases/apply-lapse.js';
export type { AttachWorkspaceResult } from './use-cases/attach-workspace.js';
export type { ErasureOutcome } from './use-cases/carry-out-erasure.js';
export { type ChatMessageCheck, type ChatMessageToCheck, checkChatMessage } from './use-cases/check-chat-message.js';
export type { CreateCommunityInput, CreatedCommunity } from './use-cases/create-community.js';
export type { CreateLessonSeriesInput } from './use-cases/create-lesson-series.js';
export type { DecidedCase, DecisionDelivery } from './use-cases/decide-moderation-case.js';
export type { DataExport } from './use-cases/download-data-export.js';
export type { EndMembershipResult } from './use-cases/end-membership.js';
export type { EndorseSupplierResult } from './use-cases/endorse-supplier.js';
export {
  type ChatMessageEvent,
  type ChatModerationDeps,
  type ChatModerationResult,
  enforceChatModeration,
  memberNotice,
} from './use-cases/enforce-chat-moderation.js';
export type { FanOutSummary } from './use-cases/fan-out-summary.js';
export type { MemberSearchHit } from './use-cases/find-members.js';
export type { AdminSessionView } from './use-cases/get-admin-session.js';
export type { ApplicationDetail } from './use-cases/get-application.js';
export type { CohortFigures } from './use-cases/get-cohorts.js';
export type { Dashboard } from './use-cases/get-dashboard.js';
export type {
  DealParty,
  DealSummary,
  DealSummaryItem,
  DealTotal,
  QuarterTotal,
} from './use-cases/get-deal-summary.js';
export type { IntroFunnel } from './use-cases/get-intro-funnel.js';
export type { MatchingSchedule } from './use-cases/get-matching-schedule.js';
export type { MemberDetail } from './use-cases/get-member-detail.js';
export type { MemberName } from './use-cases/get-member-names.js';
export type { IntroductionsSetting, MemberSettings } from './use-cases/get-member-settings.js';
export type { ModerationCaseDetail } from './use-cases/get-moderation-case.js';
export type { ModerationRules } from './use-cases/get-moderation-rules.js';
export type { ProfileView } from './use-cases/get-profile.js';
export { REFERRAL_TREE_LIMIT, type Referrals } from './use-cases/get-referrals.js';
export type { SetupChecklist, SetupItem, SetupItemId } from './use-cases/get-setup-checklist.js';
export { ESSENTIAL_SETUP_ITEMS, SETUP_ITEMS } from './use-cases/get-setup-checklist.js';
export { VITALITY_MAX_DAYS, type VitalitySeries } from './use-cases/get-vitality.js';
export type { VitalityFigures } from './use-cases/get-vitality-figures.js';
export type { IntroCounterpart, IntroGroupMember, IntroListGroup, IntroListItem } from './use-cases/list-intros.js';
export type { MemberListItem } from './use-cases/list-members.js';
export { MEMBER_FILTERS, type MemberFilter } from './use-cases/list-members.js';
export { CASE_FILTERS, CASE_KINDS, type CaseFilter } from './use-cases/list-moderation-cases.js';
export { QUESTION_FILTERS, type QuestionFilter, type QueuedQuestion } from './use-cases/list-questions.js';
export type { StaffMember } from './use-cases/list-staff.js';
export type { UpcomingLesson } from './use-cases/list-upcoming-lessons.js';
export type { MemberLookup } from './use-cases/lookup-members.js';
export {
  type ModerationOutcome,
  moderateChatMessage,
  moderationCaseId,
} from './use-cases/moderate-chat-message.js';
export type { NotifyIntroResult } from './use-cases/notify-intro.js';
export type {
  NotificationContent,
  NotifyMemberInput,
  NotifyResult,
  NotifyStatus,
  Recipient,
} from './use-cases/notify-member.js';
export type { ProposalCounterpart } from './use-cases/propose-intro.js';
export {
  type ModerationReconcileResult,
  reconcileModerationActions,
} from './use-cases/reconcile-moderation-actions.js';
export { MAX_DEAL_MINOR } from './use-cases/record-deal.js';
export type { NewAdminSession } from './use-cases/redeem-login-link.js';
// Also run by the database package after its migrations, outside any core instance.
export {
  type RefreshVitalityResult,
  VITALITY_CHUNK_DAYS,
  VITALITY_HISTORY_DAYS,
} from './use-cases/refresh-vitality.js';
export { reindexDirectory } from './use-cases/reindex-directory.js';
export { reindexSuppliers } from './use-cases/reindex-suppliers.js';
export type { RenewalSummaryEntry, RenewalsDueSummary } from './use-cases/renewals-due-summary.js';
export { mentionedUserId } from './use-cases/report-member.js';
export type { ReportResult } from './use-cases/report-message.js';
export {
  type ChatActionDeps,
  type ChatActionResult,
  runChatAction,
  startChatAction,
} from './use-cases/run-chat-action.js';
export type { MatchingRoundResult } from './use-cases/run-matching-round.js';
export type { ScheduledMatchingRoundResult } from './use-cases/run-scheduled-matching-round.js';
export { DEFAULT_FOLLOW_UP_HORIZON_HOURS } from './use-cases/schedule-intro-follow-ups.js';
export type { ScheduleLessonInput } from './use-cases/schedule-lesson.js';
export { DEFAULT_REMINDER_HORIZON_HOURS } from './use-cases/schedule-lesson-reminders.js';
export { DEFAULT_RENEWAL_HORIZON_HOURS } from './use-cases/schedule-renewal-notices.js';
export type { IntroFollowUpSkipReason, SendIntroFollowUpResult } from './use-cases/send-intro-follow-up.js';
export type { ReminderSkipReason, SendReminderResult } from './use-cases/send-lesson-reminder.js';
export { caseRules } from './use-cases/send-moderation-decision.js';
export type { RenewalSkipReason, SendRenewalResult } from './use-cases/send-renewal-reminder.js';
export {
  gotLittle,
  VALUE_RECEIPT_DAYS,
  VALUE_RECEIPT_HOURS,
  type ValueReceiptResult,
} from './use-cases/send-value-receipt.js';
export { REMINDER_LEAD_LIMITS } from './use-cases/set-reminder-preferences.js';
export type { CommunitySetupProblem, SetUpCommunityInput } from './use-cases/set-up-community.js';
export { testModerationMessage } from './use-cases/test-moderation-message.js';
export type { LessonPatch } from './use-cases/update-lesson.js';
export type { MemberSettingsPatch } from './use-cases/update-member-settings.js';
