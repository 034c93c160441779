import { describe, expect, it } from 'vitest';
import type { Introduction } from '../domain/introduction.js';
import { answerIntro, INTRO_RESPONSE_DAYS, introExpired } from './intro-answer.js';

const DAY = 86_400_000;
const created = new Date('2026-01-01T00:00:00Z');
const intro: Introduction = {
  id: 'i1',
  communityId: 'c1',
  memberA: 'a',
  memberB: 'b',
  answerA: 'pending',
  answerB: 'pending',
  status: 'proposed',
  score: 1,
  reason: '',
  roundId: 'r1',
  introducedAt: null,
  followUpAt: null,
  followUpOutcome: null,
  createdAt: created,
};
const now = new Date(created.getTime() + DAY);

describe('answerIntro', () => {
  it('introduces the pair when both accept, with the follow-up date', () => {
    const one = answerIntro(intro, 'a', 'accept', now, 14);
    expect(one).toMatchObject({ answerA: 'accepted', answerB: 'pending', status: 'proposed' });
    const both = answerIntro(one, 'b', 'accept', now, 14);
    expect(both).toMatchObject({ status: 'introduced', introducedAt: now });
    expect(both.followUpAt?.getTime()).toBe(now.getTime() + 14 * DAY);
  });

  it('closes the introduction when either declines, even after the other accepted', () => {
    expect(answerIntro(intro, 'b', 'decline', now, 14).status).toBe('declined');
    const accepted = answerIntro(intro, 'a', 'accept', now, 14);
    expect(answerIntro(accepted, 'b', 'decline', now, 14)).toMatchObject({ status: 'declined', answerA: 'accepted' });
  });

  it('lets a member snooze and answer later, but answer only once', () => {
    const snoozed = answerIntro(intro, 'a', 'snooze', now, 14);
    expect(snoozed).toMatchObject({ answerA: 'snoozed', status: 'proposed' });
    const accepted = answerIntro(snoozed, 'a', 'accept', now, 14);
    expect(accepted.answerA).toBe('accepted');
    expect(() => answerIntro(accepted, 'a', 'decline', now, 14)).toThrow(
      expect.objectContaining({ code: 'intro.already_decided' }),
    );
  });

  it('refuses outsiders, closed or expired introductions and unknown answers', () => {
    expect(() => answerIntro(intro, 'c', 'accept', now, 14)).toThrow(
      expect.objectContaining({ code: 'intro.not_party' }),
    );
    expect(() => answerIntro({ ...intro, status: 'declined' }, 'a', 'accept', now, 14)).toThrow(
      expect.objectContaining({ code: 'intro.closed' }),
    );
    expect(() => answerIntro({ ...intro, status: 'expired' }, 'a', 'accept', now, 14)).toThrow(
      expect.objectContaining({ code: 'intro.expired' }),
    );
    expect(() => answerIntro(intro, 'a', 'maybe' as never, now, 14)).toThrow(
      expect.objectContaining({ code: 'validation.invalid' }),
    );
  });
});

describe('introExpired', () => {
  it('is true once a proposed introduction waited the whole response window', () => {
    const edge = new Date(created.getTime() + INTRO_RESPONSE_DAYS * DAY);
    expect(introExpired(intro, new Date(edge.getTime() - 1))).toBe(false);
    expect(introExpired(intro, edge)).toBe(true);
    expect(introExpired({ ...intro, status: 'introduced' }, edge)).toBe(false);
  });
});
