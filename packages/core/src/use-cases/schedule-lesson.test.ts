import { describe, expect, it } from 'vitest';
import { clubWithCoach } from '../testing/lesson-club.js';

describe('one-off lessons and guest talks', () => {
  it('needs a speaker for a guest talk, a future time and staff', async () => {
    const { core, communityId, coach } = await clubWithCoach();
    const talk = {
      actor: coach,
      communityId,
      kind: 'guest_talk' as const,
      title: 'Selling to the Middle East',
      startsAt: new Date('2026-02-01T12:00:00Z'),
      durationMinutes: 60,
    };
    await expect(core.scheduleLesson(talk)).rejects.toMatchObject({ code: 'lesson.speaker_required' });
    const lesson = await core.scheduleLesson({ ...talk, speakerName: 'Farid Hassan', speakerBio: 'Gulf Gateway' });
    expect(lesson).toMatchObject({ kind: 'guest_talk', speakerName: 'Farid Hassan', hostMemberId: null, version: 1 });
    await expect(
      core.scheduleLesson({ ...talk, speakerName: 'X', startsAt: new Date('2025-12-31T00:00:00Z') }),
    ).rejects.toMatchObject({
      code: 'lesson.in_past',
    });
    await expect(core.scheduleLesson({ ...talk, speakerName: 'X', durationMinutes: 5 })).rejects.toMatchObject({
      code: 'validation.invalid',
    });
  });
});
