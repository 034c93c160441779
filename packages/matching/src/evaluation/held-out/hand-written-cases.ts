import type { MatchProfile } from '../../engine/match-profile.js';

/**
 * Hand-written complementary pairs, each member written as a whole profile in their own words (none taken
 * from the matcher's vocabulary or either generator). `a` and `b` are each other's planted partner.
 */
export interface HandWrittenCase {
  readonly a: MatchProfile;
  readonly b: MatchProfile;
}

export const HAND_WRITTEN_CASES: readonly HandWrittenCase[] = [
  {
    a: {
      id: 'hw-roastery',
      language: 'en',
      industry: 'specialty coffee',
      region: 'Melbourne',
      needs:
        'We roast about 3 tonnes a month across our cafés and our current green supplier keeps shorting us on Ethiopian lots.',
      offers: 'Happy to share our café fit-out playbook; we also run barista training for new shops.',
    },
    b: {
      id: 'hw-green-importer',
      language: 'zh-CN',
      industry: '咖啡进口',
      region: '上海',
      needs: '想开几家门店，但是不懂咖啡馆装修和咖啡师培训，求有经验的人带一带',
      offers: '我们从埃塞俄比亚进口咖啡生豆，每月两个货柜，可以长期供货给烘焙商',
    },
  },
  {
    a: {
      id: 'hw-exporter',
      language: 'zh-CN',
      industry: '外贸',
      region: '宁波',
      needs: '做外贸十年了，美金收款一直走银行电汇，到账慢还经常被扣费，想找便宜点的收款通道',
      offers: '宁波保税区有自己的仓库，可以帮人做集货和出口报关',
    },
    b: {
      id: 'hw-psp',
      language: 'en',
      industry: 'fintech',
      region: 'Hong Kong',
      needs:
        'We ship sample kits to Chinese clients every week and need a bonded warehouse plus an export customs broker in Ningbo.',
      offers:
        'Our fintech gives exporters virtual USD/EUR receiving accounts and converts to RMB at near-interbank rates.',
    },
  },
  {
    a: {
      id: 'hw-pet-brand',
      language: 'en',
      industry: 'pet food brand',
      region: 'London',
      needs:
        'Our grain-free dog treat recipes are ready; now we need a co-manufacturer who can run small batches for the UK market.',
      offers: 'I have 40k followers among UK dog owners and can feature partner products in our newsletter.',
    },
    b: {
      id: 'hw-pet-factory',
      language: 'zh-CN',
      industry: '宠物食品',
      region: '青岛',
      needs: '我们工厂想做自有品牌打进英国，需要当地养狗圈子的推广渠道',
      offers: '青岛宠物食品代工厂，狗零食、冻干都可以做，起订量低，有出口欧盟资质',
    },
  },
  {
    a: {
      id: 'hw-winery',
      language: 'en',
      industry: 'winery',
      region: 'Bordeaux',
      needs: 'Family château looking for a serious importer or restaurant group in China to take our reds.',
      offers: 'We host groups for vineyard tours and can arrange private tastings in Bordeaux.',
    },
    b: {
      id: 'hw-restaurants',
      language: 'zh-CN',
      industry: '餐饮',
      region: '北京',
      needs: '公司年底组织高管去法国，想安排酒庄参观和品鉴',
      offers: '北京有十几家西餐厅，每年采购大量进口红酒，愿意直接跟酒庄合作',
    },
  },
  {
    a: {
      id: 'hw-solar',
      language: 'zh-CN',
      industry: '光伏',
      region: '苏州',
      needs: '公司要做海外融资，需要懂ESG报告的顾问',
      offers: '我们做厂房屋顶分布式光伏，从设计到并网全包，帮工厂省电费',
    },
    b: {
      id: 'hw-esg',
      language: 'en',
      industry: 'sustainability consulting',
      region: 'Singapore',
      needs:
        "A client's factory in Suzhou burns through power; they want rooftop panels installed to cut energy costs.",
      offers: 'ESG reporting and sustainability disclosure for companies raising money from overseas funds.',
    },
  },
  {
    a: {
      id: 'hw-game',
      language: 'en',
      industry: 'mobile games',
      region: 'Seoul',
      needs: 'Our RPG needs simplified Chinese localisation and LQA before the CN launch.',
      offers: 'We can introduce you to Korean publishers and handle KR market launches.',
    },
    b: {
      id: 'hw-loc',
      language: 'zh-CN',
      industry: '游戏本地化',
      region: '成都',
      needs: '想把我们代理的几款游戏发到韩国，需要韩国发行资源',
      offers: '成都游戏本地化团队，中文翻译和语言质量测试都做',
    },
  },
  {
    a: {
      id: 'hw-device',
      language: 'zh-CN',
      industry: '医疗器械',
      region: '深圳',
      needs: '我们的血氧仪要卖到美国，需要做FDA注册，有没有懂的顾问',
      offers: '深圳有电子厂，可以接小批量的PCBA贴片加工',
    },
    b: {
      id: 'hw-reg',
      language: 'en',
      industry: 'regulatory affairs',
      region: 'Boston',
      needs: 'Our hardware startup needs a small-batch PCB assembly partner in Shenzhen.',
      offers: 'Former FDA reviewer; I prepare 510(k) submissions for medical device makers.',
    },
  },
  {
    a: {
      id: 'hw-halal',
      language: 'en',
      industry: 'snack maker',
      region: 'Kuala Lumpur',
      needs: 'Our chips are halal-certified in Malaysia; we want a distributor who can get us onto shelves in China.',
      offers: 'We can help Chinese food brands obtain JAKIM halal certification.',
    },
    b: {
      id: 'hw-snack-dist',
      language: 'zh-CN',
      industry: '食品经销',
      region: '广州',
      needs: '我们的零食想出口到马来西亚，需要办清真认证',
      offers: '广州食品经销商，覆盖华南几千家便利店和超市，可以帮进口零食铺货',
    },
  },
  {
    a: {
      id: 'hw-textile',
      language: 'en',
      industry: 'activewear',
      region: 'Los Angeles',
      needs: 'Yoga wear label looking for a mill with recycled nylon-spandex jersey.',
      offers: 'We know the LA wholesale scene and can place Chinese apparel with US boutiques.',
    },
    b: {
      id: 'hw-mill',
      language: 'en',
      industry: 'fabric mill',
      region: 'Shaoxing',
      needs: 'Want a partner who can sell our finished garments to boutiques in the US.',
      offers: 'Knit fabric mill making recycled nylon and spandex jersey for sportswear.',
    },
  },
  {
    a: {
      id: 'hw-visa',
      language: 'zh-CN',
      industry: '跨境电商',
      region: '杭州',
      needs: '老板要去新加坡开公司，需要办工作准证',
      offers: '杭州跨境电商团队，帮品牌运营亚马逊店铺',
    },
    b: {
      id: 'hw-sg-law',
      language: 'zh-CN',
      industry: '移民咨询',
      region: '新加坡',
      needs: '我们自己的保健品牌想上亚马逊，缺会运营的团队',
      offers: '新加坡移民顾问，EP准证、公司注册都可以办',
    },
  },
];
