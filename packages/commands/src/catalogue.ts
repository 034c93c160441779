import { answerCommand } from './commands/answer.command.js';
import { appealCommand } from './commands/appeal.command.js';
import { applyCommand } from './commands/apply.command.js';
import { askCommand } from './commands/ask.command.js';
import { dealCommand } from './commands/deal.command.js';
import { faqCommand } from './commands/faq.command.js';
import { findCommand } from './commands/find.command.js';
import { introsCommand } from './commands/intros.command.js';
import { leaderboardCommand } from './commands/leaderboard.command.js';
import { lessonsCommand } from './commands/lessons.command.js';
import { libraryCommand } from './commands/library.command.js';
import { linkCommand } from './commands/link.command.js';
import { meCommand } from './commands/me.command.js';
import { modCommand } from './commands/mod.command.js';
import { privacyCommand } from './commands/privacy.command.js';
import { profileCommand } from './commands/profile.command.js';
import { questionsCommand } from './commands/questions.command.js';
import { renewCommand } from './commands/renew.command.js';
import { reportCommand } from './commands/report.command.js';
import { reportMemberCommand } from './commands/report-member.command.js';
import { reviewCommand } from './commands/review.command.js';
import { saveCommand } from './commands/save.command.js';
import { settingsCommand } from './commands/settings.command.js';
import { suppliersCommand } from './commands/suppliers.command.js';
import type { CommandDefinition } from './definition.js';

/** Every command, in the order menus show them. Adding a command means adding it here. */
export const catalogue: readonly CommandDefinition[] = [
  applyCommand,
  meCommand,
  renewCommand,
  settingsCommand,
  linkCommand,
  profileCommand,
  findCommand,
  askCommand,
  questionsCommand,
  faqCommand,
  libraryCommand,
  lessonsCommand,
  introsCommand,
  dealCommand,
  suppliersCommand,
  leaderboardCommand,
  privacyCommand,
  appealCommand,
  reportCommand,
  saveCommand,
  reportMemberCommand,
  reviewCommand,
  answerCommand,
  modCommand,
];
