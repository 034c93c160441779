import { describe, expect, it } from 'vitest';
import type { VitalityFigures } from '../api/types.js';
import { dealsByIntroducer, dealsByQuarter, figuresCsv } from './vitality-figures.js';

const figures: VitalityFigures = {
  timezone: 'Asia/Shanghai',
  asOf: '2026-06-15T04:00:00.000Z',
  atRisk: { silentContributors: 2, renewalsWithoutActivity: 5 },
  newContributorsByMonth: [
    { month: '2026-05', count: 3 },
    { month: '2026-06', count: 0 },
  ],
  dealsByQuarter: [
    { quarter: '2026-Q1', currency: 'CNY', count: 1, amountMinor: 300 },
    { quarter: '2026-Q2', currency: 'CNY', count: 2, amountMinor: 1000 },
    { quarter: '2026-Q2', currency: 'USD', count: 1, amountMinor: 1200 },
  ],
  dealsByIntroducer: [
    { introducerId: 'm-1', introducerName: 'Mo', currency: 'CNY', count: 2, amountMinor: 900 },
    { introducerId: 'm-1', introducerName: 'Mo', currency: 'USD', count: 1, amountMinor: 100 },
    { introducerId: null, introducerName: null, currency: 'CNY', count: 1, amountMinor: 50 },
  ],
  activation: { newMembers: 4, activated: 1, share: 0.25 },
};

describe('vitality figures', () => {
  it('writes every figure of the API into the CSV, numbers as they are', () => {
    expect(figuresCsv(figures)).toBe(
      [
        'figure,period,currency,count,amountMinor,introducer',
        'silentContributors,2026-06-15T04:00:00.000Z,,2,,',
        'renewalsWithoutActivity,2026-06-15T04:00:00.000Z,,5,,',
        'newContributors,2026-05,,3,,',
        'newContributors,2026-06,,0,,',
        'deals,2026-Q1,CNY,1,300,',
        'deals,2026-Q2,CNY,2,1000,',
        'deals,2026-Q2,USD,1,1200,',
        'newMembers,2026-06-15T04:00:00.000Z,,4,,',
        'activated,2026-06-15T04:00:00.000Z,,1,,',
        'dealsByIntroducer,,CNY,2,900,m-1',
        'dealsByIntroducer,,USD,1,100,m-1',
        'dealsByIntroducer,,CNY,1,50,matching_round',
        '',
      ].join('\r\n'),
    );
  });

  it('groups deals by quarter, newest first, counts summed over currencies', () => {
    expect(dealsByQuarter(figures.dealsByQuarter)).toEqual([
      {
        quarter: '2026-Q2',
        count: 3,
        totals: [
          { currency: 'CNY', amountMinor: 1000 },
          { currency: 'USD', amountMinor: 1200 },
        ],
      },
      { quarter: '2026-Q1', count: 1, totals: [{ currency: 'CNY', amountMinor: 300 }] },
    ]);
  });
});

describe('deals per introducer', () => {
  it('groups each introducer’s currencies in API order, the matching rounds last', () => {
    expect(dealsByIntroducer(figures.dealsByIntroducer)).toEqual([
      {
        introducerId: 'm-1',
        introducerName: 'Mo',
        count: 3,
        totals: [
          { currency: 'CNY', amountMinor: 900 },
          { currency: 'USD', amountMinor: 100 },
        ],
      },
      { introducerId: null, introducerName: null, count: 1, totals: [{ currency: 'CNY', amountMinor: 50 }] },
    ]);
  });
});
