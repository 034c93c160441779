import type { ModerationCase } from '../domain/moderation.js';

/** Moderation cases (upheld cases are strikes). */
export interface ModerationRepository {
  create(moderationCase: ModerationCase): Promise<void>;
  update(moderationCase: ModerationCase): Promise<void>;
  get(communityId: string, id: string): Promise<ModerationCase | null>;
  list(communityId: string, memberId: string | null): Promise<ModerationCase[]>;
}
