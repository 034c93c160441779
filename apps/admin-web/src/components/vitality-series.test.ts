import { describe, expect, it } from 'vitest';
import type { Cohort, VitalityDay } from '../api/types.js';
import {
  cohortsCsv,
  heatClass,
  percent,
  referralsCsv,
  referralTreeData,
  vitalityChartOption,
  vitalityCsv,
} from './vitality-series.js';

const days: VitalityDay[] = [
  {
    day: '2026-06-14',
    members: 8,
    contributors30: 3,
    contributors90: 3,
    takers30: 3,
    silent30: 2,
    newContributors30: 2,
  },
  {
    day: '2026-06-15',
    members: 8,
    contributors30: 2,
    contributors90: 3,
    takers30: 4,
    silent30: 2,
    newContributors30: 1,
  },
];

describe('the vitality series in the panel', () => {
  it('writes the API’s numbers as CSV, one line per day, and parses back to them', () => {
    const csv = vitalityCsv(days);
    expect(csv).toBe(
      'day,members,contributors30,contributors90,takers30,silent30,newContributors30\r\n' +
        '2026-06-14,8,3,3,3,2,2\r\n' +
        '2026-06-15,8,2,3,4,2,1\r\n',
    );
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    const keys = (header ?? '').split(',');
    const parsed = rows.map((row) =>
      Object.fromEntries(row.split(',').map((v, i) => [keys[i], i === 0 ? v : Number(v)])),
    );
    expect(parsed).toEqual(days);
  });

  it('draws one line per figure over the days, labelled in the reader’s language', () => {
    const option = vitalityChartOption(days, {
      members: '有效会员',
      contributors30: '价值贡献者（30 天）',
      takers30: '索取者（30 天）',
      silent30: '沉默会员（30 天）',
      newContributors30: '新价值贡献者（30 天）',
    }) as { xAxis: { data: string[] }; series: { name: string; data: number[] }[] };
    expect(option.xAxis.data).toEqual(['2026-06-14', '2026-06-15']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['有效会员', [8, 8]],
      ['价值贡献者（30 天）', [3, 2]],
      ['索取者（30 天）', [3, 4]],
      ['沉默会员（30 天）', [2, 2]],
      ['新价值贡献者（30 天）', [2, 1]],
    ]);
  });
});

describe('the cohort table in the panel', () => {
  const cohorts: Cohort[] = [
    {
      month: '2025-03',
      members: 4,
      matured: 4,
      retained: 3,
      renewalDue: 4,
      renewed: 2,
      contributed: 1,
      retainedShare: 0.75,
      renewalRate: 0.5,
      contributedShare: 0.25,
    },
    {
      month: '2026-06',
      members: 1,
      matured: 0,
      retained: 0,
      renewalDue: 0,
      renewed: 0,
      contributed: 1,
      retainedShare: null,
      renewalRate: null,
      contributedShare: 1,
    },
  ];

  it('writes the API’s cohorts as CSV, a rate without a base as an empty field', () => {
    expect(cohortsCsv(cohorts).split('\r\n')).toEqual([
      'month,members,matured,retained,renewalDue,renewed,contributed,retainedShare,renewalRate,contributedShare',
      '2025-03,4,4,3,4,2,1,0.75,0.5,0.25',
      '2026-06,1,0,0,0,0,1,,,1',
      '',
    ]);
  });

  it('colours a share by tenths and shows it as a whole percent', () => {
    expect([0, 0.09, 0.1, 0.75, 0.999, 1, null].map(heatClass)).toEqual([
      'heat-0',
      'heat-0',
      'heat-1',
      'heat-7',
      'heat-9',
      'heat-10',
      'heat-none',
    ]);
    expect([0.754, 1, null].map(percent)).toEqual(['75%', '100%', '—']);
  });
});

describe('the referral tree in the panel', () => {
  const node = (memberId: string, displayName: string, referrerId: string | null, descendants: number) => ({
    memberId,
    displayName,
    referrerId,
    depth: 0,
    brought: 0,
    descendants,
    points: 3,
  });
  const nodes = [
    node('r', 'Root 根', null, 2),
    node('s', 'Second, "the" other', null, 0),
    node('a', 'Ann', 'r', 1),
    node('c', 'Cai 蔡', 'a', 0),
  ];

  it('nests each member under the one who brought them, one tree per root', () => {
    expect(referralTreeData(nodes)).toEqual([
      {
        name: 'Root 根',
        value: 2,
        children: [{ name: 'Ann', value: 1, children: [{ name: 'Cai 蔡', value: 0, children: [] }] }],
      },
      { name: 'Second, "the" other', value: 0, children: [] },
    ]);
  });

  it('writes the nodes as CSV, quoting names with commas or quotes', () => {
    expect(referralsCsv(nodes).split('\r\n')).toEqual([
      'memberId,displayName,referrerId,depth,brought,descendants,points',
      'r,Root 根,,0,0,2,3',
      's,"Second, ""the"" other",,0,0,0,3',
      'a,Ann,r,0,0,1,3',
      'c,Cai 蔡,a,0,0,0,3',
      '',
    ]);
  });
});
