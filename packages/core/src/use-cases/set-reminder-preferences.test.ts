import { describe, expect, it } from 'vitest';
import { clubWithCoach } from '../testing/lesson-club.js';

describe('reminder preferences', () => {
  it('sets the member’s own lead time or mute, and refuses nonsense', async () => {
    const club = await clubWithCoach();
    const { core, communityId } = club;
    const a = await club.addMember({ name: 'Ann' });
    expect(await core.setReminderPreferences({ actor: a, communityId, leadMinutes: 30 })).toMatchObject({
      reminderLeadMinutes: 30,
      remindersMuted: false,
    });
    expect(await core.setReminderPreferences({ actor: a, communityId, muted: true })).toMatchObject({
      reminderLeadMinutes: 30,
      remindersMuted: true,
    });
    expect(await core.setReminderPreferences({ actor: a, communityId, leadMinutes: null, muted: false })).toMatchObject(
      {
        reminderLeadMinutes: null,
        remindersMuted: false,
      },
    );
    await expect(core.setReminderPreferences({ actor: a, communityId, leadMinutes: 0 })).rejects.toMatchObject({
      code: 'lesson.invalid_reminder_lead',
    });
    await expect(
      core.setReminderPreferences({ actor: a, communityId, leadMinutes: 60 * 24 * 8 }),
    ).rejects.toMatchObject({
      code: 'lesson.invalid_reminder_lead',
    });
  });
});
