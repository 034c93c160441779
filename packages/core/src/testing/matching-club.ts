import { createCore } from '../create-core.js';
import { createTestPorts } from './create-test-ports.js';
import { createNetworkClub, type NetworkMemberSpec } from './network-club.js';

// Two pairs that complete each other, across wordings and languages, plus members who must sit out.
export const MATCHING_SPECS: NetworkMemberSpec[] = [
  {
    name: '李雷',
    locale: 'zh-CN',
    profile: {
      industry: '跨境电商',
      region: '深圳',
      offers: '亚马逊运营团队，品牌出海',
      needs: '急需跨境物流合作伙伴',
    },
  },
  {
    name: 'Sam Tan',
    locale: 'en',
    platform: 'slack',
    profile: {
      industry: 'logistics',
      region: 'Shenzhen',
      offers: 'we run Southeast Asia freight forwarding',
      needs: 'looking for Amazon sellers as clients',
    },
  },
  {
    name: '韩梅梅',
    locale: 'zh-CN',
    profile: { industry: '律师', offers: '商标注册，合同审核', needs: '寻找天使投资' },
  },
  {
    name: 'Ada Angel',
    locale: 'en',
    profile: { industry: 'VC', offers: 'angel investment', needs: 'need a trademark lawyer' },
  },
  // Would match 李雷, but sits out: lapsed, opted out, excluded by staff.
  { name: 'Lapsed Forwarder', membership: 'lapsed', profile: { offers: '国际货代', needs: '亚马逊卖家' } },
  { name: 'Opted Out', profile: { offers: '海外仓', needs: '亚马逊卖家', matchingOptIn: false } },
  { name: 'In Grace', matchingExcluded: true, profile: { offers: 'freight forwarding', needs: 'Amazon sellers' } },
];

/** A club of MATCHING_SPECS (or `specs`) on a fake clock, with the matching round's system actor. */
export async function matchingClub(specs: readonly NetworkMemberSpec[] = MATCHING_SPECS) {
  const ports = createTestPorts();
  ports.clock.set('2026-03-02T02:00:00Z');
  const core = createCore(ports);
  const club = await createNetworkClub(ports, specs);
  const system = { kind: 'system', communityId: club.community.id, label: 'matching' } as const;
  return { ports, core, club, system, communityId: club.community.id };
}
