import { describe, expect, it } from 'vitest';
import { createCore } from '../create-core.js';
import { communityName } from '../domain/community.js';
import { DomainError, errorText } from '../errors/domain-error.js';
import { communitySetupProblemTexts } from '../i18n/community-setup-messages.js';
import { createTestPorts } from '../testing/create-test-ports.js';
import { MemoryStore } from '../testing/in-memory/store.js';
import { createMemoryRepositories } from '../testing/memory-repositories.js';

function setup() {
  const store = new MemoryStore();
  const repositories = createMemoryRepositories(store);
  const ports = createTestPorts(repositories);
  return { store, ports, core: createCore(ports) };
}

async function problemsOf(promise: Promise<unknown>): Promise<{ code: string; value?: string }[]> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('community.setup_invalid');
  return (error as DomainError).context['problems'] as { code: string; value?: string }[];
}

describe('setUpCommunity (snowball club create)', () => {
  it('creates an empty club with its settings, its first owner and a one-time owner login link', async () => {
    const { core, ports, store } = setup();
    const created = await core.setUpCommunity({
      slug: ' Tea-Makers ',
      name: 'Tea Makers',
      nameZh: '制茶人俱乐部',
      ownerEmail: 'Mei@Example.com',
      fee: '2,500.50',
      currency: 'usd',
      timezone: 'Europe/Paris',
      language: 'en',
    });
    const community = await ports.communities.getBySlug('tea-makers');
    expect(community?.id).toBe(created.community.id);
    expect(community?.settings).toMatchObject({
      defaultLocale: 'en',
      timezone: 'Europe/Paris',
      fee: { amountMinor: 250_050, currency: 'USD' },
      acceptedCurrencies: ['USD'],
    });
    expect(communityName(created.community, 'zh-CN')).toBe('制茶人俱乐部');
    expect(communityName(created.community, 'en')).toBe('Tea Makers');

    const owner = await ports.members.getByEmail(created.community.id, 'mei@example.com');
    expect(owner).toMatchObject({ id: created.ownerId, displayName: 'Mei', locale: 'en' });
    expect(await ports.staff.rolesOf(created.community.id, created.ownerId)).toEqual(['owner']);
    // Empty: the owner is the only person, and there are no lessons.
    expect([...store.table('members').keys()]).toHaveLength(1);
    expect(await ports.lessons.listSeries(created.community.id)).toEqual([]);

    if (!created.loginLink) throw new Error('no login link');
    expect(created.loginLink.expiresAt.getTime() - ports.clock.now().getTime()).toBe(10 * 60_000);
    const session = await core.redeemLoginLink({ token: created.loginLink.token });
    expect(session).toMatchObject({ communityId: created.community.id, memberId: created.ownerId, role: 'owner' });
  });

  it('defaults to a 1000 CNY, Asia/Shanghai, zh-CN club and names the owner after the email', async () => {
    const { core } = setup();
    const { community } = await core.setUpCommunity({ slug: 'c1', name: '雪球', ownerEmail: 'wang.li@example.cn' });
    expect(community.settings).toMatchObject({
      defaultLocale: 'zh-CN',
      timezone: 'Asia/Shanghai',
      fee: { amountMinor: 100_000, currency: 'CNY' },
    });
    expect(communityName(community, 'en')).toBe('雪球');
  });

  it('names every problem at once, in both languages, and writes nothing', async () => {
    const { core, ports } = setup();
    const problems = await problemsOf(
      core.setUpCommunity({
        slug: 'No Spaces!',
        name: '  ',
        nameZh: '长'.repeat(101),
        ownerEmail: 'not-an-email',
        fee: 'ten',
        currency: 'XYZ',
        timezone: 'Mars/Olympus',
        language: 'fr',
      }),
    );
    expect(problems.map((p) => p.code)).toEqual([
      'slug.format',
      'name.required',
      'nameZh.too_long',
      'owner.invalid',
      'currency.unknown',
      'fee.invalid',
      'timezone.unknown',
      'language.unknown',
    ]);
    expect(await ports.communities.list()).toEqual([]);

    const en = communitySetupProblemTexts(problems as never, 'en');
    expect(en[0]).toContain('--slug "no spaces!"');
    expect(en[3]).toContain('--owner "not-an-email" is not an email address');
    const zh = communitySetupProblemTexts(problems as never, 'zh-CN');
    expect(zh[6]).toContain('--timezone "Mars/Olympus" 不是有效的时区');
    expect(errorText(new DomainError('community.setup_invalid', { problems }), 'zh-CN')).toContain('社群未创建');
  });

  it('asks for the required values when they are missing', async () => {
    const { core } = setup();
    const problems = await problemsOf(core.setUpCommunity({}));
    expect(problems.map((p) => p.code)).toEqual(['slug.required', 'name.required', 'owner.required']);
  });

  it('refuses a slug another club already uses, together with the other problems, and leaves that club alone', async () => {
    const { core, ports } = setup();
    const first = await core.setUpCommunity({ slug: 'taken', name: 'First', ownerEmail: 'a@example.com' });
    const problems = await problemsOf(
      core.setUpCommunity({ slug: 'taken', name: 'Second', ownerEmail: 'b@example.com', fee: '0' }),
    );
    expect(problems).toEqual([
      { code: 'slug.taken', value: 'taken' },
      { code: 'fee.invalid', value: '0' },
    ]);
    expect((await ports.communities.list()).map((c) => [c.slug, c.name])).toEqual([['taken', 'First']]);
    expect(first.community.name).toBe('First');
  });

  it('creates nothing when a write fails half-way', async () => {
    const { ports } = setup();
    const failing = {
      ...ports,
      uow: {
        run: <T>(work: (repos: never) => Promise<T>) =>
          ports.uow.run((repos) =>
            work({
              ...repos,
              auth: {
                ...repos.auth,
                createLoginLink: async () => {
                  throw new Error('disk full');
                },
              },
            } as never),
          ),
      },
    };
    await expect(
      createCore(failing as never).setUpCommunity({ slug: 'half', name: 'Half', ownerEmail: 'h@example.com' }),
    ).rejects.toThrow('disk full');
    expect(await ports.communities.list()).toEqual([]);
    expect(await ports.communities.getBySlug('half')).toBeNull();
  });

  it('lists the clubs of the deployment by slug', async () => {
    const { core } = setup();
    await core.setUpCommunity({ slug: 'zeta', name: 'Zeta', ownerEmail: 'z@example.com' });
    await core.setUpCommunity({ slug: 'alpha', name: 'Alpha', ownerEmail: 'a@example.com' });
    expect((await core.listCommunities({})).map((c) => c.slug)).toEqual(['alpha', 'zeta']);
  });
});
