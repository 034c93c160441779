import { DateTime } from 'luxon';
import type { Application } from '../../domain/application.js';
import type { Contribution } from '../../domain/contribution.js';
import type { Deal } from '../../domain/deal.js';
import type { Introduction } from '../../domain/introduction.js';
import type { Lesson, Rsvp } from '../../domain/lesson.js';
import type { Member } from '../../domain/member.js';
import type { MembershipPeriod } from '../../domain/membership.js';
import { profileIsEmpty } from '../../domain/onboarding.js';
import type { Profile } from '../../domain/profile.js';
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
import {
  ACTIVATION_COHORT_DAYS,
  ACTIVATION_DAYS,
  type Activation,
  AT_RISK_RENEWAL_DAYS,
  AT_RISK_SILENT_DAYS,
  type AtRisk,
  addLocalMonths,
  type DealQuarter,
  type IntroducerDeals,
  type MonthCount,
  quarterOf,
} from '../../domain/vitality-figures.js';
import type { AccessStart, LateEvents, VitalityRepository, VitalityRules } from '../../ports/vitality.repository.js';
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
      this.finals.delete(`${communityId}|${day}`);
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

  async atRisk(communityId: string, rules: VitalityRules, now: Date): Promise<AtRisk> {
    const t = now.getTime();
    const grace = rules.graceDays * DAY;
    const live = new Set(
      [...this.store.table<Member>('members').values()]
        .filter((m) => m.communityId === communityId && !m.deletedAt)
        .map((m) => m.id),
    );
    const latest = new Map<string, { access: boolean; start: number; end: number }>();
    for (const p of this.store.table<MembershipPeriod>('memberships').values()) {
      if (p.communityId !== communityId || !live.has(p.memberId)) continue;
      const s = p.startsAt.getTime();
      const e = p.endsAt.getTime();
      const was = latest.get(p.memberId);
      const access = (was?.access ?? false) || (s <= t && e + grace > t);
      const later = !was || e > was.end || (e === was.end && s > was.start);
      latest.set(p.memberId, later ? { access, start: s, end: e } : { ...was, access });
    }
    const withAccess = [...latest.entries()].filter(([, l]) => l.access);
    const points = new Map<string, number>();
    const lastGave = new Map<string, number>();
    const lastTook = new Map<string, number>();
    const later = (map: Map<string, number>, id: string, at: number) => {
      if (at > (map.get(id) ?? Number.NEGATIVE_INFINITY)) map.set(id, at);
    };
    for (const c of this.store.table<Contribution>('contributions').values()) {
      if (c.communityId !== communityId) continue;
      points.set(c.memberId, (points.get(c.memberId) ?? 0) + c.points);
      later(lastGave, c.memberId, c.at.getTime());
    }
    for (const q of this.store.table<Question>('questions').values()) {
      if (q.communityId === communityId) later(lastTook, q.memberId, q.createdAt.getTime());
    }
    for (const i of this.store.table<Introduction>('introductions').values()) {
      if (i.communityId !== communityId || i.status !== 'introduced' || !i.introducedAt) continue;
      later(lastTook, i.memberA, i.introducedAt.getTime());
      later(lastTook, i.memberB, i.introducedAt.getTime());
    }
    const lessons = this.store.table<Lesson>('lessons');
    for (const r of this.store.table<Rsvp>('rsvps').values()) {
      const lesson = lessons.get(r.lessonId);
      if (r.communityId !== communityId || r.status !== 'going' || r.attended === false) continue;
      if (!lesson || lesson.status === 'cancelled' || lesson.startsAt.getTime() > t) continue;
      later(lastTook, r.memberId, lesson.startsAt.getTime());
    }
    const contributors = withAccess.filter(([id]) => lastGave.has(id)).map(([id]) => id);
    const quarter = Math.ceil(contributors.length / 4);
    const silentContributors = contributors.filter((id) => {
      const mine = points.get(id) ?? 0;
      const rank = 1 + contributors.filter((other) => (points.get(other) ?? 0) > mine).length;
      return rank <= quarter && (lastGave.get(id) ?? 0) < t - AT_RISK_SILENT_DAYS * DAY;
    }).length;
    const renewalsWithoutActivity = withAccess.filter(
      ([id, l]) =>
        l.end <= t + AT_RISK_RENEWAL_DAYS * DAY &&
        !((lastGave.get(id) ?? Number.NEGATIVE_INFINITY) >= l.start) &&
        !((lastTook.get(id) ?? Number.NEGATIVE_INFINITY) >= l.start),
    ).length;
    return { silentContributors, renewalsWithoutActivity };
  }

  async newContributorsByMonth(
    communityId: string,
    rules: VitalityRules,
    fromMonth: string,
    toMonth: string,
  ): Promise<MonthCount[]> {
    const month = /^\d{4}-(0[1-9]|1[0-2])$/;
    if (!month.test(fromMonth) || !month.test(toMonth) || fromMonth > toMonth) return [];
    const live = new Set(
      [...this.store.table<Member>('members').values()]
        .filter((m) => m.communityId === communityId && !m.deletedAt)
        .map((m) => m.id),
    );
    const first = new Map<string, Date>();
    for (const c of this.store.table<Contribution>('contributions').values()) {
      if (c.communityId !== communityId || !live.has(c.memberId)) continue;
      const was = first.get(c.memberId);
      if (!was || c.at < was) first.set(c.memberId, c.at);
    }
    const counts = new Map<string, number>();
    for (const at of first.values()) {
      const m = DateTime.fromJSDate(at, { zone: rules.timezone }).toFormat('yyyy-MM');
      counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    const out: MonthCount[] = [];
    for (let m = fromMonth; m <= toMonth; m = addLocalMonths(m, 1)) out.push({ month: m, count: counts.get(m) ?? 0 });
    return out;
  }

  async dealsByQuarter(communityId: string, rules: VitalityRules, fromDay: string, toDay: string) {
    const startOf = (day: string) => DateTime.fromISO(day, { zone: rules.timezone }).toJSDate().getTime();
    const lo = startOf(fromDay);
    const hi = startOf(addLocalDays(toDay, 1));
    const groups = new Map<string, DealQuarter>();
    for (const d of this.store.table<Deal>('deals').values()) {
      const at = d.closedAt.getTime();
      if (d.communityId !== communityId || at < lo || at >= hi) continue;
      const quarter = quarterOf(DateTime.fromJSDate(d.closedAt, { zone: rules.timezone }).toISODate() ?? '');
      const key = `${quarter}|${d.currency}`;
      const was = groups.get(key) ?? { quarter, currency: d.currency, count: 0, amountMinor: 0 };
      groups.set(key, { ...was, count: was.count + 1, amountMinor: was.amountMinor + d.amountMinor });
    }
    return [...groups.values()].sort((a, b) =>
      compareText(a.quarter, b.quarter) !== 0 ? compareText(a.quarter, b.quarter) : compareText(a.currency, b.currency),
    );
  }

  async dealsByIntroducer(communityId: string, rules: VitalityRules, fromDay: string, toDay: string, limit: number) {
    const startOf = (day: string) => DateTime.fromISO(day, { zone: rules.timezone }).toJSDate().getTime();
    const lo = startOf(fromDay);
    const hi = startOf(addLocalDays(toDay, 1));
    const intros = this.store.table<Introduction>('introductions');
    const groups = new Map<string, IntroducerDeals>();
    const totals = new Map<string, number>();
    for (const d of this.store.table<Deal>('deals').values()) {
      const at = d.closedAt.getTime();
      if (d.communityId !== communityId || at < lo || at >= hi || !d.introductionId) continue;
      const intro = intros.get(d.introductionId);
      if (!intro || intro.communityId !== communityId) continue;
      const introducerId = intro.introducerId ?? null;
      if (introducerId === null && intro.roundId === null) continue;
      const key = `${introducerId ?? ''}|${d.currency}`;
      const was = groups.get(key) ?? { introducerId, currency: d.currency, count: 0, amountMinor: 0 };
      groups.set(key, { ...was, count: was.count + 1, amountMinor: was.amountMinor + d.amountMinor });
      if (introducerId !== null) totals.set(introducerId, (totals.get(introducerId) ?? 0) + 1);
    }
    const top = [...totals.entries()]
      .sort(([a, x], [b, y]) => y - x || compareText(a, b))
      .slice(0, Math.max(0, limit))
      .map(([id]) => id);
    const rank = new Map(top.map((id, i) => [id, i]));
    const order = (r: IntroducerDeals) => (r.introducerId === null ? top.length : (rank.get(r.introducerId) ?? -1));
    return [...groups.values()]
      .filter((r) => order(r) >= 0)
      .sort((a, b) => order(a) - order(b) || compareText(a.currency, b.currency));
  }

  async activation(communityId: string, now: Date): Promise<Activation> {
    const hi = now.getTime() - ACTIVATION_DAYS * DAY;
    const lo = hi - ACTIVATION_COHORT_DAYS * DAY;
    const starts = await this.accessStarts(communityId, new Date(lo), new Date(hi), null, Number.MAX_SAFE_INTEGER);
    const profiles = this.store.table<Profile>('profiles');
    const lessons = this.store.table<Lesson>('lessons');
    let activated = 0;
    for (const { memberId, startsAt } of starts) {
      const from = startsAt.getTime();
      const to = from + ACTIVATION_DAYS * DAY;
      const inWindow = (at: Date | null) => at !== null && at.getTime() >= from && at.getTime() < to;
      const profile = [...profiles.values()].find((p) => p.communityId === communityId && p.memberId === memberId);
      if (profileIsEmpty(profile ?? null)) continue;
      const did =
        [...this.store.table<Contribution>('contributions').values()].some(
          (c) => c.communityId === communityId && c.memberId === memberId && inWindow(c.at),
        ) ||
        [...this.store.table<Question>('questions').values()].some(
          (q) => q.communityId === communityId && q.memberId === memberId && inWindow(q.createdAt),
        ) ||
        [...this.store.table<Introduction>('introductions').values()].some(
          (i) =>
            i.communityId === communityId &&
            i.status === 'introduced' &&
            (i.memberA === memberId || i.memberB === memberId) &&
            inWindow(i.introducedAt),
        ) ||
        [...this.store.table<Rsvp>('rsvps').values()].some((r) => {
          const lesson = lessons.get(r.lessonId);
          return (
            r.communityId === communityId &&
            r.memberId === memberId &&
            r.status === 'going' &&
            r.attended !== false &&
            lesson !== undefined &&
            lesson.status !== 'cancelled' &&
            inWindow(lesson.startsAt)
          );
        });
      if (did) activated += 1;
    }
    return { newMembers: starts.length, activated };
  }

  async accessStarts(
    communityId: string,
    from: Date,
    to: Date,
    after: AccessStart | null,
    limit: number,
  ): Promise<AccessStart[]> {
    const members = this.store.table<Member>('members');
    const first = new Map<string, Date>();
    for (const p of this.store.table<MembershipPeriod>('memberships').values()) {
      if (p.communityId !== communityId) continue;
      const was = first.get(p.memberId);
      if (!was || p.startsAt < was) first.set(p.memberId, p.startsAt);
    }
    const key = (s: AccessStart) => [s.startsAt.getTime(), s.memberId] as const;
    const later = (a: AccessStart, b: AccessStart) => {
      const [at, am] = key(a);
      const [bt, bm] = key(b);
      return at !== bt ? at > bt : compareText(am, bm) > 0;
    };
    return [...first.entries()]
      .map(([memberId, startsAt]) => ({ memberId, startsAt }))
      .filter((s) => {
        const member = members.get(s.memberId);
        if (!member || member.deletedAt) return false;
        if (s.startsAt < from || s.startsAt >= to) return false;
        return after === null || later(s, after);
      })
      .sort((a, b) => (later(a, b) ? 1 : later(b, a) ? -1 : 0))
      .slice(0, Math.max(0, limit));
  }

  async lastDay(communityId: string): Promise<string | null> {
    let last: string | null = null;
    for (const r of this.rows.values()) {
      if (r.communityId === communityId && (last === null || r.day > last)) last = r.day;
    }
    return last;
  }

  /** Final days (`communityId|day`): the twin of the `final` column. */
  private get finals() {
    return this.store.table<true>('vitalityFinalDays');
  }

  /**
   * Late events per club. Nothing here records them (PostgreSQL's triggers do): a test marks them with
   * `markLateEvent`, the twin of an event recorded after its day.
   */
  private get late() {
    return this.store.table<LateEvents>('vitalityLateEvents');
  }

  markLateEvent(communityId: string, at: Date, markedAt: Date): void {
    const seen = this.late.get(communityId);
    this.late.set(communityId, { since: seen && seen.since < at ? seen.since : at, markedAt });
  }

  async lastFinalDay(communityId: string): Promise<string | null> {
    let last: string | null = null;
    for (const r of this.rows.values()) {
      if (r.communityId !== communityId || !this.finals.has(`${communityId}|${r.day}`)) continue;
      if (last === null || r.day > last) last = r.day;
    }
    return last;
  }

  async markFinal(communityId: string, fromDay: string, toDay: string): Promise<void> {
    for (const r of this.rows.values()) {
      if (r.communityId === communityId && r.day >= fromDay && r.day <= toDay) {
        this.finals.set(`${communityId}|${r.day}`, true);
      }
    }
  }

  async lateEvents(communityId: string): Promise<LateEvents | null> {
    return this.late.get(communityId) ?? null;
  }

  async clearLateEvents(communityId: string, seen: LateEvents): Promise<void> {
    const now = this.late.get(communityId);
    if (now && now.markedAt.getTime() === seen.markedAt.getTime() && now.since.getTime() >= seen.since.getTime()) {
      this.late.delete(communityId);
    }
  }
}
