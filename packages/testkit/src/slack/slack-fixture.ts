import { randomBytes } from 'node:crypto';

/** A request body exactly as Slack sends it, plus the parsed payload for assertions. */
export interface SlackRequestFixture {
  readonly body: string;
  readonly contentType: 'application/x-www-form-urlencoded' | 'application/json';
  readonly payload: Record<string, unknown>;
}

/** Who acts in a fixture; every field has a realistic default. */
export interface SlackActor {
  readonly teamId?: string;
  readonly teamDomain?: string;
  readonly userId?: string;
  readonly userName?: string;
  readonly channelId?: string;
  readonly channelName?: string;
  readonly apiAppId?: string;
}

/** The ids every fixture uses unless told otherwise (the fake's default workspace). */
export const SLACK_DEFAULTS = {
  teamId: 'T0SNOWBALL',
  teamDomain: 'snowball-club',
  userId: 'U0MEMBER1',
  userName: 'member',
  channelId: 'C0GENERAL1',
  channelName: 'general',
  apiAppId: 'A0SNOWBALL',
} as const;

/** The actor with every missing id defaulted. */
export function actorWithDefaults(actor: SlackActor = {}): Required<SlackActor> {
  return { ...SLACK_DEFAULTS, ...actor };
}

/** A trigger id in Slack's shape (`<digits>.<digits>.<hex>`). */
export function fakeTriggerId(): string {
  return `${Date.now()}.${Math.floor(Math.random() * 1e12)}.${randomBytes(16).toString('hex')}`;
}

let tsCounter = 0;
/** A message timestamp in Slack's shape (`<seconds>.<micro>`), unique within a test run. */
export function fakeTs(at: Date = new Date()): string {
  tsCounter = (tsCounter + 1) % 1_000_000;
  return `${Math.floor(at.getTime() / 1000)}.${String(tsCounter).padStart(6, '0')}`;
}

/** A form-encoded request body (slash commands). */
export function formFixture(fields: Record<string, string>): SlackRequestFixture {
  return {
    body: new URLSearchParams(fields).toString(),
    contentType: 'application/x-www-form-urlencoded',
    payload: { ...fields },
  };
}

/** Interactivity requests carry their JSON in a `payload=` form field. */
export function interactivityFixture(payload: Record<string, unknown>): SlackRequestFixture {
  return {
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    contentType: 'application/x-www-form-urlencoded',
    payload,
  };
}

/** A JSON request body (Events API). */
export function jsonFixture(payload: Record<string, unknown>): SlackRequestFixture {
  return { body: JSON.stringify(payload), contentType: 'application/json', payload };
}
