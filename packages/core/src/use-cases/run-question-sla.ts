import { type Question, SLA_STAGE_FACTOR, SLA_STAGES, type SlaStage } from '../domain/question.js';
import { DomainError } from '../errors/domain-error.js';
import { formatDateTime } from '../i18n/format-date-time.js';
import { type Catalogue, translate } from '../i18n/translate.js';
import type { Ports, Uow } from '../ports/ports.js';
import { type Actor, requireRole } from '../rules/actor.js';
import { loadCommunity } from '../rules/load.js';
import { notifyMember } from './notify-member.js';

const texts = {
  remindTitle: { en: 'A question is waiting past the response time', 'zh-CN': '有提问已超过响应时效' },
  remindText: {
    en: 'A member asked {asked}; the club promises an answer within {hours} h. Answer it with /answer.',
    'zh-CN': '会员于 {asked} 提问，社群承诺 {hours} 小时内回复。请用 /answer 回答。',
  },
  escalateTitle: {
    en: 'A question has waited twice the response time',
    'zh-CN': '有提问已等待超过两倍响应时效',
  },
  escalateText: {
    en: 'A member asked {asked} and still has no answer (promise: {hours} h). {claim}',
    'zh-CN': '会员于 {asked} 提问，至今未获回复（承诺 {hours} 小时）。{claim}',
  },
  unclaimed: { en: 'No coach has claimed it.', 'zh-CN': '尚无导师认领。' },
  claimed: { en: 'A coach claimed it but has not answered.', 'zh-CN': '已有导师认领但尚未回答。' },
  question: { en: 'Question', 'zh-CN': '提问' },
} as const satisfies Catalogue;

const HOUR_MS = 3_600_000;
const CHUNK = 200;
/** The question is context in a DM field (1024 characters on Discord). */
const PREVIEW = 900;

export interface QuestionSlaResult {
  readonly reminded: number;
  readonly escalated: number;
  /** Messages that failed for a reason worth retrying: their question is left unmarked for the next run. */
  readonly retry: number;
}

/** The delivery key of one stage's message about one question to one staff member: sent at most once. */
export function questionSlaKey(stage: SlaStage, questionId: string, memberId: string): string {
  return `question-sla:${stage}:${questionId}:${memberId}`;
}

/**
 * The response-time promise, run periodically per club: a question still waiting at the club's
 * `questionSlaHours` reminds its assignee (the claiming coach, or every coach while unclaimed; the owners if the
 * club has no coach); at twice that, the owners are told. Each stage goes out once per question and person
 * (delivery keys), and a question is marked when its stage is done so later runs skip it. Reads in keyset chunks.
 */
export async function runQuestionSla(
  deps: Uow<'accounts' | 'communities' | 'deliveries' | 'members' | 'questions' | 'staff'> &
    Pick<Ports, 'clock' | 'messenger'>,
  input: { readonly actor: Actor; readonly communityId: string },
): Promise<QuestionSlaResult> {
  // A job's work: nobody should be able to re-send staff reminders from a chat or the panel.
  if (input.actor.kind !== 'system') throw new DomainError('auth.forbidden');
  requireRole(input.actor, input.communityId, []);
  const now = deps.clock.now();
  const { community, staff } = await deps.uow.run(async (repos) => ({
    community: await loadCommunity(repos, input.communityId),
    staff: await repos.staff.list(input.communityId),
  }));
  const hours = community.settings.questionSlaHours;
  const holders = (role: string) => [...new Set(staff.filter((s) => s.role === role).map((s) => s.memberId))];
  const owners = holders('owner');
  const coaches = holders('coach');
  const counts = { remind: 0, escalate: 0, retry: 0 };

  for (const stage of SLA_STAGES) {
    const bound = new Date(now.getTime() - SLA_STAGE_FACTOR[stage] * hours * HOUR_MS);
    let after: Question | null = null;
    for (;;) {
      const cursor: Question | null = after;
      const due: Question[] = await deps.uow.run((repos) =>
        repos.questions.listSlaDue(community.id, stage, bound, cursor, CHUNK),
      );
      if (due.length === 0) break;
      const done: string[] = [];
      for (const question of due) {
        const recipients =
          stage === 'escalate'
            ? owners
            : question.claimedBy
              ? [question.claimedBy]
              : coaches.length > 0
                ? coaches
                : owners;
        let failed = false;
        for (const memberId of recipients) {
          try {
            await notifyMember(deps, {
              communityId: community.id,
              memberId,
              key: questionSlaKey(stage, question.id, memberId),
              kind: stage === 'remind' ? 'question.sla_reminder' : 'question.sla_escalation',
              message: ({ locale, timezone }) => {
                const params = {
                  asked: formatDateTime(question.createdAt, timezone, locale),
                  hours,
                  claim: translate(texts, locale, question.claimedBy ? 'claimed' : 'unclaimed'),
                };
                const body = [...question.body];
                return {
                  title: translate(texts, locale, stage === 'remind' ? 'remindTitle' : 'escalateTitle'),
                  text: translate(texts, locale, stage === 'remind' ? 'remindText' : 'escalateText', params),
                  fields: [
                    {
                      name: translate(texts, locale, 'question'),
                      value: body.length > PREVIEW ? `${body.slice(0, PREVIEW).join('')}…` : question.body,
                    },
                  ],
                };
              },
            });
          } catch {
            failed = true;
          }
        }
        if (failed) counts.retry += 1;
        else {
          done.push(question.id);
          counts[stage] += 1;
        }
      }
      if (done.length > 0) await deps.uow.run((repos) => repos.questions.markSlaSent(community.id, done, stage, now));
      after = due[due.length - 1] ?? null;
      if (due.length < CHUNK) break;
    }
  }
  return { reminded: counts.remind, escalated: counts.escalate, retry: counts.retry };
}
