import { createTestPorts } from '@snowball/core/testing';
import { describe, expect, it } from 'vitest';
import { seedDemo } from './seed-demo.js';

describe('seedCoaching (through seedDemo)', () => {
  it('leaves answered, rated and published questions, a guest answer and a stocked library', async () => {
    const ports = createTestPorts();
    const { community } = await seedDemo(ports);
    const page = { limit: 50, offset: 0 };
    const closed = await ports.questions.list(community.id, 'closed', page);
    const rated = closed.items.filter((q) => q.rating !== null && q.faq);
    expect(rated).toHaveLength(2);
    expect(rated.some((q) => q.ratingComment)).toBe(true);
    const threads = await ports.questionMessages.listForQuestions(
      community.id,
      rated.map((q) => q.id),
      20,
    );
    expect(threads.map((m) => m.from)).toEqual(['member', 'coach']);
    const faq = await ports.faq.list(community.id, page);
    expect(faq.total).toBe(2);
    const staff = await ports.staff.list(community.id);
    const guest = staff.find((s) => s.role === 'guest');
    const answered = await ports.questions.list(community.id, 'answered', page);
    expect(answered.items.map((q) => q.answeredBy)).toContain(guest?.memberId);
    const approved = await ports.library.list(community.id, { status: 'approved', tag: null }, page);
    const pending = await ports.library.list(community.id, { status: 'pending', tag: null }, page);
    expect([approved.total, pending.total]).toEqual([3, 2]);
    expect(approved.items.every((e) => e.tags.length > 0)).toBe(true);
    expect(approved.items.map((e) => e.opens).sort()).toEqual([2, 4, 6]);
  });
});
