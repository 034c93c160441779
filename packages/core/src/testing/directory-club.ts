import { createCore } from '../create-core.js';
import { createTestPorts } from './create-test-ports.js';
import { createNetworkClub } from './network-club.js';

/** A club of seven members with profiles for the directory: visible, staff-only, hidden, lapsed and staff. */
export async function directoryClub() {
  const ports = createTestPorts();
  ports.clock.set('2026-03-02T02:00:00Z');
  const core = createCore(ports);
  const club = await createNetworkClub(ports, [
    {
      name: '李雷',
      profile: { company: '雷霆跨境', industry: '跨境电商', region: '深圳', offers: '亚马逊运营', needs: '跨境物流' },
    },
    {
      name: 'Sam Tan',
      profile: {
        company: 'Tan Freight',
        industry: 'logistics',
        region: 'Shenzhen',
        offers: 'Southeast Asia freight forwarding',
      },
    },
    { name: '韩梅梅', profile: { industry: '律师', region: '上海', offers: '商标注册', visibility: 'staff' } },
    {
      name: 'Hidden Hu',
      profile: { industry: 'logistics', region: 'Shanghai', offers: 'cold chain trucking', visibility: 'hidden' },
    },
    { name: 'Lapsed Lu', membership: 'lapsed', profile: { industry: '物流', region: '深圳', offers: '国际货代' } },
    { name: 'Coach Chen', roles: ['coach'], profile: { industry: '培训' } },
    { name: 'Mod Ma', roles: ['moderator'], profile: { industry: '咨询' } },
  ]);
  const [lilei, sam, meimei, hidden, lapsed, coach, moderator] = club.members.map((m) => m);
  return {
    ports,
    core,
    club,
    communityId: club.community.id,
    lilei: lilei!,
    sam: sam!,
    meimei: meimei!,
    hidden: hidden!,
    lapsed: lapsed!,
    coach: coach!,
    moderator: moderator!,
  };
}
