import type { ClassifiableMessage, ClassifierClub, ModerationVerdict, TextClassifier } from '@snowball/core';
import { createModerationEngine, type ModerationEngine } from './moderation-engine.js';

/** How many clubs' compiled rules one process keeps (least recently used first out). */
const MAX_CLUBS = 200;

/**
 * The core's `TextClassifier` port on the moderation engine. Compiled rules are cached by the club's settings and
 * keywords, so a settings change in the panel takes effect on the next message without a restart.
 */
export function createTextClassifier(options: { readonly maxClubs?: number } = {}): TextClassifier & {
  readonly cachedClubs: () => number;
} {
  const max = options.maxClubs ?? MAX_CLUBS;
  const engines = new Map<string, ModerationEngine>();
  function engineFor(club: ClassifierClub): ModerationEngine {
    const key = JSON.stringify([club.settings, club.excludedKeywords]);
    let engine = engines.get(key);
    if (engine) {
      engines.delete(key);
    } else {
      engine = createModerationEngine({ settings: club.settings, excludedKeywords: club.excludedKeywords });
      if (engines.size >= max) engines.delete(engines.keys().next().value as string);
    }
    engines.set(key, engine);
    return engine;
  }
  return {
    classify(club: ClassifierClub, message: ClassifiableMessage): ModerationVerdict {
      return engineFor(club).check(message);
    },
    cachedClubs: () => engines.size,
  };
}
