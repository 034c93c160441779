import { DateTime } from 'luxon';
import type { Application } from '../../domain/application.js';
import type { Contribution } from '../../domain/contribution.js';
import type { Deal } from '../../domain/deal.js';
import type { Introduction } from '../../domain/introduction.js';
import type { Lesson, Rsvp } from '../../domain/lesson.js';
import type { Member } from '../../domain/member.js';
import type { MembershipPeriod } from '../../domain/membership.js';
import type { Question } from '../../domain/question.js';
import {
  addLocalDays,
  type Cohort,
  type MemberYear,
  type ReferralFunnel,
  type ReferralNode,
  type ReferralStage,
  VITALITY_LONG_DAYS,
  VITALITY_SHORT_DAYS,
  type VitalityDay,
} from '../../domain/vitality.js';
import type { VitalityRepository, VitalityRules } from '../../ports/vitality.repository.js';
import { compareText, type MemoryStore } from './store.js';

const DAY = 86_400_000;

/** The daily vitality summary over the in-memory tables (the twin of the SQL one, same definitions). */
export class InMemoryVitalityRepository implements VitalityRepository {
  constructor(private readonly store: MemoryStore) {}

  private get rows() {
    return this.store.table<VitalityDay & { communityId: string }>('vitalityDays');
  }

  async summarizeDays(communityId: string, fromDay: string, toDay: string, rules: VitalityRules) {
    if (fromDay > toDay) return 0;
    const localDay = (at: Date) => DateTime.fromJSDate(at, { zone: rules.timezone }).toISODate() ?? '';
    const startOf = (day: string) => DateTime.fromISO(day, { zone: rules.timezone }).toJSDate().getTime();
    const live = new Set(
      [...this.store.table<Member>('members').values()]
        .filter((m) => m.communityId === communityId && !m.deletedAt)
        .map((m) => m.id),
    );
    const periods = [...this.store.table<MembershipPeriod>('memberships').values()].filter(
      (p) => p.communityId === communityId && live.has(p.memberId),
    );
    const gaveDays = new Map<string, Set<string>>();
    const firstGave = new Map<string, string>();
    for (const c of this.store.table<Contribution>('contributions').values()) {
      if (c.communityId !== communityId) continue;
      const d = localDay(c.at);
      const days = gaveDays.get(c.memberId) ?? new Set<string>();
      gaveDays.set(c.memberId, days.add(d));
      const first = firstGave.get(c.memberId);
      if (first === undefined || d < first) firstGave.set(c.memberId, d);
    }
    const tookDays = new Map<string, Set<string>>();
    const took = (memberId: string, at: Date) => {
      const days = tookDays.get(memberId) ?? new Set<string>();
      tookDays.set(memberId, days.add(localDay(at)));
    };
    for (const q of this.store.table<Question>('questions').values()) {
      if (q.communityId === communityId) took(q.memberId, q.createdAt);
    }
    for (const i of this.store.table<Introduction>('introductions').values()) {
      if (i.communityId !== communityId || i.status !== 'introduced' || !i.introducedAt) continue;
      took(i.memberA, i.introducedAt);
      took(i.memberB, i.introducedAt);
    }
    const lessons = this.store.table<Lesson>('lessons');
    for (const r of this.store.table<Rsvp>('rsvps').values()) {
      const lesson = lessons.get(r.lessonId);
      if (r.communityId !== communityId || r.status !== 'going' || r.attended === false) continue;
      if (!lesson || lesson.status === 'cancelled') continue;
      took(r.memberId, lesson.startsAt);
    }
    const within = (days: Set<string> | undefined, from: string, to: string) =>
      days !== undefined && [...days].some((d) => d >= from && d <= to);

    let written = 0;
    for (let day = fromDay; day <= toDay; day = addLocalDays(day, 1)) {
      const end = startOf(addLocalDays(day, 1));
      const graceEnd = end - rules.graceDays * DAY;
      const withAccess = new Set(
        periods.filter((p) => p.startsAt.getTime() < end && p.endsAt.getTime() > graceEnd).map((p) => p.memberId),
      );
      const from30 = addLocalDays(day, 1 - VITALITY_SHORT_DAYS);
      const from90 = addLocalDays(day, 1 - VITALITY_LONG_DAYS);
      let c30 = 0;
      let c90 = 0;
      let takers = 0;
      let fresh = 0;
      for (const memberId of withAccess) {
        const gave = gaveDays.get(memberId);
        const in30 = within(gave, from30, day);
        if (in30) c30 += 1;
        if (within(gave, from90, day)) c90 += 1;
        if (!in30 && within(tookDays.get(memberId), from30, day)) takers += 1;
        if (in30 && (firstGave.get(memberId) ?? '') >= from30) fresh += 1;
      }
      this.rows.set(`${communityId}|${day}`, {
        communityId,
        day,
        members: withAccess.size,
        contributors30: c30,
        contributors90: c90,
        takers30: takers,
        silent30: withAccess.size - c30 - takers,
        newContributors30: fresh,
      });
      written += 1;
    }
    return written;
  }

