import type { DevTrade } from './dev-trades.js';

/**
 * The second development set's phrase lists: 36 trades none of which is in the first development set, written by hand
 * in another voice, for checking whether a change made on the first set generalises. A need describes the situation
 * the member is in (what went wrong, what they are trying to do), an offer describes the service in trade jargon and
 * abbreviations, so the two share few or no words. Written without reading the matcher's vocabulary, its test
 * generators or the held-out lists; each trade has three variants per voice (`en`, `zh`, `mix`: Chinese with
 * English jargon).
 */
export const DEV_TWO_OPENERS = {
  en: [
    '',
    '',
    '',
    'Long story short, ',
    'Not sure if this is the right place but ',
    'Hey everyone, first post here. ',
    'Bit of context: ',
    'So, ',
  ],
  zh: ['', '', '', '说来话长，', '不知道群里有没有人懂，', '新人报到！', '情况是这样的：', '老板让我来问问，'],
  mix: ['', '', '', '说实话，', 'hello各位，', '新人一枚，', 'background是这样：', 'btw，'],
} as const;

export const DEV_TWO_CLOSERS = {
  en: [
    '',
    '',
    '',
    '. Any pointers appreciated!',
    ', happy to return the favour.',
    '. Been stuck on this for weeks lol',
    '. Ping me here or on WeChat.',
  ],
  zh: ['', '', '', '，有靠谱的朋友求推荐', '，必有重谢！', '，头都大了', '，加微信细聊'],
  mix: ['', '', '', '，有resource的朋友ping我', '，必有重谢，thx', '，真的很headache', '，加个WeChat聊'],
} as const;

