import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addStaff, createClub, type TestClub } from './testing/api-test-kit.js';
import { SCREENSHOTS, usePanelInBrowser } from './testing/browser-harness.js';

describe('the dashboard’s vitality charts in a real browser', () => {
  const panel = usePanelInBrowser({ locale: 'en-US', timeoutMs: 15_000 });
  let club: TestClub;

  beforeAll(async () => {
    const { api } = panel;
    club = await createClub(api.core, 'Vitality Club 活力社群');
    const communityId = club.community.id;
    // Two paying members; the second was brought by the first; the first answered a question.
    const ann = await addStaff(api.core, club, 'Ann 安', 'coach');
    const paid = async (memberId: string, reference: string) =>
      api.core.recordPayment({
        actor: club.owner,
        communityId,
        memberId,
        amountMinor: 100_000,
        currency: 'CNY',
        method: 'cash',
        reference,
      });
    await paid(ann, 'b-1');
    const bob = await api.core.submitApplication({
      communityId,
      name: 'Bob 博',
      email: 'bob@example.com',
      answers: [],
      valuesPledge: true,
      locale: 'en',
    });
    await api.ports.applications.update({ ...bob, referrerMemberId: ann });
    const approved = await api.core.approveApplication({ actor: club.owner, communityId, applicationId: bob.id });
    await paid(approved.memberId as string, 'b-2');
    await api.ports.contributions.record({
      id: api.ports.ids.id(),
      communityId,
      memberId: ann,
      kind: 'answer',
      sourceId: 'q-1',
      points: 3,
      at: api.ports.clock.now(),
    });
    await api.core.refreshVitality({ communityId });
  });

  it('draws the trend and the referral tree, colours the cohorts, and downloads the API’s numbers as CSV', async () => {
    const { api, page, problems, signIn } = panel;
    await signIn(club.community.id, club.ownerId, 'owner');
    const trend = page.locator('.vitality-trend');
    await trend.getByRole('heading', { name: 'Contributors and takers over time' }).waitFor();
    // ECharts draws on a canvas inside the chart's box, at the box's size.
    const canvas = trend.locator('.echart canvas');
    await canvas.waitFor();
    const box = await canvas.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(200);

    const cohorts = page.locator('.cohorts');
    const row = cohorts.locator('tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    // Ann gave, Bob did not: half of the month's cohort ever contributed.
    expect(await row.locator('td').nth(4).textContent()).toBe('50%');
    expect(await row.locator('td').nth(4).getAttribute('class')).toBe('heat-5');

    const referrals = page.locator('.referrals');
    await referrals.locator('.echart canvas').waitFor();
    expect(await referrals.locator('tbody tr').first().textContent()).toContain('Referred by a member');

    await page.screenshot({ path: resolve(SCREENSHOTS, 'vitality-dashboard.png'), fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      trend.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = await readFile((await download.path()) as string, 'utf8');
    const api365 = await api.core.getVitality({ actor: club.owner, communityId: club.community.id, days: 365 });
    const [header, ...lines] = csv.trimEnd().split('\r\n');
    expect(header).toBe('day,members,contributors30,contributors90,takers30,silent30,newContributors30');
    expect(lines).toEqual(
      api365.days.map((d) =>
        [d.day, d.members, d.contributors30, d.contributors90, d.takers30, d.silent30, d.newContributors30].join(','),
      ),
    );
    expect(lines.at(-1)).toMatch(/,2,1,1,0,1,1$/);

    // At risk, activation, new contributors per month and deals per quarter; their CSV is the API's numbers.
    const figures = page.locator('.vitality-figures');
    await figures.getByRole('heading', { name: 'At risk: who to call first' }).waitFor();
    await figures.getByText('New members activated').waitFor();
    const [figuresDownload] = await Promise.all([
      page.waitForEvent('download'),
      figures.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const figuresFile = await readFile((await figuresDownload.path()) as string, 'utf8');
    const apiFigures = await api.core.getVitalityFigures({ actor: club.owner, communityId: club.community.id });
    const [figuresHeader, ...figureLines] = figuresFile.trimEnd().split('\r\n');
    expect(figuresHeader).toBe('figure,period,currency,count,amountMinor,introducer');
    expect(figureLines.filter((l) => l.startsWith('newContributors,'))).toEqual(
      apiFigures.newContributorsByMonth.map((m) => `newContributors,${m.month},,${m.count},,`),
    );
    expect(figureLines.filter((l) => l.startsWith('dealsByIntroducer,'))).toEqual(
      apiFigures.dealsByIntroducer.map(
        (d) => `dealsByIntroducer,,${d.currency},${d.count},${d.amountMinor},${d.introducerId ?? 'matching_round'}`,
      ),
    );
    await figures.getByRole('heading', { name: 'Deals per introducer' }).waitFor();
    expect(figureLines.filter((l) => l.startsWith('silentContributors,'))).toHaveLength(1);

    // The same cards in Chinese.
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '价值贡献者与索取者趋势' }).waitFor();
    await page.getByRole('heading', { name: '同期会员（按入会月份）' }).waitFor();
    await page.getByRole('heading', { name: '推荐雪球' }).waitFor();
    await page.getByRole('heading', { name: '流失风险：优先联系的会员' }).waitFor();
    await page.getByRole('heading', { name: '按引荐人统计的成交' }).waitFor();
    // No script error and no Content-Security-Policy refusal (ECharts draws without inline styles).
    expect(problems).toEqual([]);
  });
});