  async listDays(communityId: string, fromDay: string, toDay: string): Promise<VitalityDay[]> {
    return [...this.rows.values()]
      .filter((r) => r.communityId === communityId && r.day >= fromDay && r.day <= toDay)
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
      .map(({ communityId: _, ...day }) => day);
  }

  async cohorts(communityId: string, rules: VitalityRules, now: Date): Promise<Cohort[]> {
    const live = new Set(
      [...this.store.table<Member>('members').values()]
        .filter((m) => m.communityId === communityId && !m.deletedAt)
        .map((m) => m.id),
    );
    const byMember = new Map<string, MembershipPeriod[]>();
    for (const p of this.store.table<MembershipPeriod>('memberships').values()) {
      if (p.communityId !== communityId || !live.has(p.memberId)) continue;
      byMember.set(p.memberId, [...(byMember.get(p.memberId) ?? []), p]);
    }
    const gave = new Set(
      [...this.store.table<Contribution>('contributions').values()]
        .filter((c) => c.communityId === communityId)
        .map((c) => c.memberId),
    );
    const grace = rules.graceDays * DAY;
    const cohorts = new Map<string, { -readonly [K in keyof Cohort]: Cohort[K] }>();
    for (const [memberId, periods] of byMember) {
      const first = periods.reduce((a, b) =>
        b.startsAt.getTime() < a.startsAt.getTime() ||
        (b.startsAt.getTime() === a.startsAt.getTime() && b.endsAt.getTime() < a.endsAt.getTime())
          ? b
          : a,
      );
      const start = DateTime.fromJSDate(first.startsAt, { zone: rules.timezone });
      const month = start.toFormat('yyyy-MM');
      const c = cohorts.get(month) ?? {
        month,
        members: 0,
        matured: 0,
        retained: 0,
        renewalDue: 0,
        renewed: 0,
        contributed: 0,
      };
      c.members += 1;
      const checkpoint = start.plus({ months: 12 }).toJSDate().getTime() + grace;
      if (checkpoint <= now.getTime()) {
        c.matured += 1;
        if (periods.some((p) => p.startsAt.getTime() <= checkpoint && p.endsAt.getTime() + grace > checkpoint)) {
          c.retained += 1;
        }
      }
      if (first.endsAt.getTime() + grace <= now.getTime()) {
        c.renewalDue += 1;
        if (periods.some((p) => p.kind === 'renewal')) c.renewed += 1;
      }
      if (gave.has(memberId)) c.contributed += 1;
      cohorts.set(month, c);
    }
    return [...cohorts.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  }

  /** Current members' periods by member, and the earliest (start, then end) of each. */
  private firstPeriods(communityId: string) {
    const live = new Map(
      [...this.store.table<Member>('members').values()]
        .filter((m) => m.communityId === communityId && !m.deletedAt)
        .map((m) => [m.id, m] as const),
    );
    const periods = new Map<string, MembershipPeriod[]>();
    for (const p of this.store.table<MembershipPeriod>('memberships').values()) {
      if (p.communityId !== communityId || !live.has(p.memberId)) continue;
      periods.set(p.memberId, [...(periods.get(p.memberId) ?? []), p]);
    }
    return { live, periods };
  }

  async referralFunnel(communityId: string, rules: VitalityRules, now: Date): Promise<ReferralFunnel> {
    const { periods } = this.firstPeriods(communityId);
    const stage = () => ({ applied: 0, approved: 0, paid: 0, renewalDue: 0, renewed: 0 });
    const funnel: { referred: { -readonly [K in keyof ReferralStage]: number }; direct: typeof funnel.referred } = {
      referred: stage(),
      direct: stage(),
    };
    for (const a of this.store.table<Application>('applications').values()) {
      if (a.communityId !== communityId) continue;
      const s = a.referrerMemberId ? funnel.referred : funnel.direct;
      s.applied += 1;
      if (a.status !== 'approved') continue;
      s.approved += 1;
      const own = a.memberId ? periods.get(a.memberId) : undefined;
      if (!own || own.length === 0) continue;
      s.paid += 1;
      const first = own.reduce((x, y) =>
        y.startsAt.getTime() < x.startsAt.getTime() ||
        (y.startsAt.getTime() === x.startsAt.getTime() && y.endsAt.getTime() < x.endsAt.getTime())
          ? y
          : x,
      );
      if (first.endsAt.getTime() + rules.graceDays * DAY > now.getTime()) continue;
      s.renewalDue += 1;
      if (own.some((p) => p.kind === 'renewal')) s.renewed += 1;
    }
    return funnel;
  }

  async referralTree(communityId: string, limit: number): Promise<ReferralNode[]> {
    const { live } = this.firstPeriods(communityId);
    const earliest = new Map<string, Application>();
    const when = (a: Application) => (a.decidedAt ?? a.submittedAt).getTime();
    for (const a of this.store.table<Application>('applications').values()) {
      if (a.communityId !== communityId || a.status !== 'approved' || !a.memberId) continue;
      const seen = earliest.get(a.memberId);
      if (!seen || when(a) < when(seen) || (when(a) === when(seen) && a.id < seen.id)) earliest.set(a.memberId, a);
    }
    const parent = new Map<string, string>();
    const children = new Map<string, string[]>();
    for (const [memberId, a] of earliest) {
      const referrer = a.referrerMemberId;
      if (!referrer || referrer === memberId || !live.has(memberId) || !live.has(referrer)) continue;
      parent.set(memberId, referrer);
      children.set(referrer, [...(children.get(referrer) ?? []), memberId]);
    }
    const points = new Map<string, number>();
    for (const c of this.store.table<Contribution>('contributions').values()) {
      if (c.communityId === communityId) points.set(c.memberId, (points.get(c.memberId) ?? 0) + c.points);
    }
    const nodes: ReferralNode[] = [];
    const count = (id: string): number => (children.get(id) ?? []).reduce((n, child) => n + 1 + count(child), 0);
    const walk = (id: string, referrerId: string | null, depth: number) => {
      const brought = children.get(id) ?? [];
      nodes.push({
        memberId: id,
        displayName: live.get(id)?.displayName ?? '',
        referrerId,
        depth,
        brought: brought.length,
        descendants: count(id),
        points: points.get(id) ?? 0,
      });
      for (const child of brought) walk(child, id, depth + 1);
    };
    for (const root of children.keys()) if (!parent.has(root)) walk(root, null, 0);
    return nodes
      .sort(
        (a, b) =>
          a.depth - b.depth ||
          b.descendants - a.descendants ||
          (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0),
      )
      .slice(0, Math.max(0, Math.trunc(limit)));
  }

  async memberYear(communityId: string, memberId: string, from: Date, to: Date): Promise<MemberYear> {
    const within = (at: Date | null) => at !== null && at.getTime() >= from.getTime() && at.getTime() < to.getTime();
    const members = this.store.table<Member>('members');
    const lessons = this.store.table<Lesson>('lessons');
    const lessonsAttended = [...this.store.table<Rsvp>('rsvps').values()].filter((r) => {
      const lesson = lessons.get(r.lessonId);
      return (
        r.communityId === communityId &&
        r.memberId === memberId &&
        r.status === 'going' &&
        r.attended !== false &&
        lesson !== undefined &&
        lesson.status !== 'cancelled' &&
        within(lesson.startsAt)
      );
    }).length;
    const answered = [...this.store.table<Question>('questions').values()].filter(
      (q) => q.communityId === communityId && q.memberId === memberId && within(q.answeredAt),
    );
    const answeredBy = [
      ...new Set(
        answered
          .map((q) => (q.answeredBy ? members.get(q.answeredBy)?.displayName : undefined))
          .filter((name): name is string => name !== undefined),
      ),
    ]
      .sort(compareText)
      .slice(0, 5);
    const introductions = [...this.store.table<Introduction>('introductions').values()].filter(
      (i) =>
        i.communityId === communityId &&
        i.status === 'introduced' &&
        (i.memberA === memberId || i.memberB === memberId) &&
        within(i.introducedAt),
    ).length;
    const totals = new Map<string, { currency: string; amountMinor: number; count: number }>();
    for (const d of this.store.table<Deal>('deals').values()) {
      if (d.communityId !== communityId || !within(d.closedAt)) continue;
      if (d.recordedBy !== memberId && d.counterpartId !== memberId) continue;
      const t = totals.get(d.currency) ?? { currency: d.currency, amountMinor: 0, count: 0 };
      totals.set(d.currency, { ...t, amountMinor: t.amountMinor + d.amountMinor, count: t.count + 1 });
    }
    const given = [...this.store.table<Contribution>('contributions').values()].filter(
      (c) => c.communityId === communityId && c.memberId === memberId && within(c.at),
    );
    return {
      lessonsAttended,
      questionsAnswered: answered.length,
      answeredBy,
      introductions,
      deals: [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0)),
      contributions: given.length,
      points: given.reduce((n, c) => n + c.points, 0),
    };
  }

  async lastDay(communityId: string): Promise<string | null> {
    let last: string | null = null;
    for (const r of this.rows.values()) {
      if (r.communityId === communityId && (last === null || r.day > last)) last = r.day;
    }
    return last;
  }
}
