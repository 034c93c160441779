import type { Config } from '../config.js';
import type { DoctorLine } from './doctor-club.js';
import type { DoctorText } from './doctor-texts.js';

type Translate = (key: DoctorText, params?: Record<string, unknown>) => string;
type Fetch = (url: string, init: RequestInit) => Promise<Response>;

const TIMEOUT_MS = 5000;

function reasonOf(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${TIMEOUT_MS / 1000} s`;
  const cause = (error as { cause?: { code?: unknown } }).cause?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof cause === 'string' ? `${message} (${cause})` : message;
}

/**
 * Whether the configured bot tokens reach their platform now (Discord `GET /users/@me`, Slack `auth.test`).
 * `snowball start` runs without an unreachable platform and keeps retrying it; doctor says which one is out.
 */
export async function platformReachabilityLines(
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_API_URL' | 'SLACK_BOT_TOKEN' | 'SLACK_API_URL'>,
  t: Translate,
  fetchImpl: Fetch = fetch,
): Promise<DoctorLine[]> {
  const lines: DoctorLine[] = [];
  if (config.DISCORD_TOKEN) {
    const base = (config.DISCORD_API_URL ?? 'https://discord.com/api').replace(/\/+$/, '');
    try {
      const response = await fetchImpl(`${base}/v10/users/@me`, {
        headers: { authorization: `Bot ${config.DISCORD_TOKEN}` },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (response.ok) {
        const user = (await response.json()) as { username?: string };
        lines.push([true, t('discordReachable', { name: user.username ?? '?' })]);
      } else if (response.status === 401) lines.push([false, t('discordTokenRejected')]);
      else lines.push([false, t('platformUnreachable', { platform: 'discord', reason: `HTTP ${response.status}` })]);
    } catch (error) {
      lines.push([false, t('platformUnreachable', { platform: 'discord', reason: reasonOf(error) })]);
    }
  }
  if (config.SLACK_BOT_TOKEN) {
    const base = config.SLACK_API_URL ?? 'https://slack.com/api/';
    try {
      const response = await fetchImpl(`${base.endsWith('/') ? base : `${base}/`}auth.test`, {
        method: 'POST',
        headers: { authorization: `Bearer ${config.SLACK_BOT_TOKEN}` },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const body = (await response.json().catch(() => ({}))) as { ok?: boolean; team?: string; error?: string };
      if (body.ok) lines.push([true, t('slackReachable', { team: body.team ?? '?' })]);
      else if (response.ok) lines.push([false, t('slackTokenRejected', { error: body.error ?? 'unknown' })]);
      else lines.push([false, t('platformUnreachable', { platform: 'slack', reason: `HTTP ${response.status}` })]);
    } catch (error) {
      lines.push([false, t('platformUnreachable', { platform: 'slack', reason: reasonOf(error) })]);
    }
  }
  return lines;
}
