import type { ModerationAction, ModerationRuleId } from '@snowball/core';
import { createModerationEngine, type ModerationClub } from '../engine/moderation-engine.js';

/** A line that could not be checked, for the caller to report on stderr. */
export interface AutomodCliProblem {
  readonly line: number;
  readonly error: string;
}

/** One output line of `snowball automod check` (this shape is the tool's interface: keep it). */
export interface AutomodCliResult {
  readonly id: string;
  readonly action: ModerationAction;
  readonly rules: readonly ModerationRuleId[];
}

function parseLine(line: string): { id: string; text: string; isNewMember: boolean } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected an object';
  const { id, text, isNewMember } = value as Record<string, unknown>;
  if (typeof id !== 'string' && typeof id !== 'number') return 'missing "id"';
  if (typeof text !== 'string') return 'missing "text"';
  if (isNewMember !== undefined && typeof isNewMember !== 'boolean') return '"isNewMember" must be true or false';
  return { id: String(id), text, isNewMember: isNewMember === true };
}

/**
 * `snowball automod check`: reads JSON lines `{"id","text","isNewMember"?}` and writes one line
 * `{"id","action","rules"}` per usable input line, in order, with the club's rules. Unusable lines are returned as
 * problems (nothing is written for them), blank lines are skipped.
 */
export async function runAutomodCli(
  lines: AsyncIterable<string> | Iterable<string>,
  write: (line: string) => void,
  club: ModerationClub,
): Promise<{ checked: number; problems: AutomodCliProblem[] }> {
  const engine = createModerationEngine(club);
  const problems: AutomodCliProblem[] = [];
  let lineNumber = 0;
  let checked = 0;
  for await (const raw of lines) {
    lineNumber++;
    if (!raw.trim()) continue;
    const input = parseLine(raw);
    if (typeof input === 'string') {
      problems.push({ line: lineNumber, error: input });
      continue;
    }
    const verdict = engine.check({ text: input.text, isNewMember: input.isNewMember });
    const result: AutomodCliResult = { id: input.id, action: verdict.action, rules: verdict.rules };
    write(JSON.stringify(result));
    checked++;
  }
  return { checked, problems };
}
