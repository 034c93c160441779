import { beforeAll, describe, expect, it } from 'vitest';
import { addStaff, createClub, type TestClub } from './testing/api-test-kit.js';
import { usePanelInBrowser } from './testing/browser-harness.js';

const XSS_NAME = '<img src=x onerror=alert(1)>';

describe('admin panel in a real browser', () => {
  const panel = usePanelInBrowser({ locale: 'en-US', timeoutMs: 10_000 });
  let club: TestClub;
  const dialogs: string[] = [];

  const nav = (name: string) =>
    panel.page.getByRole('navigation', { name: 'main' }).getByRole('link', { name, exact: true });
  const signInAs = (memberId: string, role: 'owner' | 'moderator' | 'coach') =>
    panel.signIn(club.community.id, memberId, role);

  beforeAll(async () => {
    const { api, page } = panel;
    club = await createClub(api.core, 'Snowball Founders 雪球创始人俱乐部');
    const apply = (name: string, email: string, extra: Record<string, unknown> = {}) =>
      api.core.submitApplication({
        communityId: club.community.id,
        name,
        email,
        company: 'Thunder Cross-border 雷霆跨境',
        industry: 'E-commerce 跨境电商',
        answers: [
          { question: 'What does your business do?', answer: 'Cross-border e-commerce to Southeast Asia.' },
          { question: 'What can you offer other members?', answer: '东南亚物流渠道' },
        ],
        valuesPledge: true,
        locale: 'zh-CN',
        ...extra,
      });
    await apply('Li Lei 李雷', 'lilei@example.com', { referrerHandle: 'olivia-owner-群主' });
    await apply('Han Meimei', 'han@example.com', { company: 'Bitcoin Mining Ltd' });
    const hostile = await apply(XSS_NAME, 'xss@example.com', { company: '<script>alert(2)</script>' });
    const hostileMember = (
      await api.core.approveApplication({
        actor: club.owner,
        communityId: club.community.id,
        applicationId: hostile.id,
      })
    ).memberId as string;
    await api.core.scheduleLesson({
      actor: club.owner,
      communityId: club.community.id,
      kind: 'guest_talk',
      title: 'Pricing for export 出口定价',
      speakerName: 'Guest 嘉宾',
      startsAt: new Date(Date.now() + 7 * 86_400_000),
      durationMinutes: 90,
      capacity: 30,
      location: 'Zoom',
    });
    await api.core.recommendSupplier({
      actor: club.owner,
      communityId: club.community.id,
      name: 'Pearl River Freight 珠江货运',
      categories: ['logistics', '物流'],
      region: 'Guangzhou',
      description: 'Sea freight to Southeast Asia, reliable customs paperwork.',
    });
    const introId = api.ports.ids.id();
    await api.ports.introductions.create({
      id: introId,
      communityId: club.community.id,
      memberA: club.ownerId,
      memberB: hostileMember,
      answerA: 'accepted',
      answerB: 'accepted',
      status: 'introduced',
      score: 0.82,
      reason: 'Both ship to Southeast Asia',
      roundId: null,
      introducedAt: new Date(),
      followUpAt: null,
      followUpOutcome: null,
      createdAt: new Date(),
    });
    await api.core.recordDeal({
      actor: club.owner,
      communityId: club.community.id,
      introductionId: introId,
      amountMinor: 5_000_000,
      currency: 'CNY',
      note: 'First container 首个货柜',
    });
    await api.core.askQuestion({
      actor: club.owner,
      body: 'How do we price a first order for a new distributor? 新经销商首单如何定价？',
    });
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
  });

  it('shows how to sign in without a session', async () => {
    const { page, origin, shot } = panel;
    await page.goto(`${origin}/members`);
    await page.getByRole('heading', { name: 'Sign in to the admin panel' }).waitFor();
    await shot('sign-in');
  });

  it('signs in with a login link and lands on the dashboard', async () => {
    const { page, shot } = panel;
    await signInAs(club.ownerId, 'owner');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByText('Applications waiting').waitFor();
    await shot('dashboard-before');
  });

  it('approves an application and records the first payment', async () => {
    const { page, shot } = panel;
    await nav('Applications').click();
    await page.getByRole('link', { name: 'Li Lei 李雷' }).waitFor();
    await page.getByText('bitcoin').first().waitFor();
    // The queue names the referrer on the applicant's row.
    await page
      .getByRole('row', { name: /Li Lei 李雷/ })
      .getByRole('cell', { name: 'Olivia Owner 群主' })
      .waitFor();
    await shot('applications');
    await page.getByRole('link', { name: 'Li Lei 李雷' }).click();
    await page.getByRole('heading', { name: /Li Lei 李雷/ }).waitFor();
    await shot('application-detail');
    await page.getByRole('form', { name: 'Vetting' }).getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('form', { name: 'Record payment' }).waitFor();
    const form = page.getByRole('form', { name: 'Record payment' });
    await expect(form.locator('input[name=amount]').inputValue()).resolves.toBe('1000');
    await form.locator('select[name=method]').selectOption('wechat_pay');
    await form.locator('input[name=reference]').fill('WX-2026-0001');
    await form.getByRole('button', { name: 'Record payment' }).click();
    await page.getByText(/Payment recorded; membership until/).waitFor();
    await page.getByText(/Paid — the member is Active/).waitFor();
    await shot('application-paid');
  });

  it('shows the new member as active on the dashboard', async () => {
    const { page, shot } = panel;
    await nav('Dashboard').click();
    const stat = page.locator('.stat').filter({ has: page.getByText('Members with access', { exact: true }) });
    await stat.waitFor();
    await expect(stat.locator('.stat-value').textContent()).resolves.toBe('1');
    await shot('dashboard');
    await stat.click();
    await page.getByRole('link', { name: 'Li Lei 李雷' }).waitFor();
    await expect(page.locator('tbody tr').count()).resolves.toBe(1);
    await expect(page.locator('tbody .badge').first().textContent()).resolves.toBe('Active');
  });

  it('renders a hostile member name as text, never as markup', async () => {
    const { page, origin, shot } = panel;
    await page.goto(`${origin}/members`);
    await page.getByRole('link', { name: XSS_NAME }).waitFor();
    await shot('members');
    await page.getByRole('link', { name: XSS_NAME }).click();
    await page.getByRole('heading', { name: XSS_NAME }).waitFor();
    await page.goto(`${origin}/applications?status=approved`);
    await page.getByRole('link', { name: XSS_NAME }).waitFor();
    await page.getByText('<script>alert(2)</script>').waitFor();
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('shows an approved applicant who has not paid as "Approved, awaiting payment", and filters by it', async () => {
    const { page, origin } = panel;
    await page.goto(`${origin}/members`);
    await page.getByRole('combobox').selectOption({ label: 'Approved, awaiting payment' });
    await page.waitForURL(/status=none/);
    const row = page.locator('tbody tr', { has: page.getByRole('link', { name: XSS_NAME }) });
    await row.waitFor();
    await expect(row.locator('.badge').textContent()).resolves.toBe('Approved, awaiting payment');
    // Li Lei has paid: not in this filter.
    await expect(page.getByRole('link', { name: 'Li Lei 李雷' }).count()).resolves.toBe(0);
    // The owner has no membership either, but is no applicant: said so, not "awaiting payment".
    const owner = page.locator('tbody tr', { has: page.getByRole('link', { name: 'Olivia Owner 群主' }) });
    await owner.locator('.badge', { hasText: 'Staff, no membership' }).waitFor();
  });

  it('shows member detail, questions, audit log, settings and staff', async () => {
    const { page, origin, shot } = panel;
    await page.goto(`${origin}/members`);
    await page.getByRole('link', { name: 'Li Lei 李雷' }).click();
    await page.getByRole('heading', { name: 'Membership periods' }).waitFor();
    await page.getByText('WX-2026-0001').waitFor();
    await page
      .getByRole('form', { name: 'Staff notes' })
      .locator('textarea')
      .fill('Met at the Shenzhen meetup. 深圳线下活动认识。');
    await page.getByRole('form', { name: 'Staff notes' }).getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    await shot('member-detail');

    await nav('Questions').click();
    await page.getByText(/How do we price a first order/).waitFor();
    await page.getByText('waiting 0 h').waitFor();
    // Claiming moves the question to the Claimed tab, with the coach's name on it; releasing puts it back.
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    await page.getByText('Nothing here yet.').waitFor();
    await page.getByRole('tab', { name: 'Claimed' }).click();
    await page.getByText('Claimed by you').waitFor();
    await shot('questions');
    await page.getByRole('button', { name: 'Release' }).click();
    await page.getByText('Nothing here yet.').waitFor();

    await nav('Audit log').click();
    await page.getByRole('cell', { name: 'Payment recorded' }).waitFor();
    await shot('audit');

    await nav('Settings').click();
    await page.getByRole('form', { name: 'Club settings' }).waitFor();
    await page.locator('input[name=graceDays]').fill('10');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved.').waitFor();
    await page.getByRole('heading', { name: 'Platform connections' }).waitFor();
    await page.getByText(/DISCORD_GUILD_IDS/).waitFor();
    await shot('settings');

    await nav('Staff').click();
    await page.getByRole('cell', { name: /Olivia Owner/ }).waitFor();
    await shot('staff');

    await nav('Lessons').click();
    await page.getByText('Pricing for export 出口定价').waitFor();
    await page.getByText('30 seats left').waitFor();
    await shot('lessons');

    await nav('Introductions & deals').click();
    // The amount shows in the introduction, the deal list and the quarter totals.
    await page.getByText('CN¥50,000.00').or(page.getByText('CNY 50,000.00')).first().waitFor();
    const quarters = page.getByRole('table', { name: 'Totals by quarter · CNY' });
    await quarters.getByRole('rowheader', { name: 'Total' }).waitFor();
    await page.getByRole('table', { name: 'Deal list' }).getByText('First container 首个货柜').waitFor();
    // The funnel per month: this month's introduction got to a deal, with its value.
    await page
      .getByRole('table', { name: 'Introduction funnel' })
      .getByText('CN¥50,000.00')
      .or(page.getByRole('table', { name: 'Introduction funnel' }).getByText('CNY 50,000.00'))
      .first()
      .waitFor();
    await shot('introductions');

    await nav('Suppliers').click();
    const supplier = page.getByRole('form', { name: 'Pearl River Freight 珠江货运' });
    await supplier.locator('textarea').fill('Two members shipped with them.');
    await supplier.getByRole('button', { name: 'Vet' }).click();
    await page.getByText('Nothing here yet.').waitFor();
    await page.getByRole('tab', { name: 'Vetted' }).click();
    await page.getByText('Two members shipped with them.').waitFor();
    await shot('suppliers');

    await nav('Moderation cases').click();
    await page.getByRole('heading', { name: 'Moderation cases' }).waitFor();
    await page.getByRole('tab', { name: 'Waiting' }).waitFor();
  });

  it('creates a guest talk, opens it, signs a member up and marks attendance', async () => {
    const { api, page, shot } = panel;
    await nav('Lessons').click();
    await page.getByRole('link', { name: 'New lesson / guest talk' }).click();
    const form = page.getByRole('form', { name: 'New lesson / guest talk' });
    // An empty form comes back from the API as 400 with a message per field.
    await form.getByRole('button', { name: 'Create' }).click();
    await form
      .getByRole('alert')
      .getByText(/^title /)
      .waitFor();
    await form
      .getByRole('alert')
      .getByText(/^startsAt /)
      .waitFor();

    const title = 'Cross-border tax 跨境税务 <b>bold</b>';
    const startsAt = new Date(api.ports.clock.now().getTime() + 60 * 60_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const local = `${startsAt.getFullYear()}-${pad(startsAt.getMonth() + 1)}-${pad(startsAt.getDate())}T${pad(startsAt.getHours())}:${pad(startsAt.getMinutes())}`;
    await form.locator('input[name=title]').fill(title);
    await form.locator('input[name=speakerName]').fill('Dr. Wang 王博士');
    await form.locator('input[name=speakerBio]').fill('Tax adviser for exporters, 15 years.');
    await form.locator('input[name=startsAt]').fill(local);
    await form.locator('input[name=durationMinutes]').fill('60');
    await form.locator('input[name=capacity]').fill('10');
    await form.locator('input[name=location]').fill('Zoom');
    await form.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: /Cross-border tax/ }).waitFor();

    await nav('Lessons').click();
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: /Cross-border tax/ }).waitFor();
    await page.locator('input[name=memberSearch]').fill('Li Lei');
    await page.getByRole('button', { name: 'Sign up', exact: true }).click();
    await page.getByText('Li Lei 李雷: going.').waitFor();
    await page.getByText('1 going').waitFor();

    // The talk starts: move the server's clock and the browser's past its start.
    api.ports.clock.advance(2 * 60 * 60_000);
    await page.clock.setFixedTime(api.ports.clock.now());
    await page.reload();
    const attendance = page.getByRole('form', { name: 'Attendance' });
    await attendance.getByRole('checkbox', { name: 'Li Lei 李雷' }).check();
    await attendance.getByRole('button', { name: 'Save attendance' }).click();
    await page.getByText('Attendance saved: 1 attended, 0 absent.').waitFor();
    await page.getByText('Attended', { exact: true }).waitFor();
    await expect(page.getByRole('heading', { name: /Cross-border tax/ }).textContent()).resolves.toContain(
      '<b>bold</b>',
    );
    expect(await page.locator('main b').count()).toBe(0);
    await shot('lessons-detail');
  });

  it('switches every text to zh-CN', async () => {
    const { page, origin, shot } = panel;
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '社群概览' }).waitFor();
    await nav('入会申请').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await shot('dashboard-zh');
    await nav('会员').click();
    await page.getByRole('columnheader', { name: '状态' }).waitFor();
    await page.getByRole('option', { name: '已通过审核，待付款' }).waitFor({ state: 'attached' });
    await shot('members-zh');
    await page.reload();
    await page.getByRole('columnheader', { name: '状态' }).waitFor();
  });

  it('lets a coach see only the coach screens', async () => {
    const { api, page } = panel;
    const coachId = await addStaff(api.core, club, 'Coach Chen 陈教练', 'coach');
    await signInAs(coachId, 'coach');
    await nav('提问').waitFor();
    await expect(nav('会员').count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: '社群设置' }).count()).resolves.toBe(0);
    await nav('提问').click();
    await page.getByRole('form', { name: '你的回答' }).locator('textarea').fill('先小批量试单，按成本加成 30% 定价。');
    await page.getByRole('button', { name: '提交回答' }).click();
    await page.getByRole('tab', { name: '已回答' }).click();
    await page.getByText('先小批量试单，按成本加成 30% 定价。').waitFor();
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '登录管理后台' }).waitFor();
  });
});
