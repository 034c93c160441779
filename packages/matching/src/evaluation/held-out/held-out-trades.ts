/**
 * Trades for the held-out evaluation, written apart from the matcher's vocabulary and from the tuned
 * generator's scenarios: each has what a supplier says about itself and what a buyer says it is looking
 * for, in Chinese, in English and in the mixed Chinese-English that members often write, with trade jargon
 * and abbreviations. The matcher must never import this file (see README.md).
 */
export interface HeldOutTrade {
  readonly id: string;
  readonly offer: { readonly zh: readonly string[]; readonly en: readonly string[]; readonly mix: readonly string[] };
  readonly need: { readonly zh: readonly string[]; readonly en: readonly string[]; readonly mix: readonly string[] };
  readonly industry: { readonly zh: string; readonly en: string };
}

export const HELD_OUT_TRADES: readonly HeldOutTrade[] = [
  {
    id: 'green-coffee',
    offer: {
      zh: ['从埃塞俄比亚和哥伦比亚直采咖啡生豆，整柜拼柜都能走', '咖啡生豆进口商，云南小粒也有现货'],
      en: [
        'We import specialty green coffee from Ethiopia & Colombia, full or part containers',
        'green bean importer, washed and natural lots in stock',
      ],
      mix: ['做green coffee进口，埃塞、哥伦比亚产区都有', '咖啡生豆importer，支持拼柜'],
    },
    need: {
      zh: ['我们是连锁烘焙工坊，每月要稳定的咖啡生豆货源', '自家烘豆，想找靠谱的生豆供应'],
      en: [
        'our roastery chain (12 shops) needs a steady supply of unroasted beans',
        'looking for a coffee bean supplier for our roasting business',
      ],
      mix: ['我们roastery每月要几吨生豆，求supplier', '烘焙工坊找coffee beans供应商'],
    },
    industry: { zh: '咖啡贸易', en: 'coffee trading' },
  },
  {
    id: 'fx-collection',
    offer: {
      zh: ['持牌支付机构，帮外贸企业做美元欧元收款和结汇', '提供多币种收款账户，结汇快费率低'],
      en: [
        'licensed PSP: multi-currency collection accounts & FX conversion for exporters',
        'we handle cross-border payouts and currency exchange at low fees',
      ],
      mix: ['我们做跨境payment，USD/EUR收款+结汇', '外贸收款solution，支持多币种account'],
    },
    need: {
      zh: ['外贸收款太慢了，手续费也高，想换个渠道', '海外客户打款老是被退，求靠谱收款方式'],
      en: [
        'need a better way to get paid by overseas buyers, bank wires are slow & pricey',
        'looking for an international payments provider for our export business',
      ],
      mix: ['海外客户付款to我们太慢，求payment方案', '外贸收款有没有好用的provider'],
    },
    industry: { zh: '跨境支付', en: 'payments' },
  },
  {
    id: 'pet-food-oem',
    offer: {
      zh: ['宠物食品代工厂，猫粮狗粮冻干都能做，支持小单', '宠物零食OEM，有出口资质'],
      en: ['pet food co-packer: kibble, freeze-dried treats, low MOQ', 'we manufacture private-label dog & cat food'],
      mix: ['宠物食品OEM/ODM工厂，kibble和冻干都做', '猫粮代工，private label ok'],
    },
    need: {
      zh: ['新的宠物食品品牌，想找工厂生产猫粮', '我们做猫狗零食品牌，需要代工'],
      en: [
        'pet-food brand launching in EU, need someone to produce our recipes',
        'DTC cat food startup looking for a manufacturing partner',
      ],
      mix: ['pet brand找猫粮工厂代工', '我们的宠物品牌需要manufacturer'],
    },
    industry: { zh: '宠物食品', en: 'pet food' },
  },
  {
    id: 'wine-import',
    offer: {
      zh: ['法国波尔多酒庄直供，葡萄酒整柜出口中国', '有西班牙和智利葡萄酒货源，可做进口清关'],
      en: [
        'Bordeaux chateau wines, direct from the estate, exporting to Asia',
        'wine exporter: Spanish and Chilean reds, FCL or LCL',
      ],
      mix: ['法国wine直供，可以出口到中国', '红酒exporter，波尔多和智利的都有'],
    },
    need: {
      zh: ['我们有三十家餐厅，想直接进口红酒降低成本', '酒类经销商，找海外葡萄酒货源'],
      en: [
        'restaurant group looking to source wine directly from producers',
        'beverage distributor seeking imported wines for our channels',
      ],
      mix: ['餐厅集团想直采红酒，找wine producer', '酒水distributor找进口葡萄酒'],
    },
    industry: { zh: '葡萄酒', en: 'wine' },
  },
  {
    id: 'solar-install',
    offer: {
      zh: ['分布式光伏EPC，厂房屋顶电站设计安装一条龙', '做工商业屋顶光伏，帮企业省电费'],
      en: [
        'rooftop solar EPC for factories and warehouses, design to grid connection',
        'commercial PV installer, we cut your power bill',
      ],
      mix: ['屋顶solar EPC，工商业项目', '我们做PV安装，厂房屋顶都可以'],
    },
    need: {
      zh: ['工厂电费太高，想在屋顶装太阳能板', '仓库屋顶闲着，想做光伏发电'],
      en: [
        'our plant uses a lot of electricity; want panels on the roof',
        'need someone to put solar on our warehouse roof',
      ],
      mix: ['工厂想装solar panels，省电费', '仓库屋顶想做光伏，求installer'],
    },
    industry: { zh: '新能源', en: 'renewable energy' },
  },
  {
    id: 'fabric-mill',
    offer: {
      zh: ['绍兴面料厂，针织梭织都有，现货和定织', '做有机棉和再生涤纶面料，带GRS证书'],
      en: [
        'textile mill: knits & wovens, stock fabrics and custom weaving',
        'organic cotton and recycled polyester fabrics, GRS certified',
      ],
      mix: ['面料mill，有机棉和recycled poly都有', '针织fabric现货，可定织'],
    },
    need: {
      zh: ['服装品牌找面料供应商，要环保材质', '我们做瑜伽服，需要弹力面料'],
      en: ['apparel label looking for sustainable fabric suppliers', 'activewear brand, need stretch material vendors'],
      mix: ['服装brand找环保fabric', '瑜伽服品牌需要弹力面料supplier'],
    },
    industry: { zh: '纺织', en: 'textiles' },
  },
  {
    id: 'medical-registration',
    offer: {
      zh: ['医疗器械注册代理，NMPA和FDA 510k都做过', '帮医疗器械企业做CE认证和临床评价'],
      en: [
        'regulatory consultants for medical devices: FDA 510(k), CE MDR, NMPA',
        'we get medtech products cleared in US and EU',
      ],
      mix: ['医疗器械regulatory，FDA 510k和CE MDR', '做medtech注册，NMPA也可以'],
    },
    need: {
      zh: ['我们的血糖仪要进美国市场，需要FDA注册', '医疗器械出口欧洲，证书怎么办'],
      en: ['our glucose meter needs FDA clearance before launch', 'need help getting our device approved in Europe'],
      mix: ['医疗设备要拿FDA clearance，求顾问', '器械出口EU，需要CE认证help'],
    },
    industry: { zh: '医疗器械', en: 'medical devices' },
  },
  {
    id: 'furniture-factory',
    offer: {
      zh: ['佛山家具工厂，实木和板式都做，可以出口', '做酒店家具定制，工程单经验丰富'],
      en: [
        'Foshan furniture factory, solid wood & panel, export ready',
        'custom hotel furniture manufacturer, contract projects',
      ],
      mix: ['佛山furniture工厂，可出口', '酒店家具custom，做过很多project'],
    },
    need: {
      zh: ['在澳洲开家居店，想从中国进家具', '酒店项目需要一批定制家具'],
      en: [
        'home decor retailer in Australia sourcing sofas and tables from China',
        'boutique hotel fit-out, need custom furniture',
      ],
      mix: ['澳洲home store想进中国家具', '酒店装修需要custom家具'],
    },
    industry: { zh: '家具', en: 'furniture' },
  },
  {
    id: 'game-localization',
    offer: {
      zh: ['游戏本地化团队，中英日韩翻译加LQA测试', '做手游出海本地化和配音'],
      en: ['game localization studio: CN/EN/JP/KR translation plus LQA', 'we localize mobile games and do voice-over'],
      mix: ['game本地化，翻译+LQA', '手游localization和配音'],
    },
    need: {
      zh: ['我们的手游要上日本和美国，需要翻译文本', '独立游戏想出海，找本地化团队'],
      en: [
        'our mobile game is launching in Japan and the US, need the text translated',
        'indie studio looking for a localization vendor',
      ],
      mix: ['手游要出海，需要localization vendor', 'indie游戏找翻译团队'],
    },
    industry: { zh: '游戏服务', en: 'game services' },
  },
  {
    id: 'seafood-export',
    offer: {
      zh: ['挪威三文鱼和帝王蟹供应，空运到港', '做冻品海鲜出口，虾和鱿鱼为主'],
      en: [
        'Norwegian salmon and king crab supplier, air freighted fresh',
        'frozen seafood exporter: shrimp, squid, fillets',
      ],
      mix: ['三文鱼supplier，空运fresh', '冻品seafood出口，虾和鱿鱼'],
    },
    need: {
      zh: ['日料连锁店找稳定的三文鱼货源', '生鲜电商想直采进口海鲜'],
      en: ['sushi chain looking for a reliable salmon source', 'grocery app wants to buy imported seafood direct'],
      mix: ['日料店找salmon货源', '生鲜app想直采海鲜'],
    },
    industry: { zh: '海鲜', en: 'seafood' },
  },
  {
    id: 'cosmetics-lab',
    offer: {
      zh: ['化妆品代工厂，有研发配方团队，支持小批量', '护肤品ODM，精华面霜都能做，有GMP车间'],
      en: [
        'cosmetics lab: R&D formulation and filling, small runs ok',
        'skincare ODM with GMP facility, serums and creams',
      ],
      mix: ['cosmetics代工，formula研发+灌装', '护肤品ODM，有GMP车间'],
    },
    need: {
      zh: ['想做自己的护肤品牌，找工厂出配方', '美妆初创，需要代工厂'],
      en: [
        'founder starting a skincare line, need someone to formulate and produce',
        'beauty startup looking for a contract lab',
      ],
      mix: ['想做护肤brand，求工厂做formula', '美妆startup找代工lab'],
    },
    industry: { zh: '化妆品', en: 'cosmetics' },
  },
  {
    id: 'warehouse-robotics',
    offer: {
      zh: ['仓储自动化方案，AGV和穿梭车系统集成', '做智能仓库改造，分拣机器人落地'],
      en: ['warehouse automation integrator: AGVs, shuttles, sortation', 'we retrofit DCs with picking robots'],
      mix: ['仓储automation，AGV系统集成', '智能仓库改造，sorting robot'],
    },
    need: {
      zh: ['仓库人工成本太高，想上自动化设备', '电商仓每天几万单，分拣跟不上'],
      en: [
        'our DC labour costs are killing us, want to automate picking',
        'e-com fulfilment center cannot keep up with order volume',
      ],
      mix: ['仓库想做automation，人工太贵', '电商仓分拣跟不上，求robot方案'],
    },
    industry: { zh: '物流科技', en: 'logistics tech' },
  },
  {
    id: 'tea-export',
    offer: {
      zh: ['福建茶园直供，白茶岩茶都有，可出口', '做普洱和红茶出口，有欧盟检测报告'],
      en: [
        'tea estate in Fujian, white and oolong, export grade',
        'we export pu-erh and black tea with EU lab reports',
      ],
      mix: ['福建tea直供，白茶oolong都有', '普洱export，有EU检测'],
    },
    need: {
      zh: ['伦敦开茶饮店，想找中国茶叶供应商', '茶饮品牌需要稳定的茶叶原料'],
      en: ['opening a tea bar in London, need a Chinese tea supplier', 'bubble tea brand needs a steady leaf supply'],
      mix: ['伦敦tea shop找中国茶叶supplier', '奶茶brand需要茶叶原料'],
    },
    industry: { zh: '茶叶', en: 'tea' },
  },
  {
    id: 'visa-immigration',
    offer: {
      zh: ['移民律师，处理美国L1和EB5签证', '新加坡EP和企业准证办理'],
      en: ['immigration lawyer: L-1 and EB-5 visas for founders', 'we process Singapore EP and work passes'],
      mix: ['immigration律师，L1/EB5都做', '新加坡EP准证办理service'],
    },
    need: {
      zh: ['要派员工去美国分公司，工作签证怎么办', '创始人想拿新加坡工作准证'],
      en: ['sending staff to our US branch, need work visas sorted', 'founder needs a Singapore work permit'],
      mix: ['员工去美国要work visa，求律师', '想拿新加坡work pass'],
    },
    industry: { zh: '移民服务', en: 'immigration services' },
  },
  {
    id: 'auto-parts',
    offer: {
      zh: ['汽车售后配件工厂，刹车片和滤清器为主', '做新能源汽车零部件，有IATF16949'],
      en: ['aftermarket auto parts maker: brake pads, filters', 'EV component supplier, IATF 16949 certified'],
      mix: ['汽配aftermarket工厂，刹车片filter', 'EV零部件supplier，有IATF'],
    },
    need: {
      zh: ['中东汽配批发商，找中国刹车片工厂', '修理厂连锁需要稳定的配件供应'],
      en: ['auto parts wholesaler in Dubai sourcing brake pads from China', 'repair shop chain needs a parts vendor'],
      mix: ['迪拜汽配wholesaler找刹车片工厂', '修理厂chain需要配件supplier'],
    },
    industry: { zh: '汽车配件', en: 'auto parts' },
  },
  {
    id: 'esop-legal',
    offer: {
      zh: ['创业公司律师，做期权池和股权激励方案', '帮初创企业设计ESOP和股东协议'],
      en: [
        'startup lawyer: option pools, ESOP plans, shareholder agreements',
        'we draft equity incentive plans for founders',
      ],
      mix: ['startup律师，ESOP和期权池', '股权激励plan设计'],
    },
    need: {
      zh: ['想给核心员工发期权，不知道怎么设计', 'A轮前要搭股权激励'],
      en: [
        'want to give key hires stock options, no idea how to set it up',
        'pre-Series A, need an employee equity plan',
      ],
      mix: ['想给员工发options，怎么设计', 'A轮前要做ESOP'],
    },
    industry: { zh: '法律服务', en: 'legal' },
  },
  {
    id: 'toy-safety',
    offer: {
      zh: ['第三方检测实验室，玩具EN71和CPC测试', '做儿童用品安全检测，出报告快'],
      en: ['third-party lab: EN71 and CPSIA toy testing', 'children product safety testing with quick reports'],
      mix: ['检测lab，玩具EN71/CPC', '儿童用品safety testing'],
    },
    need: {
      zh: ['玩具要上亚马逊美国站，需要CPC证书', '儿童产品出口欧洲要做测试'],
      en: ['our toys need a CPC before Amazon US will list them', 'kids products going to Europe, need testing done'],
      mix: ['玩具上Amazon US需要CPC', '儿童产品出口EU要testing'],
    },
    industry: { zh: '检测认证', en: 'testing lab' },
  },
  {
    id: 'influencer-seeding',
    offer: {
      zh: ['海外达人营销机构，手上几千个YouTube和Ins博主', '做红人种草，美国欧洲网红资源多'],
      en: ['influencer agency with thousands of YouTube/IG creators', 'creator seeding campaigns across US and EU'],
      mix: ['海外influencer营销，YouTube/IG博主', '红人seeding，美国网红资源'],
    },
    need: {
      zh: ['新品要在美国打知名度，想找网红推广', '品牌想做海外红人营销'],
      en: [
        'launching a gadget in the US, want creators to talk about it',
        'brand wants to run influencer campaigns abroad',
      ],
      mix: ['新品在美国要找influencer推广', '品牌想做海外KOL营销'],
    },
    industry: { zh: '营销', en: 'marketing' },
  },
  {
    id: 'bike-parts',
    offer: {
      zh: ['自行车零件工厂，碳纤维车架和轮组', '做电助力车电机和电池包'],
      en: ['bicycle component factory: carbon frames and wheelsets', 'e-bike motors and battery packs manufacturer'],
      mix: ['自行车parts工厂，carbon车架', 'e-bike电机和battery pack'],
    },
    need: {
      zh: ['欧洲自行车品牌，找碳纤维车架供应商', '电助力车品牌需要电机供应'],
      en: ['European bike brand sourcing carbon frames', 'e-bike startup needs a motor and battery supplier'],
      mix: ['欧洲bike品牌找碳纤维frame', 'e-bike品牌需要电机supplier'],
    },
    industry: { zh: '自行车', en: 'bicycles' },
  },
  {
    id: 'cloud-cost',
    offer: {
      zh: ['云服务代理商，AWS和阿里云账单折扣', '帮企业做云成本优化和架构迁移'],
      en: ['cloud reseller: discounted AWS and Alibaba Cloud billing', 'we do cloud cost optimisation and migrations'],
      mix: ['AWS/阿里云代理，账单有折扣', 'cloud成本优化+迁移'],
    },
    need: {
      zh: ['服务器费用每月几十万，想降下来', '想把系统从机房迁到云上'],
      en: ['our AWS bill is huge, want to cut it', 'moving our on-prem systems to the cloud, need help'],
      mix: ['AWS账单太高，想降cost', '想从机房migrate到云'],
    },
    industry: { zh: '云服务', en: 'cloud services' },
  },
  {
    id: 'halal-cert',
    offer: {
      zh: ['清真认证咨询，马来西亚JAKIM和印尼认证', '帮食品企业拿清真证书'],
      en: ['halal certification consultants: JAKIM, MUI', 'we help food makers get halal certified'],
      mix: ['halal认证咨询，JAKIM/MUI', '食品企业清真certificate'],
    },
    need: {
      zh: ['零食要卖到马来西亚和印尼，需要清真认证', '食品出口中东，要办清真证'],
      en: [
        'our snacks are going to Malaysia and Indonesia, need halal certification',
        'food exporter to the Gulf needs halal papers',
      ],
      mix: ['零食出口马来西亚要halal认证', '食品去中东需要清真cert'],
    },
    industry: { zh: '认证咨询', en: 'certification' },
  },
  {
    id: 'podcast-production',
    offer: {
      zh: ['播客制作团队，录音剪辑和上架一条龙', '做企业播客和音频节目'],
      en: ['podcast production studio: recording, editing, distribution', 'we produce branded podcasts for companies'],
      mix: ['podcast制作，录音剪辑上架', '企业播客production'],
    },
    need: {
      zh: ['想做一档品牌播客，没人会剪辑', '老板想开播客节目讲行业'],
      en: ['want to launch a company podcast, nobody on the team can edit audio', 'CEO wants an industry podcast show'],
      mix: ['想做品牌podcast，缺剪辑', '老板想开播客show'],
    },
    industry: { zh: '内容制作', en: 'content production' },
  },
];

/** Lines a member in this voice wraps around their needs and offers (no trade words). */
export const HELD_OUT_OPENERS = {
  zh: ['大家好，', '各位老板好！', '简单介绍下：', '', '哈喽，'],
  en: ['Hi everyone! ', 'Quick intro: ', 'Hey folks, ', '', 'Hello all - '],
  mix: ['Hi各位，', '大家好，quick intro：', '', 'Hello大家，'],
} as const;

export const HELD_OUT_CLOSERS = {
  zh: ['欢迎私聊。', '有资源的朋友聊聊~', '', '谢谢大家！'],
  en: [' DM me.', ' Happy to chat!', '', ' Cheers.'],
  mix: ['欢迎DM~', '有兴趣的chat一下', '', 'thx！'],
} as const;
