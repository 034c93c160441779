import { NAV } from '../components/layout.js';
import { useI18n } from '../i18n/i18n.js';
import { useLocation } from '../router/router.js';
import { can, useSession } from '../session/session.js';
import { ApplicationDetailScreen } from './application-detail.screen.js';
import { ApplicationsScreen } from './applications.screen.js';
import { AuditScreen } from './audit.screen.js';
import { BillingScreen } from './billing.screen.js';
import { CaseDetailScreen } from './case-detail.screen.js';
import { CasesScreen } from './cases.screen.js';
import { DashboardScreen } from './dashboard.screen.js';
import { FaqScreen } from './faq.screen.js';
import { IntroductionsScreen } from './introductions.screen.js';
import { LessonDetailScreen } from './lesson-detail.screen.js';
import { LessonFormScreen } from './lesson-form.screen.js';
import { LessonSeriesFormScreen } from './lesson-series-form.screen.js';
import { LessonsScreen } from './lessons.screen.js';
import { LibraryScreen } from './library.screen.js';
import { MemberDetailScreen } from './member-detail.screen.js';
import { MembersScreen } from './members.screen.js';
import { ModerationRulesScreen } from './moderation-rules.screen.js';
import { QuestionsScreen } from './questions.screen.js';
import { ReceiptScreen } from './receipt.screen.js';
import { SettingsScreen } from './settings.screen.js';
import { StaffScreen } from './staff.screen.js';
import { SuppliersScreen } from './suppliers.screen.js';

const ID = '([0-9a-fA-F-]{36})';

/** Picks the screen for the current path (a panel path the session's roles allow). */
export function Screen() {
  const { t } = useI18n();
  const session = useSession();
  const { path } = useLocation();
  const section = `/${path.split('/')[1] ?? ''}`;
  const item = NAV.find((n) => n.to === section);
  if (!item || !can(session, item.roles)) {
    return <p className="card">{t('app.notFound')}</p>;
  }
  const detail = (prefix: string) => new RegExp(`^${prefix}/${ID}$`).exec(path)?.[1];
  const applicationId = detail('/applications');
  if (applicationId) return <ApplicationDetailScreen key={applicationId} id={applicationId} />;
  const memberId = detail('/members');
  if (memberId) return <MemberDetailScreen key={memberId} id={memberId} />;
  const caseId = detail('/cases');
  if (caseId) return <CaseDetailScreen key={caseId} id={caseId} />;
  const lessonId = detail('/lessons');
  if (lessonId) return <LessonDetailScreen key={lessonId} id={lessonId} />;
  const receiptId = detail('/billing/receipts');
  if (receiptId) return <ReceiptScreen key={receiptId} id={receiptId} />;
  switch (path) {
    case '/':
      return <DashboardScreen />;
    case '/applications':
      return <ApplicationsScreen />;
    case '/members':
      return <MembersScreen />;
    case '/questions':
      return <QuestionsScreen />;
    case '/faq':
      return <FaqScreen />;
    case '/library':
      return <LibraryScreen />;
    case '/audit':
      return <AuditScreen />;
    case '/settings':
      return <SettingsScreen />;
    case '/staff':
      return <StaffScreen />;
    case '/billing':
      return <BillingScreen />;
    case '/lessons':
      return <LessonsScreen />;
    case '/lessons/new':
      return <LessonFormScreen />;
    case '/lessons/new-series':
      return <LessonSeriesFormScreen />;
    case '/introductions':
      return <IntroductionsScreen />;
    case '/suppliers':
      return <SuppliersScreen />;
    case '/cases':
      return <CasesScreen />;
    case '/cases/rules':
      return <ModerationRulesScreen />;
    default:
      return <p className="card">{t('app.notFound')}</p>;
  }
}