export const DEV_TWO_TRADES: readonly DevTrade[] = [
  {
    id: 'contract-law',
    industry: { en: 'Commercial law', zh: '商事法律' },
    need: {
      en: [
        'a distributor in Germany sent us a 40-page agreement and nobody on our team can tell if it is a trap',
        'we keep signing supplier deals on a handshake and last month it bit us, need someone to paper things properly',
        'looking for a lawyer to check a distribution contract before we sign, it is a big one for us',
      ],
      zh: [
        '德国经销商发来一份四十页的协议，我们看不懂里面有没有坑',
        '跟供应商一直口头约定，上个月出事了，想以后都规范一点',
        '找个律师帮忙看一下经销合同，签之前心里没底',
      ],
      mix: [
        '欧洲distributor发来的agreement太长了，怕里面有坑',
        '和supplier一直没签正式的，上次吃了大亏',
        '找lawyer帮忙看一份经销合同，签之前想稳一点',
      ],
    },
    offer: {
      en: [
        'commercial lawyer: drafting and review of MSAs, NDAs, distribution and agency agreements',
        'boutique law firm, cross-border contracts, shareholder agreements and exits, fixed-fee review',
        'in-house counsel for hire — SHA, ESOP, vendor T&Cs, redlines within 48h',
      ],
      zh: [
        '律师事务所，专做跨境商事合同起草与审核',
        '执业律师，股东协议、股权退出、经销代理合同',
        '法律顾问服务，合同审阅按件收费，两天出修改意见',
      ],
      mix: [
        '律所partner，做NDA、MSA、distribution agreement审阅',
        '常年法律顾问，SHA和ESOP设计，合同redline',
        '外包法务，contract drafting按件报价',
      ],
    },
  },
  {
    id: 'ip-litigation',
    industry: { en: 'Patent litigation', zh: '专利诉讼' },
    need: {
      en: [
        'a competitor on Amazon is selling an exact copy of our design and Amazon keeps ignoring our reports',
        'we just got a scary letter saying our product infringes somebody’s patent in the US',
        'need someone to go after the copycats legally, sending emails has not worked',
      ],
      zh: [
        '亚马逊上有人完全照抄我们的外观，投诉了好几次都没用',
        '收到美国那边的律师函，说我们产品侵犯了他们的专利',
        '想找人走法律途径对付抄袭的，发邮件没用',
      ],
      mix: [
        'Amazon上竞品直接抄我们的design，report了都不管',
        '收到美国的cease and desist letter说我们侵权',
        '想找人用法律手段搞定抄袭者，发email没用',
      ],
    },
    offer: {
      en: [
        'patent litigator: infringement suits, TROs, Schedule A cases, design patents',
        'IP enforcement — takedowns, customs recordation, anti-counterfeiting raids',
        'freedom-to-operate opinions and defence against NPE demand letters',
      ],
      zh: [
        '专利诉讼律师，侵权诉讼、临时禁令、外观专利维权',
        '知识产权维权，打假、海关备案、平台下架',
        '专利无效宣告和应诉，FTO自由实施分析',
      ],
      mix: [
        '专利litigation团队，美国TRO和Schedule A案件',
        'IP enforcement，平台takedown和打假',
        '做FTO分析，应对NPE的demand letter',
      ],
    },
  },
  {
    id: 'data-labeling',
    industry: { en: 'Data annotation', zh: '数据标注' },
    need: {
      en: [
        'our vision model is only as good as the pictures we feed it and we have 2 million unlabelled frames',
        'engineers are spending their evenings drawing boxes around cars, this cannot scale',
        'we need a team to tag and label our images for machine learning',
      ],
      zh: [
        '模型训练需要两百万张图片，现在全都没打标签',
        '工程师晚上在手动框车辆，太浪费人了',
        '需要一个团队帮我们给图片打标签，用来做机器学习',
      ],
      mix: [
        'model训练数据不够，两百万张图没label',
        '工程师自己画bounding box，完全不scalable',
        '要找团队给图片打tag，做machine learning用',
      ],
    },
    offer: {
      en: [
        'annotation workforce: bounding boxes, polygons, LiDAR point clouds, 99% QA accuracy',
        'RLHF and SFT data services, 500 trained raters',
        'labeling vendor with ISO 27001, image/video/text, per-task pricing',
      ],
      zh: [
        '数据标注团队，2D框、语义分割、点云标注，准确率99%',
        '大模型数据服务，人类偏好打分、指令数据',
        '标注基地五百人，图像视频文本都做，按条计价',
      ],
      mix: [
        '数据标注，bbox、segmentation、点云，QA双审',
        '做RLHF和SFT数据，标注员都经过培训',
        '标注供应商，有ISO 27001，按task计价',
      ],
    },
  },
  {
    id: 'rapid-prototype',
    industry: { en: '3D printing', zh: '3D打印' },
    need: {
      en: [
        'we have a CAD file of our new housing and want to hold it in our hands before paying for a mould',
        'investors want to see a physical sample next week and all we have are renders',
        'need a couple of prototypes made quickly from our design files',
      ],
      zh: [
        '新外壳画好了图纸，开模之前想先拿到实物看看',
        '下周投资人要看实物样品，我们只有效果图',
        '想用设计图快速做几个样品出来',
      ],
      mix: [
        '外壳的CAD画好了，开模前想先摸到实物',
        '下周要给investor看sample，只有render图',
        '设计文件有了，想快速做几个prototype',
      ],
    },
    offer: {
      en: [
        'rapid prototyping: SLA, SLS, MJF and FDM, parts in 48 hours',
        '3D printing bureau, resin and nylon, painting and finishing',
        'vacuum casting and printed prototypes, 1-50 pcs',
      ],
      zh: [
        '手板厂，光固化、尼龙烧结，两天出件',
        '三维打印服务，树脂尼龙金属都可以，后处理喷漆',
        '快速成型，小批量复模，一到五十件',
      ],
      mix: [
        '手板打样，SLA/SLS/MJF，48小时交货',
        '3D printing工作室，resin和nylon，含后处理',
        '小批量复模和3D打印，1-50 pcs',
      ],
    },
  },
  {
    id: 'cnc',
    industry: { en: 'Precision machining', zh: '精密加工' },
    need: {
      en: [
        'our aluminium brackets keep coming back out of tolerance from the current shop',
        'we need a few hundred metal parts cut to very tight specs for a robot arm',
        'looking for a metal workshop that can make small batches of custom parts from drawings',
      ],
      zh: [
        '现在的供应商做的铝支架尺寸老是超差',
        '机械臂需要几百个精度很高的金属零件',
        '找能按图纸小批量做金属零件的加工厂',
      ],
      mix: [
        '铝件bracket尺寸老是out of tolerance',
        'robot arm要几百个高精度金属件',
        '找metal加工厂，按图纸小批量做零件',
      ],
    },
    offer: {
      en: [
        '5-axis CNC milling and turning, ±0.005mm, anodising in house',
        'machine shop: aluminium, steel, titanium, PPAP and CMM reports',
        'CNC job shop, low volume high mix, 7-day lead time',
      ],
      zh: [
        '五轴数控加工中心，车铣复合，公差正负0.005',
        '机加工厂，铝钢钛都做，带三坐标检测报告',
        '数控车床铣床，多品种小批量，七天交货',
      ],
      mix: ['CNC五轴加工，±0.005mm，自带阳极氧化', '机加工shop，铝钢钛，出CMM报告', 'CNC小批量多品种，lead time七天'],
    },
  },
  {
    id: 'led-lighting',
    industry: { en: 'LED lighting', zh: 'LED照明' },
    need: {
      en: [
        'the electricity bill for our warehouse lights is insane and half the tubes flicker',
        'opening 12 retail stores and the shop fitter wants us to choose fixtures',
        'we want to swap all the old lights in our factory for something that uses less power',
      ],
      zh: [
        '仓库照明电费太高，一半灯管还在闪',
        '要开十二家门店，装修公司让我们自己选灯具',
        '想把工厂的旧灯全换成省电的',
      ],
      mix: ['仓库的灯电费太高，还一直flicker', '开12家store，要自己选灯具', '想把厂里旧灯换成省电一点的lights'],
    },
    offer: {
      en: [
        'LED high bays, panels and tubes, DLC/CE certified, 5-year warranty',
        'lighting OEM: linear, track and downlights, CCT and CRI options',
        'architectural lighting design plus fixtures supply, DALI controls',
      ],
      zh: [
        'LED工矿灯、面板灯、灯管生产厂家，质保五年',
        '照明灯具源头工厂，轨道灯筒灯线条灯，可调色温',
        '照明设计加灯具供货，智能调光系统',
      ],
      mix: [
        'LED high bay和panel light工厂，有DLC/CE',
        '灯具OEM，track light、downlight，CRI>90',
        '照明设计+灯具supply，DALI调光',
      ],
    },
  },
  {
    id: 'drone-parts',
    industry: { en: 'Drone components', zh: '无人机配件' },
    need: {
      en: [
        'our survey quadcopters keep losing props and motors and spares take a month to arrive',
        'building an agricultural sprayer UAV and we need a reliable source of flight controllers',
        'looking for a supplier of spare parts for our drones, motors mostly',
      ],
      zh: [
        '测绘用的四旋翼老是坏电机和桨，备件要等一个月',
        '在做植保机，需要稳定的飞控来源',
        '找无人机的零配件供应商，主要是电机',
      ],
      mix: [
        '测绘quadcopter老坏motor，spare parts等一个月',
        '做农业喷洒UAV，要靠谱的flight controller',
        '找drone零配件的supplier，主要要电机',
      ],
    },
    offer: {
      en: [
        'UAV components: brushless motors, ESCs, carbon frames, props, wholesale',
        'flight controllers and GNSS modules, OEM/ODM for drone makers',
        'FPV parts distributor, stock in Shenzhen, ships in 24h',
      ],
      zh: [
        '无人机配件批发，无刷电机、电调、碳纤维机架、桨叶',
        '飞控和定位模块厂家，接整机厂定制',
        '穿越机配件，深圳现货，当天发货',
      ],
      mix: ['UAV配件，brushless motor、ESC、碳纤机架批发', '飞控和GNSS模块，OEM/ODM', 'FPV零件分销，华强北现货24h发'],
    },
  },
  {
    id: 'meddev-distribution',
    industry: { en: 'Medical device distribution', zh: '医疗器械经销' },
    need: {
      en: [
        'we make a cleared ultrasound probe but have zero relationships with hospitals in Southeast Asia',
        'our wound-care product is approved, now who actually sells it to clinics',
        'need a partner to sell our medical products to hospitals in Asia',
      ],
      zh: [
        '超声探头已经拿证了，但东南亚医院一个关系都没有',
        '伤口敷料产品批下来了，不知道谁能卖进诊所',
        '找合作方把我们的医疗产品卖进亚洲的医院',
      ],
      mix: [
        'ultrasound探头拿证了，东南亚hospital没渠道',
        'wound care产品approved了，谁能卖进clinic',
        '找partner把医疗产品卖进亚洲的hospital',
      ],
    },
    offer: {
      en: [
        'medical distributor covering 400 hospitals in VN, TH, MY — tenders and KOL doctors',
        'channel partner for IVD and consumables, cold storage, hospital procurement',
        'med-tech sales agency, exclusive distribution, GSP warehouse',
      ],
      zh: [
        '医疗器械代理商，覆盖越南泰国马来四百家医院，做招投标',
        '体外诊断和耗材经销，医院采购渠道',
        '器械销售代理，独家经销，有合规仓库',
      ],
      mix: [
        '医械distributor，东南亚400家医院，tender和KOL医生资源',
        'IVD和耗材渠道商，有冷库',
        'med-tech代理，exclusive经销，GSP仓',
      ],
    },
  },
  {
    id: 'dental',
    industry: { en: 'Dental clinics', zh: '口腔诊所' },
    need: {
      en: [
        'my teeth are a mess after years of coffee and I want someone trustworthy to fix them',
        'thinking of straightening my kid’s teeth, no idea where to start',
        'can anyone recommend a good dentist who speaks English',
      ],
      zh: [
        '常年喝咖啡牙齿又黄又不齐，想找靠谱的地方弄一下',
        '孩子牙不整齐，想矫正但不知道找谁',
        '有没有推荐的牙医，最好会说英文',
      ],
      mix: [
        '喝coffee喝得牙又黄又乱，想找靠谱的',
        '孩子牙齿不齐，想做矫正不知道找谁',
        '求推荐靠谱的牙医，会说English的',
      ],
    },
    offer: {
      en: [
        'dental clinic: implants, veneers, Invisalign, whitening, English-speaking dentists',
        'orthodontics for kids and adults, clear aligners and braces',
        'same-day crowns and cosmetic dentistry, corporate plans for teams',
      ],
      zh: [
        '口腔诊所，种植牙、贴面、隐形矫正、美白',
        '正畸专科，儿童和成人，隐形和托槽',
        '齿科门诊，当天做牙冠，企业员工口腔福利',
      ],
      mix: [
        '齿科clinic，种植、veneer、Invisalign都做',
        '正畸，clear aligner和传统托槽',
        '口腔门诊，same-day牙冠，企业团体plan',
      ],
    },
  },
  {
    id: 'tutoring',
    industry: { en: 'K-12 tutoring', zh: '中小学辅导' },
    need: {
      en: [
        'my daughter is falling behind in maths since we moved and the school just says be patient',
        'son needs to get his SAT up by 150 points before autumn',
        'looking for a private teacher to help my kids with school work after class',
      ],
      zh: ['搬家以后女儿数学跟不上，学校只说慢慢来', '儿子秋天之前SAT要提一百五十分', '想给孩子找个课后的私人老师'],
      mix: ['搬家后女儿math跟不上', '儿子SAT要提150分，秋天之前', '想给孩子找课后的private teacher'],
    },
    offer: {
      en: [
        'K-12 tutors, 1-on-1 online, IB/AP/IGCSE maths and sciences',
        'test prep: SAT, ACT, TOEFL, small classes and diagnostics',
        'Mandarin heritage classes for overseas kids, live online',
      ],
      zh: ['中小学一对一辅导，数学理科，国际课程体系', '留学考试培训，标化考试小班课', '海外华裔少儿中文课，线上直播'],
      mix: ['K-12一对一，IB/AP/IGCSE数理化', 'SAT/ACT/TOEFL test prep小班', '海外华裔kids中文课，线上live'],
    },
  },
  {
    id: 'central-kitchen',
    industry: { en: 'Food service', zh: '团餐配送' },
    need: {
      en: [
        'our 200 staff have nowhere decent to eat and the canteen contractor quit',
        'we run 9 cafés and every one makes its own sauces, quality is all over the place',
        'need a company that can cook and deliver meals for our staff every day',
      ],
      zh: [
        '公司两百个员工没地方吃饭，原来的食堂承包商跑了',
        '九家咖啡店每家自己熬酱，味道都不一样',
        '找一家每天能做饭送到公司的',
      ],
      mix: ['两百个staff没饭吃，canteen的承包商不干了', '9家café各自做酱，品质不稳定', '找每天能给staff做饭送餐的公司'],
    },
    offer: {
      en: [
        'central kitchen with HACCP, daily bento delivery and staff canteen management',
        'contract catering for offices and events, 50–5000 covers',
        'commissary kitchen: sauces, semi-finished dishes, cold-chain delivery to chains',
      ],
      zh: [
        '中央厨房，团餐配送，承包员工食堂',
        '企业团餐和活动餐饮，五十到五千人',
        '央厨预制菜，酱料半成品，给连锁门店配送',
      ],
      mix: [
        '中央厨房，有HACCP，团餐和食堂托管',
        'corporate catering，office和event都做',
        '央厨做sauce和半成品，给chain门店配送',
      ],
    },
  },
  {
    id: 'wedding',
    industry: { en: 'Wedding planning', zh: '婚礼策划' },
    need: {
      en: [
        'getting married in Bali next spring and my fiancée and I have no time to organise anything',
        'parents want a traditional banquet, we want something small, help',
        'looking for someone to organise our wedding from start to finish',
      ],
      zh: [
        '明年春天想在巴厘岛结婚，两个人都忙得没时间张罗',
        '爸妈要传统酒席，我们想小而美，很头疼',
        '想找人把婚礼从头到尾都办了',
      ],
      mix: ['明年spring在Bali结婚，完全没时间准备', '父母要传统banquet，我们想要小型的', '找人帮我们搞定整个wedding'],
    },
    offer: {
      en: [
        'destination wedding planner, full service: venue, florals, guest logistics',
        'wedding coordination and styling, Chinese tea ceremony plus western reception',
        'day-of coordinator and planning packages, vendor management',
      ],
      zh: [
        '目的地婚礼策划，一站式：场地、花艺、宾客接待',
        '婚礼策划布置，中式敬茶加西式仪式',
        '婚礼统筹，当日执行，供应商管理',
      ],
      mix: [
        'destination wedding一站式策划，场地花艺宾客都包',
        '婚礼styling，中式敬茶+西式reception',
        'day-of coordinator，婚礼统筹',
      ],
    },
  },
  {
    id: 'product-photo',
    industry: { en: 'Product photography', zh: '产品摄影' },
    need: {
      en: [
        'our listing pictures look like they were taken on a kitchen table, because they were',
        'conversion on our store is terrible and I suspect the images',
        'need nice professional photos of our products for the online shop',
      ],
      zh: [
        '我们商品主图就是在厨房桌子上拍的，很难看',
        '店铺转化率很低，怀疑是图片的问题',
        '需要给网店的商品拍一套专业照片',
      ],
      mix: ['listing主图是在家里随便拍的，很low', '店铺conversion很差，感觉是图片问题', '网店商品要拍一套专业photos'],
    },
    offer: {
      en: [
        'e-commerce photo studio: white-background packshots, lifestyle and flat lays',
        'product photographer, Amazon main images, infographics, retouching',
        'studio with models and stylists, 24h turnaround, per-SKU pricing',
      ],
      zh: [
        '电商摄影棚，白底图、场景图、平铺图',
        '产品摄影师，亚马逊主图、卖点图、精修',
        '摄影工作室，有模特和造型，按款计价',
      ],
      mix: [
        '电商摄影studio，白底packshot和lifestyle图',
        '产品摄影，Amazon主图+infographic+修图',
        '摄影棚有model，per-SKU报价，24h出图',
      ],
    },
  },
  {
    id: 'beverage-copacking',
    industry: { en: 'Beverage co-packing', zh: '饮料代工' },
    need: {
      en: [
        'our cold brew sells out every weekend but we are still bottling by hand in a rented kitchen',
        'have a recipe for a sparkling tea, want to get it into cans',
        'looking for a factory that can produce and bottle our drink recipe',
      ],
      zh: [
        '冷萃每个周末都卖光，但我们还在租的厨房手工装瓶',
        '有一个气泡茶配方，想做成罐装',
        '找工厂帮我们把饮料配方生产出来装瓶',
      ],
      mix: [
        'cold brew周末都卖光，还在手工装瓶',
        '有sparkling tea配方，想做成罐装',
        '找factory帮我们把饮料配方生产装瓶',
      ],
    },
    offer: {
      en: [
        'beverage co-packer: canning and bottling lines, MOQ 5,000 units, HPP available',
        'contract filler for RTD coffee, tea and functional drinks, R&D to shelf',
        'OEM drinks factory, PET, glass and aluminium, private label',
      ],
      zh: [
        '饮料代工厂，灌装线，易拉罐玻璃瓶，起订五千',
        '即饮咖啡和茶饮代加工，从配方研发到上架',
        '饮品OEM，贴牌生产，PET瓶铝罐都行',
      ],
      mix: ['饮料co-packer，canning线，MOQ 5000', 'RTD咖啡茶饮代工，R&D到量产', '饮品OEM/private label，PET和铝罐'],
    },
  },
  {
    id: 'cold-chain',
    industry: { en: 'Cold chain logistics', zh: '冷链物流' },
    need: {
      en: [
        'half our ice cream arrived melted at the supermarket DC last week',
        'vaccines have to stay between 2 and 8 degrees from the port to the clinics',
        'need a way to ship frozen food without it thawing on the way',
      ],
      zh: ['上周一半的冰淇淋送到超市仓库时都化了', '疫苗从港口到诊所全程要保持二到八度', '冷冻食品运输，路上不能化'],
      mix: ['冰淇淋送到超市DC化了一半', 'vaccine从港口到clinic要2-8度', '冷冻food要运输，路上不能化'],
    },
    offer: {
      en: [
        'reefer trucking and temperature-controlled warehousing, -25°C to +8°C, live telemetry',
        'GDP-compliant pharma cold chain, validated packaging',
        'frozen and chilled LTL distribution, 30 reefer vehicles',
      ],
      zh: [
        '冷藏车运输加冷库仓储，零下二十五到八度，全程温控',
        '医药冷链，符合GDP，保温箱验证',
        '冷冻冷藏零担配送，三十台冷藏车',
      ],
      mix: ['reefer冷藏车+冷库，全程temperature monitoring', '医药cold chain，GDP合规', '冷冻冷藏LTL配送，30台reefer'],
    },
  },
  {
    id: 'trucking',
    industry: { en: 'Road freight', zh: '公路运输' },
    need: {
      en: [
        'we have three containers landing in Long Beach every week and no way to get them inland',
        'our pallets sit at the factory for days waiting for a truck',
        'need trucks to move our goods from the port to our warehouse',
      ],
      zh: ['每周三个柜到长滩港，拉不到内陆', '货板在工厂一放好几天，等不到车', '需要卡车把货从港口拉到我们仓库'],
      mix: [
        '每周3个container到Long Beach，运不到内陆',
        'pallet在工厂等好几天等不到truck',
        '要找truck把货从港口拉到仓库',
      ],
    },
    offer: {
      en: [
        'drayage and FTL/LTL trucking, own fleet of 60 tractors, West Coast',
        'road haulage across the EU, tautliners and mega trailers, CMR insured',
        'freight brokerage with real-time tracking, dedicated lanes',
      ],
      zh: ['港口拖车和整车零担运输，自有六十台车头', '欧洲公路干线运输，篷布挂车', '车货匹配平台，专线运输，实时追踪'],
      mix: [
        'drayage拖车+FTL/LTL，自有fleet',
        '欧洲road haulage，mega trailer，有CMR保险',
        '货运broker，dedicated lane，实时tracking',
      ],
    },
  },
  {
    id: 'fit-out',
    industry: { en: 'Interior fit-out', zh: '室内装修' },
    need: {
      en: [
        'we just got the keys to an empty concrete shell and want to open a flagship in 10 weeks',
        'the showroom looks tired and customers notice',
        'looking for someone to design and build out our new shop interior',
      ],
      zh: ['刚拿到一个毛坯铺面，想十周内开旗舰店', '展厅太旧了，客户都看得出来', '新店要找人做设计和装修'],
      mix: ['刚拿到毛坯shell，想10周开flagship', 'showroom太旧，客户都嫌弃', '新店interior要找人设计加装修'],
    },
    offer: {
      en: [
        'design & build fit-out contractor: retail, F&B, offices, turnkey',
        'interior design studio plus MEP, joinery and project management',
        'commercial renovation, fixed price, 8–12 week programme',
      ],
      zh: [
        '设计施工一体化，商铺餐饮办公室交钥匙工程',
        '室内设计公司，含水电暖通、木作和项目管理',
        '商业空间翻新，总价包干，八到十二周完工',
      ],
      mix: [
        'design & build装修，retail和F&B都做，turnkey',
        '室内设计+MEP+木作，项目管理',
        '商业翻新，fixed price，8-12周',
      ],
    },
  },
  {
    id: 'factory-lease',
    industry: { en: 'Industrial real estate', zh: '厂房租赁' },
    need: {
      en: [
        'our line has outgrown the building and we need about 5,000 square meters with a loading dock',
        'want to move assembly to Vietnam and have nowhere to put it',
        'looking to rent a bigger factory building',
      ],
      zh: ['产线放不下了，要五千平左右带装卸平台的地方', '想把组装搬到越南，还没有落脚的地方', '想租一个大一点的厂房'],
      mix: ['产线放不下了，要5000平带loading dock的', '组装想搬到Vietnam，没地方', '想rent一个大点的厂房'],
    },
    offer: {
      en: [
        'industrial park landlord: ready-built factories and warehouses for lease, 2,000–20,000 sqm',
        'industrial property agent, standard factory units, built-to-suit',
        'logistics and light-manufacturing sheds, high clearance, 10t cranes',
      ],
      zh: [
        '工业园区厂房仓库出租，两千到两万平方',
        '工业地产中介，标准厂房，可定制建设',
        '高标仓和轻工业厂房，层高十米，配十吨行车',
      ],
      mix: [
        '工业园厂房出租，RBF标准厂房',
        '工业地产agent，built-to-suit',
        '高标仓和light manufacturing厂房，10吨crane',
      ],
    },
  },
  {
    id: 'eor',
    industry: { en: 'Employer of record', zh: '海外雇佣' },
    need: {
      en: [
        'we found a great engineer in Poland but we have no company there to hire her',
        'our first 3 sales people in Japan need contracts and health insurance',
        'we want to hire staff in other countries without opening a company there',
      ],
      zh: [
        '在波兰找到一个很好的工程师，但我们在那边没有公司没法雇她',
        '日本招了三个销售，要签合同上社保',
        '想在国外招人，但不想在当地开公司',
      ],
      mix: [
        '波兰找到一个很好的engineer，但没entity雇不了',
        '日本第一批3个sales要签合同交社保',
        '想在海外招人，不想在当地开entity',
      ],
    },
    offer: {
      en: [
        'EOR and PEO in 150 countries: compliant contracts, payroll, benefits',
        'global payroll and contractor management, local entity in 40 markets',
        'HR outsourcing: onboarding, statutory filings, visas for hires abroad',
      ],
      zh: [
        '名义雇主服务，一百五十个国家合规用工、发薪、福利',
        '全球薪酬外包，自有四十个国家主体',
        '人力资源外包，入职、社保申报、海外工签',
      ],
      mix: ['EOR/PEO服务，150国合规雇佣和payroll', 'global payroll和contractor管理', 'HR外包，onboarding和社保申报'],
    },
  },
  {
    id: 'tax-advisory',
    industry: { en: 'Tax advisory', zh: '税务筹划' },
    need: {
      en: [
        'we sell from Hong Kong into the EU and just realised nobody has been charging VAT',
        'our group has companies in three countries and the auditors asked about intercompany pricing',
        'looking for an expert to sort out our international tax questions',
      ],
      zh: [
        '我们从香港卖到欧洲，才发现一直没交增值税',
        '集团在三个国家有公司，审计问关联交易定价',
        '想找懂国际税务的专家咨询一下',
      ],
      mix: [
        '香港卖到EU，才发现一直没交VAT',
        '三个国家有entity，auditor问关联交易定价',
        '找懂international tax的专家咨询',
      ],
    },
    offer: {
      en: [
        'tax advisors: transfer pricing studies, OSS/IOSS VAT registration, DTA planning',
        'international tax structuring, permanent establishment risk reviews',
        'CTA-qualified team, corporate tax planning and voluntary disclosures',
      ],
      zh: [
        '税务师事务所，转让定价、欧盟增值税注册、税收协定',
        '跨境税务架构设计，常设机构风险评估',
        '企业所得税筹划和补申报',
      ],
      mix: ['税务顾问，TP同期资料和VAT/OSS注册', 'international tax架构，PE风险review', '企业tax planning和补报'],
    },
  },
  {
    id: 'market-research',
    industry: { en: 'Market research', zh: '市场调研' },
    need: {
      en: [
        'before we launch in Indonesia I want to know if anyone there will actually pay for this',
        'the board keeps asking how big the market is and I am making numbers up',
        'we need a study of whether our product has a market in a new country',
      ],
      zh: [
        '进印尼之前想知道那边到底有没有人愿意买单',
        '董事会一直问市场有多大，我只能拍脑袋',
        '想调查一下我们产品在新国家有没有市场',
      ],
      mix: [
        '进Indonesia之前想知道有没有人愿意pay',
        'board一直问market size，我只能瞎估',
        '想做个调查看产品在新国家有没有market',
      ],
    },
    offer: {
      en: [
        'consumer research agency: online panels, CATI, focus groups, U&A studies',
        'TAM/SAM sizing, competitor benchmarking, survey design and analysis',
        'qual and quant research in SEA, n=1,000 in 10 days',
      ],
      zh: [
        '市场调研公司，线上样本库、电话访问、焦点小组',
        '行业规模测算，竞品分析，问卷设计和数据分析',
        '东南亚定性定量研究，十天一千个样本',
      ],
      mix: [
        '调研agency，online panel、CATI、focus group',
        'TAM/SAM测算，competitor benchmarking',
        'SEA定量定性，n=1000十天交付',
      ],
    },
  },
  {
    id: 'livestream',
    industry: { en: 'Live commerce', zh: '直播电商' },
    need: {
      en: [
        'our competitors sell thousands of units in an evening on Douyin and we have never gone live once',
        'tried streaming ourselves on TikTok Shop, 12 viewers',
        'want someone to sell our products through live video streams',
      ],
      zh: [
        '同行在抖音一个晚上卖几千单，我们一次都没播过',
        '自己在TikTok开播，只有十二个人看',
        '想找人用直播帮我们卖货',
      ],
      mix: ['同行在抖音一晚卖几千单，我们还没开过live', '自己播TikTok Shop，12个viewer', '想找人做直播帮我们卖货'],
    },
    offer: {
      en: [
        'live commerce agency: hosts, studio, traffic buying, GMV-based commission',
        'KOL and streamer matchmaking, TikTok Shop and Shopee Live',
        'MCN with 40 hosts, daily live sessions, ROI reports',
      ],
      zh: [
        '直播代运营，主播、直播间、投流，按成交抽佣',
        '达人带货对接，抖音快手视频号',
        '签约四十个主播的机构，每天直播，出数据复盘',
      ],
      mix: [
        '直播代运营，主播+studio+投流，按GMV抽佣',
        'KOL带货，TikTok Shop和Shopee Live',
        'MCN机构，40个host，日播，出ROI报告',
      ],
    },
  },
  {
    id: 'jewellery',
    industry: { en: 'Jewellery manufacturing', zh: '珠宝加工' },
    need: {
      en: [
        'I sketch rings on my iPad and sell them on Etsy but the person who cast them retired',
        'want to launch a line of gold-plated necklaces under our own name',
        'looking for a workshop to make rings and necklaces from my designs',
      ],
      zh: [
        '我在iPad上画戒指，在网上卖，原来帮我做的师傅退休了',
        '想做一个自己品牌的镀金项链系列',
        '找工坊按我的设计做戒指和项链',
      ],
      mix: [
        '自己画ring在Etsy卖，做货的师傅退休了',
        '想做自有品牌的gold-plated项链',
        '找workshop按我的design做戒指项链',
      ],
    },
    offer: {
      en: [
        'jewellery OEM: casting, stone setting, 18K and 925 silver, PVD plating',
        'fine jewellery workshop, CAD and wax models, low MOQ',
        'private-label fashion jewellery factory, 316L steel and brass',
      ],
      zh: [
        '首饰加工厂，起版铸造镶嵌，十八K金和925银，电镀',
        '珠宝工作室，电脑起版，小批量',
        '饰品贴牌工厂，钛钢和黄铜',
      ],
      mix: [
        '首饰OEM，起版铸造镶石，18K/925，PVD电镀',
        '珠宝workshop，CAD出蜡版，MOQ低',
        '饰品private label，316L钢和黄铜',
      ],
    },
  },
  {
    id: 'eyewear',
    industry: { en: 'Eyewear OEM', zh: '眼镜代工' },
    need: {
      en: [
        'our sunglasses brand does well online but the frames snap after a couple of months',
        'optometrist chain wants its own house frames instead of big-brand ones',
        'looking for a manufacturer to make glasses frames under our brand',
      ],
      zh: [
        '我们太阳镜线上卖得不错，但镜框戴两个月就断',
        '眼镜连锁店想要自己的镜架，不想一直用大牌',
        '找厂家用我们的牌子做眼镜架',
      ],
      mix: [
        'sunglasses品牌线上卖得好，frame两个月就断',
        '眼镜连锁想做自己的house brand镜架',
        '找厂家用我们brand做眼镜架',
      ],
    },
    offer: {
      en: [
        'eyewear OEM/ODM in Xiamen: acetate, titanium and TR90 frames, polarised lenses',
        'optical frame factory, CE/FDA, MOQ 300 per colour',
        'sunglass manufacturer with lens coating, private label',
      ],
      zh: ['厦门眼镜代工厂，板材钛架TR90，偏光镜片', '光学镜架工厂，单色三百副起订', '太阳镜生产厂，镜片镀膜，可贴牌'],
      mix: [
        '眼镜OEM/ODM，acetate和钛架，偏光lens',
        '光学frame工厂，有CE/FDA，MOQ 300',
        'sunglass工厂，镀膜lens，private label',
      ],
    },
  },
  {
    id: 'ebike',
    industry: { en: 'E-bikes', zh: '电助力自行车' },
    need: {
      en: [
        'our delivery riders burn out pedalling up hills all day',
        'we run a rental shop in Lisbon and tourists keep asking for something with a motor',
        'want to buy electric bicycles in bulk',
      ],
      zh: ['外卖骑手整天爬坡骑车，累得不行', '在里斯本开租车店，游客老问有没有带电的', '想批量采购电动自行车'],
      mix: ['外卖rider整天爬坡，累坏了', '里斯本rental店，游客总问有没有带motor的', '想批量采购electric bike'],
    },
    offer: {
      en: [
        'e-bike manufacturer: mid-drive and hub motors, EN 15194, OEM/ODM',
        'cargo and city pedelecs, fleet pricing, spare batteries',
        'bicycle factory, aluminium frames, 250W assist, private label',
      ],
      zh: [
        '电助力自行车工厂，中置电机轮毂电机，欧盟认证',
        '货运和城市助力车，车队批发价，备用电池',
        '自行车厂，铝合金车架，可贴牌',
      ],
      mix: [
        'e-bike工厂，中置/hub motor，EN 15194，OEM/ODM',
        'cargo和city pedelec，fleet价格',
        '自行车厂，铝架，250W助力，private label',
      ],
    },
  },
  {
    id: 'toys',
    industry: { en: 'Toy manufacturing', zh: '玩具制造' },
    need: {
      en: [
        'my wife designed a plush dinosaur and kids at the playground go crazy for it',
        'board game prototype works, now we need a few thousand copies',
        'looking for a factory to produce our toy design in the thousands',
      ],
      zh: [
        '我太太设计了一个恐龙公仔，小区孩子都抢着要',
        '桌游原型玩得挺好，现在要做几千套',
        '找工厂把我们设计的玩具做几千个',
      ],
      mix: ['老婆设计的恐龙公仔小朋友都很喜欢', 'board game原型OK了，要做几千套', '找factory把我们设计的toy做几千个'],
    },
    offer: {
      en: [
        'toy factory: plush, vinyl and wooden toys, EN71, ASTM F963, CPC',
        'board game manufacturing, cards, tokens, boxes, 1,000-copy MOQ',
        'OEM toys with safety testing, custom moulds and packaging',
      ],
      zh: [
        '玩具厂，毛绒、搪胶、木制玩具，欧美安全认证',
        '桌游生产，卡牌配件盒子，一千套起',
        '玩具代工，安全检测，定制模具和包装',
      ],
      mix: [
        '玩具OEM，毛绒和搪胶，有EN71/ASTM',
        'board game生产，卡牌+token+盒子，MOQ 1000',
        '玩具厂，CPC认证，定制mould',
      ],
    },
  },
  {
    id: 'dyeing',
    industry: { en: 'Textile dyeing', zh: '印染' },
    need: {
      en: [
        'the colour of our linen changes from one batch to the next and customers complain',
        'we need a very particular sage green on organic cotton and nobody gets it right',
        'need a mill that can dye fabric to an exact colour every time',
      ],
      zh: [
        '亚麻布每批颜色都不一样，客户一直投诉',
        '有机棉要染一个很特别的灰绿色，一直调不准',
        '找能每次都把布染成准确颜色的厂',
      ],
      mix: ['亚麻每个batch颜色都不一样', 'organic棉要染一个特别的sage green，调不准', '找厂能每次把fabric染成准确颜色'],
    },
    offer: {
      en: [
        'dye house: reactive and vat dyeing, lab dips in 3 days, Pantone matching',
        'textile finishing and digital printing, GOTS and OEKO-TEX certified',
        'piece dyeing and garment dyeing, Delta E < 1',
      ],
      zh: ['染厂，活性染料还原染料，三天打色样，对潘通色', '面料后整理和数码印花，有有机认证', '匹染成衣染，色差小'],
      mix: [
        '染厂，lab dip三天，Pantone对色',
        '数码印花+后整理，GOTS/OEKO-TEX',
        'piece dye和garment dye，色差Delta E<1',
      ],
    },
  },
  {
    id: 'signage',
    industry: { en: 'Signage', zh: '标识标牌' },
    need: {
      en: [
        'people walk past our shop without noticing it is there',
        'opening a clinic and need everything from the front sign to the room numbers',
        'need a big eye-catching sign made for the front of our shop',
      ],
      zh: ['路过的人都没注意到我们店在这', '新开诊所，从门头到门牌号都要做', '店门口要做一个醒目的大招牌'],
      mix: ['路人都没notice到我们的店', '新开clinic，从门头到门牌全套', '店门口要做一个很显眼的sign'],
    },
    offer: {
      en: [
        'sign maker: illuminated channel letters, lightboxes, wayfinding systems',
        'shopfront signage and vinyl graphics, design, permits and installation',
        'signage contractor, LED neon, pylon signs, maintenance contracts',
      ],
      zh: ['广告标识制作，发光字、灯箱、导视系统', '门头招牌设计制作安装，代办审批', '标识工程，霓虹灯、立柱牌，维保'],
      mix: ['标识制作，发光字+lightbox+wayfinding', '门头signage设计安装，代办permit', 'LED neon和pylon sign，包维保'],
    },
  },
  {
    id: 'venue',
    industry: { en: 'Event venues', zh: '活动场地' },
    need: {
      en: [
        'our product launch is in six weeks and we still have nowhere to hold it',
        'annual conference for 600 people, last year’s hotel was a disaster',
        'looking for a place to rent for a 300-person event',
      ],
      zh: ['六周后发布会，到现在还没地方开', '六百人的年会，去年那家酒店一塌糊涂', '找一个能办三百人活动的场地'],
      mix: ['六周后product launch，还没找到地方', '600人annual conference，去年酒店很糟', '找能办300人event的地方'],
    },
    offer: {
      en: [
        'event space for hire: 1,200 sqm hall, AV, catering, breakout rooms',
        'venue sourcing and MICE management, hotel contracts, rooftop and warehouse spaces',
        'loft venue, 30–300 pax, in-house production crew',
      ],
      zh: [
        '活动场地出租，一千二平米大厅，音视频、餐饮、分会场',
        '会展服务，场地寻找，酒店会议谈判',
        'loft场地，三十到三百人，自带执行团队',
      ],
      mix: [
        '场地出租，1200㎡大厅，AV和catering都有',
        'MICE服务，venue sourcing和酒店合同',
        'loft venue，30-300 pax，自带production团队',
      ],
    },
  },
  {
    id: 'chatbot',
    industry: { en: 'Conversational AI', zh: '智能客服' },
    need: {
      en: [
        'our support inbox gets 3,000 of the same five questions a day and the team is drowning',
        'customers message us on WhatsApp at 2am and nobody replies until morning',
        'want a bot that answers customer questions automatically',
      ],
      zh: [
        '客服每天收到三千条，翻来覆去就那五个问题，团队忙不过来',
        '客户半夜在WhatsApp发消息，早上才有人回',
        '想要一个自动回答客户问题的机器人',
      ],
      mix: ['support每天三千条重复问题，团队忙死', '客户半夜WhatsApp留言没人回', '想要一个自动回复客户的bot'],
    },
    offer: {
      en: [
        'AI agents built on GPT and RAG over your docs, deployed to web, WhatsApp and Zendesk',
        'conversational AI studio, LLM chatbots with human handoff, 70% deflection',
        'custom voice and chat bots, intent training, analytics dashboard',
      ],
      zh: [
        '大模型智能客服，基于知识库检索，接网站和WhatsApp',
        '对话机器人定制，转人工，七成问题自动解决',
        '语音机器人和聊天机器人，意图训练，数据看板',
      ],
      mix: [
        'LLM智能客服，RAG知识库，接web和WhatsApp',
        'AI chatbot定制，human handoff',
        'voice bot和chat bot，intent训练',
      ],
    },
  },
  {
    id: 'pentest',
    industry: { en: 'Cybersecurity', zh: '网络安全' },
    need: {
      en: [
        'a big bank wants to buy our software but sent a 300-question security questionnaire',
        'someone got into our admin panel last month and we still do not know how',
        'need someone to check our systems for security holes',
      ],
      zh: [
        '一家大银行要采购我们的软件，发来三百道安全问卷',
        '上个月后台被人登进去了，到现在不知道怎么回事',
        '想找人帮我们查一下系统的安全漏洞',
      ],
      mix: [
        '银行客户要买我们的software，发来300题security问卷',
        '上个月admin后台被黑了，还不知道怎么进来的',
        '找人帮忙查系统security漏洞',
      ],
    },
    offer: {
      en: [
        'penetration testing, red teaming and incident response, CREST certified',
        'SOC 2 / ISO 27001 readiness and vCISO services',
        'web and cloud security audits, vulnerability scanning, remediation support',
      ],
      zh: [
        '渗透测试、红队演练和应急响应',
        '等保和ISO 27001合规咨询，安全负责人外包',
        '网站和云安全审计，漏洞扫描，整改指导',
      ],
      mix: ['pentest+红队+incident response', 'SOC 2/ISO 27001合规，vCISO', 'web和cloud安全审计，漏扫和整改'],
    },
  },
  {
    id: 'crm-setup',
    industry: { en: 'CRM consulting', zh: 'CRM实施' },
    need: {
      en: [
        'our sales team tracks leads in 14 different spreadsheets and deals fall through the cracks',
        'we bought Salesforce a year ago and nobody uses it',
        'need help setting up a proper system to manage our customers and sales',
      ],
      zh: ['销售用十四个表格记客户，单子老是漏掉', '一年前买了销售管理软件，没人用', '想搭一套管理客户和销售的系统'],
      mix: ['sales用14个Excel跟客户，单子老漏', '去年买了Salesforce，没人用', '想搭一个管客户和sales的系统'],
    },
    offer: {
      en: [
        'HubSpot and Salesforce partner: implementation, pipeline design, data migration',
        'RevOps consultancy, lead scoring, attribution and CRM automation',
        'CRM admin as a service, training and integrations',
      ],
      zh: [
        '客户关系管理系统实施，销售漏斗设计，数据迁移',
        '营收运营咨询，线索评分，归因分析，自动化',
        '客户管理系统托管运维，培训和对接',
      ],
      mix: [
        'HubSpot/Salesforce实施partner，pipeline设计+数据迁移',
        'RevOps咨询，lead scoring和attribution',
        'CRM admin外包，培训+integration',
      ],
    },
  },
  {
    id: 'green-coffee',
    industry: { en: 'Green coffee', zh: '咖啡生豆' },
    need: {
      en: [
        'we roast for 12 cafés and our beans come through three middlemen, the price keeps climbing',
        'opening a roastery and want to buy straight from farms in Ethiopia',
        'looking to buy raw coffee beans directly from the source',
      ],
      zh: [
        '我们给十二家店烘豆，豆子要经过三道中间商，价格一直涨',
        '要开烘焙坊，想直接从埃塞俄比亚的庄园买',
        '想直接从产地买没烘焙的咖啡豆',
      ],
      mix: [
        '给12家café烘豆，经过三个middleman，价格一直涨',
        '开roastery，想直接从埃塞庄园买',
        '想从产地直接买raw咖啡豆',
      ],
    },
    offer: {
      en: [
        'green coffee importer: specialty lots from Ethiopia, Colombia and Yunnan, SCA 84+',
        'direct-trade coffee sourcing, container and half-bag quantities, cupping samples',
        'coffee trader with bonded warehouse, forward contracts',
      ],
      zh: [
        '咖啡生豆进口商，埃塞哥伦比亚云南精品批次，八十四分以上',
        '产地直采咖啡豆，整柜和小包装都有，可寄杯测样',
        '生豆贸易，保税仓，可签远期合同',
      ],
      mix: [
        '生豆importer，specialty批次，SCA 84+',
        'direct trade，可寄cupping样品',
        '生豆trader，保税仓，forward contract',
      ],
    },
  },
  {
    id: 'pet-food',
    industry: { en: 'Pet food OEM', zh: '宠物食品代工' },
    need: {
      en: [
        'our dog treats sell out at the farmers market but we are baking them in a home oven',
        'have a grain-free cat recipe that a vet helped us design, need a plant to produce it',
        'looking for a factory to make our dog and cat food',
      ],
      zh: [
        '狗零食在市集卖得很好，可我们还在家里烤箱做',
        '兽医帮我们配了个无谷猫粮配方，要找工厂生产',
        '我们的猫粮狗粮想找工厂代加工',
      ],
      mix: ['狗treats在市集卖爆，还在家烤', '无谷猫粮recipe有了，要找工厂', '猫粮狗粮想找factory代加工'],
    },
    offer: {
      en: [
        'pet food co-manufacturer: extruded kibble, freeze-dried and jerky lines, MOQ 2t',
        'OEM/ODM treats and wet food, AAFCO formulation, export registrations',
        'private-label petfood plant with in-house lab',
      ],
      zh: [
        '宠粮代工厂，膨化粮、冻干、肉干生产线，两吨起订',
        '宠物零食和湿粮贴牌，配方研发，出口备案',
        '宠物食品工厂，自有化验室，可贴牌',
      ],
      mix: ['宠粮OEM，kibble挤压线+冻干线，MOQ 2吨', 'treats和湿粮ODM，AAFCO配方', 'private label宠粮工厂，自有lab'],
    },
  },
  {
    id: 'debt-collection',
    industry: { en: 'Debt recovery', zh: '商账追收' },
    need: {
      en: [
        'a buyer in Brazil took two containers and stopped answering emails',
        'a quarter of our invoices are more than 90 days overdue',
        'need help getting money back from a customer who will not pay',
      ],
      zh: ['巴西客户拿了两柜货就不回邮件了', '四分之一的发票都超过九十天没付', '客户欠钱不还，想找人帮忙要回来'],
      mix: ['巴西buyer拿了两个柜就不回email了', '四分之一invoice逾期超过90天', 'customer欠钱不还，想找人帮忙追回来'],
    },
    offer: {
      en: [
        'international B2B debt collection, no cure no pay, local agents in 120 countries',
        'receivables recovery and credit insurance claims, skip tracing',
        'collections agency with legal escalation, 15% success fee',
      ],
      zh: [
        '海外商账追收，不成功不收费，一百二十个国家有合作方',
        '应收账款催收，信用保险理赔，查找下落',
        '追债机构，可走法律程序，按回款百分之十五收费',
      ],
      mix: [
        '国际B2B商账追收，no cure no pay',
        '应收账款recovery，信保理赔',
        'collection agency，可legal升级，success fee 15%',
      ],
    },
  },
  {
    id: 'qc-inspection',
    industry: { en: 'Quality inspection', zh: '验货检测' },
    need: {
      en: [
        'the last shipment from our supplier arrived with a third of the units scratched',
        'we are about to pay 70% balance and nobody from our side has seen the goods',
        'need someone to check the goods at the factory before they ship',
      ],
      zh: ['上一批货到了，三分之一都有划痕', '马上要付七成尾款，我们这边还没人见过货', '出货前想找人去工厂检查一下货'],
      mix: ['上一批货到了，1/3都有scratch', '要付70%尾款，还没人看过货', '出货前想找人去factory检查货'],
    },
    offer: {
      en: [
        'third-party QC: pre-shipment inspection, AQL sampling, factory audits, same-week reports',
        'inspection services in China, Vietnam and India, DUPRO and container loading checks',
        'supplier verification and social compliance audits, BSCI/SMETA',
      ],
      zh: [
        '第三方验货，出货前抽检，按AQL标准，工厂审核',
        '中国越南印度验货，中期检验，装柜监督',
        '供应商实地核查，社会责任验厂',
      ],
      mix: ['第三方QC，PSI验货，AQL抽检，验厂', '验货服务，DUPRO和装柜监装', '供应商verification，BSCI/SMETA验厂'],
    },
  },
];
