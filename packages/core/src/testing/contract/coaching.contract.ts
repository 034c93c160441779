import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '../../domain/faq.js';
import type { LibraryEntry } from '../../domain/library.js';
import type { Question } from '../../domain/question.js';
import { randomIds } from '../../ports/ids.js';
import { pageRequest } from '../../ports/page.js';
import { knowledgeQuery } from '../../rules/knowledge-index.js';
import { openContractClub } from './contract-club.js';
import type { ContractSubject } from './repositories.contract.js';

const HOUR = 3_600_000;
const utc = (iso: string) => new Date(iso);

/**
 * The coaching queries: the response-time job's due list per stage (keyset chunks, marks), and the monthly
 * figures with percentiles computed like PostgreSQL's `percentile_cont` on a fixed set with ties, months
 * cut in the club's timezone.
 */
export function describeCoachingContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`coaching queries: ${name}`, () => {
    const { repos, club, member, question } = openContractClub(open, {
      slugPrefix: 'coach',
      name: 'Coaching 答疑',
      questionBody: '怎么定价？ <b>hi</b>',
    });

    it('lists waiting questions due for a stage in keyset chunks and skips those marked', async () => {
      const c = await club();
      const m = await member(c);
      const t0 = utc('2026-03-01T00:00:00Z');
      const qs = [0, 1, 1, 2, 5].map((h) => question(c, m, new Date(t0.getTime() + h * HOUR)));
      const answered = question(c, m, t0, { status: 'answered', answer: 'a', answeredAt: t0 });
      const claimed = question(c, m, t0, { status: 'claimed', claimedBy: m });
      for (const q of [...qs, answered, claimed]) await repos.questions.create(q);
      const other = await club();
      await repos.questions.create(question(other, await member(other), t0));

      const bound = new Date(t0.getTime() + 2 * HOUR);
      const first = await repos.questions.listSlaDue(c, 'remind', bound, null, 3);
      const ids = (list: readonly Question[]) => list.map((q) => q.id);
      const ordered = [...qs.slice(0, 4), claimed].sort(
        (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
      expect(ids(first)).toEqual(ids(ordered.slice(0, 3)));
      const last = first[2] as Question;
      const rest = await repos.questions.listSlaDue(c, 'remind', bound, last, 3);
      expect(ids(rest)).toEqual(ids(ordered.slice(3)));

      const at = utc('2026-03-02T00:00:00Z');
      await repos.questions.markSlaSent(c, ids(first), 'remind', at);
      // A mark in another club's name changes nothing.
      await repos.questions.markSlaSent(other, ids(rest), 'remind', at);
      expect(ids(await repos.questions.listSlaDue(c, 'remind', bound, null, 10))).toEqual(ids(rest));
      expect(ids(await repos.questions.listSlaDue(c, 'escalate', bound, null, 10))).toEqual(ids(ordered));
      expect((await repos.questions.get(c, last.id))?.slaRemindedAt).toEqual(at);
      expect((await repos.questions.get(c, last.id))?.slaEscalatedAt).toBeNull();
      await repos.questions.markSlaSent(c, [], 'escalate', at);
    });

    it('computes monthly percentiles with ties, satisfaction and counts in the club’s timezone', async () => {
      const c = await club();
      const ann = await member(c);
      const bo = await member(c);
      const tz = 'Asia/Shanghai';
      // 2026-02-28 16:30 UTC is 1 March 00:30 in Shanghai: a March question.
      const base = utc('2026-02-28T16:30:00Z');
      const plus = (h: number) => new Date(base.getTime() + h * HOUR);
      const answered = (who: string, firstH: number, resolveH: number | null, rating: number | null) =>
        question(c, who, base, {
          status: resolveH === null ? 'answered' : 'closed',
          answer: 'ok',
          answeredAt: plus(firstH),
          resolvedAt: resolveH === null ? null : plus(resolveH),
          rating,
        });
      const march = [
        answered(ann, 1, 3, 5),
        answered(ann, 2, 3, 4),
        answered(bo, 2, 5, 4),
        answered(bo, 2, 20, null),
        answered(ann, 10, null, null),
        question(c, bo, plus(5)),
      ];
      // 31 March 17:00 UTC is 1 April 01:00 in Shanghai.
      const april = question(c, ann, utc('2026-03-31T17:00:00Z'), { status: 'claimed', claimedBy: bo });
      const before = question(c, ann, utc('2026-01-15T00:00:00Z'));
      for (const q of [...march, april, before]) await repos.questions.create(q);

      const months = await repos.questions.coachingMonths(
        c,
        utc('2026-02-28T16:00:00Z'),
        utc('2026-04-30T16:00:00Z'),
        tz,
      );
      const rounded = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
      expect(
        months.map((m) => ({
          ...m,
          firstResponseP50: rounded(m.firstResponseP50),
          firstResponseP90: rounded(m.firstResponseP90),
          resolutionP50: rounded(m.resolutionP50),
          resolutionP90: rounded(m.resolutionP90),
          satisfaction: rounded(m.satisfaction),
        })),
      ).toEqual([
        {
          month: '2026-03',
          asked: 6,
          askers: 2,
          answered: 5,
          unanswered: 1,
          // First answers after 1, 2, 2, 2, 10 h: the median is a tie, the 90th percentile interpolates.
          firstResponseP50: 2 * 3600,
          firstResponseP90: 6.8 * 3600,
          // Resolved after 3, 3, 5, 20 h.
          resolutionP50: 4 * 3600,
          resolutionP90: 15.5 * 3600,
          ratings: 3,
          satisfaction: rounded(13 / 3),
        },
        {
          month: '2026-04',
          asked: 1,
          askers: 1,
          answered: 0,
          unanswered: 1,
          firstResponseP50: null,
          firstResponseP90: null,
          resolutionP50: null,
          resolutionP90: null,
          ratings: 0,
          satisfaction: null,
        },
      ]);
      expect(await repos.questions.coachingMonths(await club(), base, plus(1000), tz)).toEqual([]);
    });

    it('searches the FAQ in Chinese and English, closest first, one entry per question, club by club', async () => {
      const c = await club();
      const m = await member(c);
      const q = question(c, m, utc('2026-03-01T00:00:00Z'), { status: 'closed', answer: 'a' });
      await repos.questions.create(q);
      const entry = (text: string, answer: string, at: string, questionId: string | null = null): FaqEntry => ({
        id: randomIds.id(),
        communityId: c,
        questionId,
        question: text,
        answer,
        answeredBy: m,
        publishedBy: null,
        publishedAt: utc(at),
        updatedAt: utc(at),
      });
      const freight = entry(
        '跨境物流怎么选货代？',
        'Compare three freight forwarders 比较三家货代',
        '2026-03-02T00:00:00Z',
        q.id,
      );
      const pricing = entry('How do I price a first container?', '先小批量试单，按价值定价。', '2026-03-03T00:00:00Z');
      const hostile = entry('<script>alert(1)</script> @everyone 定价', '`rm -rf` **bold**', '2026-03-04T00:00:00Z');
      for (const e of [freight, pricing, hostile]) await repos.faq.create(e);
      await expect(repos.faq.create({ ...freight, id: randomIds.id() })).rejects.toThrow('unique violation');
      const other = await club();
      await repos.faq.create({ ...pricing, id: randomIds.id(), communityId: other, answeredBy: null });

      const ids = async (words: string, limit = 5) =>
        (await repos.faq.search(c, knowledgeQuery(words), limit)).map((h) => h.entry.id);
      // English words find the Chinese entry through the bilingual concept (freight forwarding ↔ 货代).
      expect(await ids('freight forwarder')).toEqual([freight.id]);
      expect((await ids('定价')).sort()).toEqual([hostile.id, pricing.id].sort());
      expect((await ids('price container'))[0]).toBe(pricing.id);
      expect(await ids('alert(1)')).toContain(hostile.id);
      expect(await ids('nothing like this zzz')).toEqual([]);
      expect(await ids('定价 货柜 container price', 1)).toHaveLength(1);
      const stored = await repos.faq.get(c, hostile.id);
      expect(stored).toEqual(hostile);

      await repos.faq.update({
        ...pricing,
        answer: 'Start small: one pallet.',
        updatedAt: utc('2026-03-05T00:00:00Z'),
      });
      expect(await ids('pallet')).toEqual([pricing.id]);
      const page = await repos.faq.list(c, pageRequest(2));
      expect([page.total, page.items.map((e) => e.id)]).toEqual([3, [hostile.id, pricing.id]]);
      await repos.faq.remove(other, pricing.id);
      expect(await repos.faq.get(c, pricing.id)).not.toBeNull();
      await repos.faq.remove(c, pricing.id);
      expect(await repos.faq.get(c, pricing.id)).toBeNull();
    });

    it('keeps the library: one entry per message, approved-only search by words and tag, opens, privacy', async () => {
      const c = await club();
      const author = await member(c);
      const entry = (messageId: string, more: Partial<LibraryEntry> = {}): LibraryEntry => ({
        id: randomIds.id(),
        communityId: c,
        platform: 'discord',
        workspaceId: 'g-1',
        channelId: 'c-1',
        messageId,
        url: null,
        authorId: author,
        authorName: '李雷',
        body: '先找三家货代比价 <b>x</b>',
        title: '货代怎么选',
        tags: ['物流'],
        status: 'approved',
        savedBy: author,
        savedAt: utc('2026-03-01T00:00:00Z'),
        reviewedBy: null,
        reviewedAt: null,
        opens: 0,
        ...more,
      });
      const freight = entry('m-1');
      const pending = entry('m-2', { status: 'pending', savedAt: utc('2026-03-02T00:00:00Z') });
      const pricing = entry('m-3', {
        title: 'Pricing a first order',
        body: 'Start with a small trial order.',
        tags: ['pricing', '定价'],
        authorId: null,
        authorName: '',
        savedAt: utc('2026-03-03T00:00:00Z'),
      });
      for (const e of [freight, pending, pricing]) await repos.library.create(e);
      await expect(repos.library.create({ ...freight, id: randomIds.id() })).rejects.toThrow('unique violation');
      expect(await repos.library.findMessage(c, 'discord', 'g-1', 'm-3')).toEqual(pricing);
      expect(await repos.library.findMessage(c, 'slack', 'g-1', 'm-3')).toBeNull();

      const search = async (words: string, tag: string | null = null) =>
        (await repos.library.search(c, knowledgeQuery(words), tag, 5)).map((e) => e.id);
      expect(await search('freight forwarder')).toEqual([freight.id]);
      expect(await search('', '定价')).toEqual([pricing.id]);
      expect(await search('trial', 'pricing')).toEqual([pricing.id]);
      expect(await search('trial', '物流')).toEqual([]);
      expect(await search('', null)).toEqual([]);

      const byTag = await repos.library.list(c, { status: null, tag: '物流' }, pageRequest(10));
      expect(byTag.items.map((e) => e.id)).toEqual([pending.id, freight.id]);
      expect((await repos.library.list(c, { status: 'pending', tag: null }, pageRequest(10))).total).toBe(1);

      expect((await repos.library.countOpen(c, freight.id))?.opens).toBe(1);
      expect((await repos.library.countOpen(c, freight.id))?.opens).toBe(2);
      expect(await repos.library.countOpen(await club(), freight.id)).toBeNull();

      await repos.library.update({ ...pending, status: 'approved', tags: ['海外'], title: 'Overseas' });
      expect(await search('', '海外')).toEqual([pending.id]);
      expect(await repos.library.anonymiseAuthor(c, author, '')).toBe(2);
      expect(await repos.library.get(c, freight.id)).toMatchObject({ authorId: null, authorName: '', opens: 2 });
      expect(await repos.library.removeMessage(c, 'discord', 'g-1', 'm-1')).toBe(true);
      expect(await repos.library.removeMessage(c, 'discord', 'g-1', 'm-1')).toBe(false);
      await repos.library.remove(c, pricing.id);
      expect(
        (await repos.library.list(c, { status: null, tag: null }, pageRequest(10))).items.map((e) => e.id),
      ).toEqual([pending.id]);
    });

    it('keeps follow-ups under questions: the latest per question, oldest first; a waiting follow-up stops the clock', async () => {
      const c = await club();
      const m = await member(c);
      const coach = await member(c);
      const t0 = utc('2026-03-01T00:00:00Z');
      const waiting = question(c, m, t0, {
        status: 'claimed',
        claimedBy: coach,
        awaitingMemberSince: new Date(t0.getTime() + HOUR),
      });
      const plain = question(c, m, t0);
      for (const q of [waiting, plain]) await repos.questions.create(q);
      expect((await repos.questions.get(c, waiting.id))?.awaitingMemberSince).toEqual(new Date(t0.getTime() + HOUR));
      expect((await repos.questions.get(c, plain.id))?.awaitingMemberSince ?? null).toBeNull();
      const due = await repos.questions.listSlaDue(c, 'remind', new Date(t0.getTime() + 48 * HOUR), null, 10);
      expect(due.map((q) => q.id)).toEqual([plain.id]);
      const overdue = await repos.questions.listWaiting(c, new Date(t0.getTime() + 48 * HOUR), pageRequest(10));
      expect(overdue.items.map((q) => q.id)).toEqual([plain.id]);
      expect((await repos.questions.listWaiting(c, null, pageRequest(10))).total).toBe(2);

      const say = (questionId: string, n: number, from: 'coach' | 'member') =>
        repos.questionMessages.add({
          id: randomIds.id(),
          communityId: c,
          questionId,
          from,
          authorId: from === 'coach' ? coach : m,
          body: `#${n} <script>x</script> 追问`,
          createdAt: new Date(t0.getTime() + n * HOUR),
        });
      for (const n of [1, 2, 3, 4]) await say(waiting.id, n, n % 2 ? 'coach' : 'member');
      await say(plain.id, 5, 'member');
      const other = await club();
      const stranger = question(other, await member(other), t0);
      await repos.questions.create(stranger);

      const latest = await repos.questionMessages.listForQuestions(c, [waiting.id, plain.id, stranger.id], 3);
      const of = (id: string) => latest.filter((x) => x.questionId === id).map((x) => [x.from, x.body]);
      expect(of(waiting.id)).toEqual([
        ['member', '#2 <script>x</script> 追问'],
        ['coach', '#3 <script>x</script> 追问'],
        ['member', '#4 <script>x</script> 追问'],
      ]);
      expect(of(plain.id)).toEqual([['member', '#5 <script>x</script> 追问']]);
      expect(await repos.questionMessages.listForQuestions(other, [waiting.id], 3)).toEqual([]);
      expect(await repos.questionMessages.listForQuestions(c, [], 3)).toEqual([]);
    });
  });
}
