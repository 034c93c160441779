import type { Cohort, ReferralNode, VitalityDay } from '../api/types.js';
import type { ChartOption } from './echart.js';

/** The columns of the vitality CSV, in order: the API's field names, so the file reads like the API. */
export const VITALITY_COLUMNS = [
  'day',
  'members',
  'contributors30',
  'contributors90',
  'takers30',
  'silent30',
  'newContributors30',
] as const satisfies readonly (keyof VitalityDay)[];

/** The series as CSV (RFC 4180, CRLF line ends): one header line, one line per day, the API's numbers as they are. */
export function vitalityCsv(days: readonly VitalityDay[]): string {
  const lines = [VITALITY_COLUMNS.join(',')];
  for (const day of days) lines.push(VITALITY_COLUMNS.map((column) => String(day[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The lines the chart draws, with their labels (already in the reader's language). */
export interface VitalityLines {
  readonly members: string;
  readonly contributors30: string;
  readonly takers30: string;
  readonly silent30: string;
  readonly newContributors30: string;
}

/** A line chart of the daily counts: members with access, contributors, takers, silent and new contributors. */
export function vitalityChartOption(days: readonly VitalityDay[], labels: VitalityLines): ChartOption {
  const keys = Object.keys(labels) as (keyof VitalityLines)[];
  return {
    animation: false,
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { data: keys.map((key) => labels[key]), top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 56 },
    xAxis: { type: 'category', data: days.map((d) => d.day), boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1 },
    dataZoom: [{ type: 'slider', bottom: 8 }],
    series: keys.map((key) => ({
      name: labels[key],
      type: 'line',
      // Points only while they are few enough to read (a club's first days would draw no line at all).
      showSymbol: days.length < 40,
      data: days.map((d) => d[key]),
    })),
  };
}

/** The columns of the cohorts CSV: the API's field names. */
export const COHORT_COLUMNS = [
  'month',
  'members',
  'matured',
  'retained',
  'renewalDue',
  'renewed',
  'contributed',
  'retainedShare',
  'renewalRate',
  'contributedShare',
] as const satisfies readonly (keyof Cohort)[];

/** The cohorts as CSV: one line per month; a rate without a base (null) is an empty field. */
export function cohortsCsv(cohorts: readonly Cohort[]): string {
  const lines = [COHORT_COLUMNS.join(',')];
  for (const c of cohorts) lines.push(COHORT_COLUMNS.map((column) => String(c[column] ?? '')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A share as a whole percent, or a dash when there is nothing to divide by. */
export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** The colour-scale class of a share: `heat-0` (0–9%) … `heat-10` (100%), `heat-none` without a base. */
export function heatClass(share: number | null): string {
  return share === null ? 'heat-none' : `heat-${Math.min(10, Math.max(0, Math.floor(share * 10)))}`;
}

/** A node of the referral tree chart: the member's name, what they brought, and who they brought. */
export interface TreeDatum {
  readonly name: string;
  readonly value: number;
  readonly children: TreeDatum[];
}

/** The API's referral nodes (a referrer before those they brought) as nested trees, one per root. */
export function referralTreeData(nodes: readonly ReferralNode[]): TreeDatum[] {
  const byId = new Map<string, TreeDatum>();
  const roots: TreeDatum[] = [];
  for (const node of nodes) {
    const datum: TreeDatum = { name: node.displayName, value: node.descendants, children: [] };
    byId.set(node.memberId, datum);
    const parent = node.referrerId ? byId.get(node.referrerId) : undefined;
    if (parent) parent.children.push(datum);
    else roots.push(datum);
  }
  return roots;
}

/** A left-to-right tree of who brought whom: one invisible root holds the club's referral trees. */
export function referralChartOption(nodes: readonly ReferralNode[], clubName: string): ChartOption {
  return {
    animation: false,
    tooltip: { trigger: 'item', renderMode: 'richText' },
    series: [
      {
        type: 'tree',
        data: [{ name: clubName, value: nodes.length, children: referralTreeData(nodes) }],
        top: 8,
        bottom: 8,
        left: 160,
        right: 160,
        symbolSize: 8,
        initialTreeDepth: 3,
        label: { position: 'left', verticalAlign: 'middle', align: 'right' },
        leaves: { label: { position: 'right', align: 'left' } },
      },
    ],
  };
}

/** The columns of the referral tree CSV: the API's field names. */
export const REFERRAL_COLUMNS = [
  'memberId',
  'displayName',
  'referrerId',
  'depth',
  'brought',
  'descendants',
  'points',
] as const satisfies readonly (keyof ReferralNode)[];

/** One CSV field: quoted when it holds a comma, a quote or a line break (names are free text). */
function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The referral tree as CSV, one line per member. */
export function referralsCsv(nodes: readonly ReferralNode[]): string {
  const lines = [REFERRAL_COLUMNS.join(',')];
  for (const node of nodes) lines.push(REFERRAL_COLUMNS.map((column) => field(node[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
