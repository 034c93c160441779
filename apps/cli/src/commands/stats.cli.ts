import { type Catalogue, type Locale, systemActor, translate } from '@snowball/core';
import { CliError } from '../cli-error.js';
import { cliLocale } from '../cli-locale.js';
import type { System } from '../compose/open-system.js';

/** How many stored days the headline looks back for the latest summarised one. */
const HEADLINE_LOOKBACK_DAYS = 7;

const texts = {
  noClub: {
    en: 'No club "{slug}" (see `snowball club list`).',
    'zh-CN': '没有标识为「{slug}」的社群（见 `snowball club list`）。',
  },
  headline: {
    en: '{slug} on {day}: {members} members with access; contributors {c30} (30 days), {c90} (90 days); takers {takers}; silent {silent}; new contributors {fresh}.',
    'zh-CN':
      '{slug}（{day}）：有效会员 {members} 位；价值贡献者 {c30} 位（30 天）、{c90} 位（90 天）；索取者 {takers} 位；沉默会员 {silent} 位；新价值贡献者 {fresh} 位。',
  },
  notYet: {
    en: '{slug}: the daily figures are not computed yet (the worker computes them every hour).',
    'zh-CN': '{slug}：每日数据尚未计算（后台任务每小时计算一次）。',
  },
  atRisk: {
    en: 'At risk: {silent} top contributors gone silent; {renewals} members renewing within 30 days with no activity.',
    'zh-CN': '流失风险：{silent} 位核心贡献者已沉默；{renewals} 位会员将在 30 天内续费但毫无参与。',
  },
  more: {
    en: 'Cohorts, referral conversion, new contributors per month and deals per quarter: snowball stats --json',
    'zh-CN': '同期会员、推荐转化、每月新增价值贡献者和每季度成交：snowball stats --json',
  },
} as const satisfies Catalogue;

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * The club's figures as one JSON object (fields documented in docs/stats.md), from the same use cases as the
 * admin API: `headline` is the latest stored day of `GET /api/vitality`, `atRisk`, `newContributorsByMonth` and
 * `dealsByQuarter`, `dealsByIntroducer` and `activation` are `GET /api/vitality/figures`, `cohorts` is `GET /api/vitality/cohorts`, and
 * `referralConversion` is the funnel of `GET /api/vitality/referrals`. Key order is fixed.
 */
export async function clubStats(system: System, slug: string) {
  const community = (await system.ports.communities.getBySlug(slug)) ?? null;
  if (!community) return null;
  const actor = systemActor(community.id, 'cli');
  const input = { actor, communityId: community.id };
  const [series, figures, cohorts, referrals] = await Promise.all([
    system.core.getVitality({ ...input, days: HEADLINE_LOOKBACK_DAYS }),
    system.core.getVitalityFigures(input),
    system.core.getCohorts(input),
    system.core.getReferrals(input),
  ]);
  const latest = series.days.at(-1);
  return {
    club: { slug: community.slug, timezone: figures.timezone },
    asOf: figures.asOf,
    computedThrough: series.computedThrough,
    headline: latest
      ? {
          day: latest.day,
          members: latest.members,
          contributors30: latest.contributors30,
          contributors90: latest.contributors90,
          contributorShare30: share(latest.contributors30, latest.members),
          contributorShare90: share(latest.contributors90, latest.members),
          takers30: latest.takers30,
          silent30: latest.silent30,
          newContributors30: latest.newContributors30,
        }
      : null,
    atRisk: figures.atRisk,
    newContributorsByMonth: figures.newContributorsByMonth,
    dealsByQuarter: figures.dealsByQuarter,
    dealsByIntroducer: figures.dealsByIntroducer,
    activation: figures.activation,
    cohorts: cohorts.cohorts,
    referralConversion: referrals.funnel,
  };
}

export type ClubStats = NonNullable<Awaited<ReturnType<typeof clubStats>>>;

/** `snowball stats [--community SLUG] [--json]`: the figures as JSON, or the headline and at-risk lines. */
export async function statsCommand(
  system: System,
  options: { readonly community: string; readonly json: boolean },
  out: (line: string) => void,
  locale: Locale = cliLocale(),
): Promise<void> {
  const stats = await clubStats(system, options.community);
  if (!stats) throw new CliError(translate(texts, locale, 'noClub', { slug: options.community }));
  if (options.json) {
    out(JSON.stringify(stats, null, 2));
    return;
  }
  const h = stats.headline;
  out(
    h
      ? translate(texts, locale, 'headline', {
          slug: stats.club.slug,
          day: h.day,
          members: h.members,
          c30: h.contributors30,
          c90: h.contributors90,
          takers: h.takers30,
          silent: h.silent30,
          fresh: h.newContributors30,
        })
      : translate(texts, locale, 'notYet', { slug: stats.club.slug }),
  );
  out(
    translate(texts, locale, 'atRisk', {
      silent: stats.atRisk.silentContributors,
      renewals: stats.atRisk.renewalsWithoutActivity,
    }),
  );
  out(translate(texts, locale, 'more'));
}
