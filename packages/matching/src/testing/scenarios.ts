/**
 * Hand-written business situations for quality tests and benchmarks: what someone looking for help writes,
 * and what someone who can help writes, in Chinese and English, in different words on purpose
 * (the need rarely repeats the offer's wording, as in real profiles).
 */
export interface Scenario {
  readonly id: string;
  readonly need: { readonly zh: readonly string[]; readonly en: readonly string[] };
  readonly offer: { readonly zh: readonly string[]; readonly en: readonly string[] };
  /** The industry of a member who offers this. */
  readonly industry: { readonly zh: string; readonly en: string };
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'logistics',
    need: {
      zh: ['急需跨境物流合作伙伴', '找靠谱的国际物流渠道，货要发到欧美', '产品出口需要国际运输方案'],
      en: [
        'need a cross-border logistics partner',
        'looking for reliable international shipping to the US',
        'we need global logistics for our exports',
      ],
    },
    offer: {
      zh: ['我们做海外仓储配送', '提供东南亚货代服务，海运空运都可以', '美国海外仓一件代发'],
      en: [
        'we run Southeast Asia freight forwarding',
        'ocean and air freight forwarder with our own US warehouse',
        '3PL and order fulfillment in Europe',
      ],
    },
    industry: { zh: '物流', en: 'logistics' },
  },
  {
    id: 'oem',
    need: {
      zh: ['寻找能做小批量的代工厂', '想找工厂贴牌生产我们的产品', '需要一家靠谱的OEM工厂'],
      en: [
        'looking for a contract manufacturer for our gadgets',
        'need a factory that can do private label production',
        'want an OEM partner with low MOQ',
      ],
    },
    offer: {
      zh: ['东莞自有工厂，承接OEM/ODM', '我们有二十条生产线，可以来样定制', '提供贴牌代加工服务'],
      en: [
        'own factory in Dongguan, OEM and ODM welcome',
        'we manufacture consumer products for brands',
        'contract manufacturing with small batch runs',
      ],
    },
    industry: { zh: '制造业', en: 'manufacturing' },
  },
  {
    id: 'trademark',
    need: {
      zh: ['品牌要在海外注册商标，需要专业律师', '担心被抢注，想做商标保护', '需要处理专利申请'],
      en: [
        'need help registering our trademark in Europe',
        'looking for an IP lawyer to protect our brand',
        'want to file patents for our product',
      ],
    },
    offer: {
      zh: ['知识产权律师，专做海外商标注册', '提供专利申请和商标维权服务', '律所合伙人，擅长知识产权保护'],
      en: [
        'intellectual property attorney handling global trademark filings',
        'we file patents and trademarks in 30 countries',
        'IP protection and brand registry support',
      ],
    },
    industry: { zh: '法律服务', en: 'legal services' },
  },
  {
    id: 'tax',
    need: {
      zh: ['公司财税比较乱，需要做账报税', '想做税务筹划，合理节税', '找代理记账公司'],
      en: [
        'need someone to handle our bookkeeping and tax filing',
        'looking for tax planning advice',
        'our accounts are a mess, need an accountant',
      ],
    },
    offer: {
      zh: ['提供代理记账和税务申报', '注册会计师，做税务咨询十年', '财税服务，一站式做账报税'],
      en: [
        'certified accountant offering bookkeeping services',
        'tax advisory and compliance for SMEs',
        'we do accounting and tax returns for startups',
      ],
    },
    industry: { zh: '财税服务', en: 'accounting' },
  },
  {
    id: 'angel',
    need: {
      zh: ['项目在找天使轮融资', '想找投资人聊聊种子轮', '公司准备融资，寻找资金支持'],
      en: [
        'raising a seed round, looking for angel investors',
        'we are fundraising for our startup',
        'seeking early-stage funding',
      ],
    },
    offer: {
      zh: ['天使投资人，关注消费和科技早期项目', '我们基金投早期，单笔一百到五百万', '个人做早期投资'],
      en: [
        'angel investor in consumer and tech startups',
        'our VC fund writes seed checks',
        'we invest in early-stage founders',
      ],
    },
    industry: { zh: '投资', en: 'venture capital' },
  },
  {
    id: 'xiaohongshu',
    need: {
      zh: ['新品牌想在小红书种草', '需要小红书推广，提升品牌曝光', '想找人做小红书代运营'],
      en: [
        'want to launch our brand on Xiaohongshu',
        'need marketing on Little Red Book for China',
        'looking for RedNote growth help',
      ],
    },
    offer: {
      zh: ['小红书代运营，手上有上千个达人', '专做小红书投放和内容策划', '帮品牌做小红书种草'],
      en: [
        'Xiaohongshu marketing agency with creator network',
        'we run RedNote campaigns for beauty brands',
        'Little Red Book content and KOL seeding',
      ],
    },
    industry: { zh: '营销', en: 'marketing' },
  },
  {
    id: 'livestream',
    need: {
      zh: ['产品想上直播间带货', '找带货主播合作', '需要直播电商渠道'],
      en: [
        'want livestream sellers to push our products',
        'looking for live commerce hosts',
        'need live shopping partners in China',
      ],
    },
    offer: {
      zh: ['自有直播基地，签约主播二十位', '我们团队做抖音直播带货', '直播代播和直播间运营'],
      en: [
        'livestream commerce studio with professional hosts',
        'we run live selling on Douyin and TikTok',
        'live streaming sales team',
      ],
    },
    industry: { zh: '直播电商', en: 'livestream commerce' },
  },
  {
    id: 'kol-overseas',
    need: {
      zh: ['想找海外网红推广产品', '需要对接TikTok达人', '出海品牌需要红人营销'],
      en: [
        'need influencer marketing in the US',
        'looking for TikTok creators to review our product',
        'want KOL campaigns overseas',
      ],
    },
    offer: {
      zh: ['海外红人资源，覆盖欧美五万博主', '做海外达人营销', '我们有TikTok达人矩阵'],
      en: [
        'influencer agency with 50k creators across the US and EU',
        'we connect brands with TikTok influencers',
        'creator partnerships for DTC brands',
      ],
    },
    industry: { zh: '营销', en: 'influencer marketing' },
  },
  {
    id: 'ads',
    need: {
      zh: ['独立站需要投放Facebook广告', '想提升广告投放的ROI', '找人做谷歌广告'],
      en: [
        'need someone to run paid ads for our Shopify store',
        'looking for performance marketing help',
        'want better Google Ads results',
      ],
    },
    offer: {
      zh: ['专业广告投放团队，Meta和谷歌都做', '效果广告优化，帮卖家买量', '我们做信息流广告投放'],
      en: [
        'media buying agency for Facebook and Google',
        'performance marketing and user acquisition',
        'paid social and PPC management',
      ],
    },
    industry: { zh: '广告', en: 'advertising' },
  },
  {
    id: 'saas-dev',
    need: {
      zh: ['需要开发一个会员小程序', '找技术团队做APP', '想外包软件开发'],
      en: [
        'need developers to build our mobile app',
        'looking for a software outsourcing team',
        'want a custom web platform built',
      ],
    },
    offer: {
      zh: ['软件外包团队，做过上百个小程序和APP', '提供定制开发服务', '我们是技术团队，承接系统开发'],
      en: [
        'software development shop with 40 engineers',
        'we build iOS and Android apps',
        'custom software and web development',
      ],
    },
    industry: { zh: '软件', en: 'software' },
  },
  {
    id: 'ai',
    need: {
      zh: ['想用大模型做智能客服', '公司想落地AI，提升效率', '需要AI解决方案'],
      en: [
        'want to use AI to automate customer support',
        'looking for help adopting generative AI',
        'need an AI chatbot for our website',
      ],
    },
    offer: {
      zh: ['做大模型应用开发，AI Agent和知识库', '提供AI智能客服系统', '人工智能落地咨询'],
      en: [
        'we build LLM applications and AI agents',
        'AI solutions for customer service',
        'machine learning engineering team',
      ],
    },
    industry: { zh: '人工智能', en: 'AI' },
  },
  {
    id: 'recruiting',
    need: {
      zh: ['急招销售总监', '需要猎头帮忙找技术人才', '公司扩张，招人困难'],
      en: [
        'we need to hire a head of sales',
        'looking for a headhunter for senior engineers',
        'struggling with recruitment',
      ],
    },
    offer: {
      zh: ['猎头公司，专注中高端人才', '提供招聘服务和人才推荐', '我们做RPO招聘外包'],
      en: [
        'executive search firm for tech and consumer',
        'recruitment agency placing senior talent',
        'we help startups hire fast',
      ],
    },
    industry: { zh: '人力资源', en: 'recruiting' },
  },
  {
    id: 'eor',
    need: {
      zh: ['想在海外雇人，但没有当地公司', '需要海外用工和薪资代发', '找名义雇主服务'],
      en: [
        'need to employ staff abroad without an entity',
        'looking for global payroll',
        'want an employer of record in Malaysia',
      ],
    },
    offer: {
      zh: ['提供EOR名义雇主服务，覆盖四十个国家', '海外雇佣和薪酬外包', '我们做人力资源外包'],
      en: [
        'employer of record services in 40 countries',
        'global payroll and HR outsourcing',
        'PEO and international hiring support',
      ],
    },
    industry: { zh: '人力资源', en: 'HR services' },
  },
  {
    id: 'company-setup',
    need: {
      zh: ['想在新加坡注册公司', '需要办香港公司和银行开户', '出海第一步要设立海外主体'],
      en: [
        'need to incorporate a company in Singapore',
        'looking to set up a Hong Kong entity and bank account',
        'want to register a US LLC',
      ],
    },
    offer: {
      zh: ['提供海外公司注册和公司秘书服务', '帮客户注册香港公司、开对公账户', '新加坡公司设立一站式服务'],
      en: [
        'company formation and corporate secretarial services',
        'we help founders incorporate in Singapore and Hong Kong',
        'business registration and bank account opening',
      ],
    },
    industry: { zh: '企业服务', en: 'corporate services' },
  },
  {
    id: 'sea-expansion',
    need: {
      zh: ['计划出海东南亚，需要当地资源', '想开拓越南市场', '东南亚市场拓展缺人脉'],
      en: [
        'planning to expand into Southeast Asia',
        'need local partners in Vietnam and Thailand',
        'want to enter the Indonesian market',
      ],
    },
    offer: {
      zh: ['在泰国生活十年，有当地人脉', '东南亚本地渠道资源丰富', '帮中国企业落地印尼'],
      en: [
        'local network across Southeast Asia',
        'on-the-ground team in Vietnam helping Chinese brands',
        'we help companies enter Malaysia and Indonesia',
      ],
    },
    industry: { zh: '出海服务', en: 'market entry' },
  },
  {
    id: 'china-entry',
    need: {
      zh: ['海外品牌想进入中国市场', '需要了解中国消费者', '想在国内找经销商'],
      en: [
        'we want to enter the Chinese market',
        'looking for partners to sell in China',
        'need help with China market entry',
      ],
    },
    offer: {
      zh: ['帮海外品牌开天猫国际和京东店铺', '国内渠道资源丰富，可以做总代理', '熟悉中国市场，做过多个进口品牌'],
      en: [
        'we help foreign brands launch on Tmall Global',
        'distribution network across mainland China',
        'China go-to-market for international brands',
      ],
    },
    industry: { zh: '进口贸易', en: 'import trade' },
  },
  {
    id: 'customs',
    need: {
      zh: ['货物进口清关总出问题', '需要专业报关', '进口食品清关'],
      en: ['our imports keep getting stuck at customs', 'need a customs broker', 'help with import clearance'],
    },
    offer: {
      zh: ['报关行，十五年清关经验', '提供进出口报关清关服务', '专业清关，双清包税'],
      en: [
        'licensed customs brokerage',
        'we handle customs declarations and clearance',
        'customs clearance for food and cosmetics',
      ],
    },
    industry: { zh: '报关', en: 'customs brokerage' },
  },
  {
    id: 'packaging',
    need: {
      zh: ['产品包装需要升级', '找包装盒定制厂家', '需要环保包装方案'],
      en: ['need better packaging for our products', 'looking for custom gift boxes', 'want sustainable packaging'],
    },
    offer: {
      zh: ['包装印刷厂，彩盒礼盒都能做', '提供包装设计和生产', '可降解包装材料供应'],
      en: [
        'packaging manufacturer for boxes and cartons',
        'custom packaging design and printing',
        'eco-friendly packaging supplier',
      ],
    },
    industry: { zh: '包装印刷', en: 'packaging' },
  },
  {
    id: 'brand-design',
    need: {
      zh: ['新品牌需要做LOGO和VI', '想做品牌视觉升级', '找设计师做品牌设计'],
      en: ['need a logo and brand identity', 'looking for a designer to rebrand us', 'want a new visual identity'],
    },
    offer: {
      zh: ['品牌设计工作室，做过上百个LOGO', '提供品牌形象设计', '视觉设计和VI系统'],
      en: [
        'brand identity studio',
        'we design logos and visual identity systems',
        'branding and graphic design agency',
      ],
    },
    industry: { zh: '设计', en: 'design' },
  },
  {
    id: 'photo',
    need: {
      zh: ['产品需要拍主图和详情页', '找摄影师拍产品', '电商产品图质量太差'],
      en: ['need product photos for Amazon listings', 'looking for a photographer', 'our product images need work'],
    },
    offer: {
      zh: ['商业摄影工作室，专拍电商产品', '提供产品拍摄和模特拍摄', '我们有摄影棚'],
      en: ['product photography studio', 'ecommerce photo shoots with models', 'commercial photographer'],
    },
    industry: { zh: '摄影', en: 'photography' },
  },
  {
    id: 'video',
    need: {
      zh: ['要拍一支企业宣传片', '需要短视频制作', '找人剪辑视频'],
      en: ['need a promo video for our launch', 'looking for video production', 'want short videos made for social'],
    },
    offer: {
      zh: ['视频制作团队，宣传片广告片都做', '提供短视频拍摄剪辑', '我们做三维动画和视频'],
      en: ['video production company', 'we shoot and edit commercial videos', 'videographer and editor'],
    },
    industry: { zh: '影视制作', en: 'video production' },
  },
  {
    id: 'translation',
    need: {
      zh: ['合同需要翻译成英文', '出差需要陪同翻译', '网站要做多语种'],
      en: [
        'need Chinese translation of our contracts',
        'looking for an interpreter for a factory visit',
        'want our site in five languages',
      ],
    },
    offer: {
      zh: ['专业翻译团队，中英日韩', '提供口译和同传', '多语种翻译服务'],
      en: [
        'professional translators for Chinese and English',
        'interpreting and simultaneous interpretation',
        'multilingual translation services',
      ],
    },
    industry: { zh: '翻译', en: 'translation' },
  },
  {
    id: 'trade-show',
    need: {
      zh: ['想参加海外展会找客户', '需要展台搭建', '计划去广交会参展'],
      en: [
        'want to exhibit at trade shows in Europe',
        'need a booth built for an expo',
        'planning to attend the Canton Fair',
      ],
    },
    offer: {
      zh: ['会展公司，做海外展会服务', '展台设计搭建', '提供国际展会资源'],
      en: ['exhibition services and stand building', 'we organize trade fair participation', 'trade show agency'],
    },
    industry: { zh: '会展', en: 'exhibitions' },
  },
  {
    id: 'payments',
    need: {
      zh: ['跨境收款费率太高', '需要海外收款账户', '想解决外汇结汇问题'],
      en: [
        'need cheaper cross-border payments',
        'looking for a way to collect payments abroad',
        'want a multi-currency account',
      ],
    },
    offer: {
      zh: ['提供跨境收款和换汇服务', '跨境支付公司，费率低', '我们做外贸收款'],
      en: [
        'cross-border payment platform',
        'international payments and FX for sellers',
        'payment collection in 100 currencies',
      ],
    },
    industry: { zh: '支付', en: 'payments' },
  },
  {
    id: 'loans',
    need: {
      zh: ['工厂扩产缺流动资金', '需要银行贷款', '想做供应链金融'],
      en: ['need working capital for expansion', 'looking for a business loan', 'need trade finance for large orders'],
    },
    offer: {
      zh: ['银行客户经理，做企业经营贷', '提供应收账款保理', '供应链金融服务'],
      en: ['business lending and credit lines', 'invoice financing and factoring', 'trade finance for importers'],
    },
    industry: { zh: '金融', en: 'banking' },
  },
  {
    id: 'amazon',
    need: {
      zh: ['亚马逊店铺销量上不去', '想找人代运营亚马逊', '新手卖家需要亚马逊运营指导'],
      en: ['our Amazon sales are stuck', 'need an Amazon agency', 'looking for help running our Amazon store'],
    },
    offer: {
      zh: ['亚马逊大卖，年销过亿，可以带团队', '做亚马逊代运营', '亚马逊运营培训'],
      en: ['Amazon seller with eight-figure revenue', 'Amazon account management agency', 'we grow brands on Amazon'],
    },
    industry: { zh: '跨境电商', en: 'ecommerce' },
  },
  {
    id: 'tiktok-shop',
    need: {
      zh: ['想开TikTok小店', '需要TikTok Shop运营', 'TikTok电商怎么做起来'],
      en: ['want to launch a TikTok Shop', 'need help with TikTok commerce', 'looking for TikTok Shop operators'],
    },
    offer: {
      zh: ['TikTok小店代运营，东南亚站点', '我们做TikTok电商', 'TK小店孵化'],
      en: ['TikTok Shop agency in the UK and US', 'we run TikTok shops for brands', 'TikTok ecommerce operations'],
    },
    industry: { zh: '跨境电商', en: 'social commerce' },
  },
  {
    id: 'shopify',
    need: {
      zh: ['想搭建品牌独立站', '需要Shopify建站', '做DTC品牌需要官网'],
      en: ['need a Shopify store built', 'want our own DTC website', 'looking for a Shopify developer'],
    },
    offer: {
      zh: ['Shopify建站和独立站运营', '网站建设，外贸网站设计', '我们帮品牌做独立站'],
      en: ['Shopify development agency', 'we design and build ecommerce websites', 'DTC store setup and web design'],
    },
    industry: { zh: '电商服务', en: 'ecommerce services' },
  },
  {
    id: 'erp',
    need: {
      zh: ['工厂想上ERP系统', '需要做数字化转型', '库存管理太乱，要进销存软件'],
      en: ['need an ERP for our factory', 'looking to digitalize our operations', 'want inventory management software'],
    },
    offer: {
      zh: ['ERP实施顾问', '提供企业管理软件和数字化方案', '我们做CRM和ERP系统'],
      en: ['ERP implementation partner', 'digital transformation consulting', 'we build CRM and ERP systems'],
    },
    industry: { zh: '企业软件', en: 'enterprise software' },
  },
  {
    id: 'sourcing',
    need: {
      zh: ['需要在中国找供应商', '想找采购代理', '产品找货源'],
      en: ['need to find suppliers in China', 'looking for a sourcing agent', 'want help with product sourcing'],
    },
    offer: {
      zh: ['义乌采购代理，提供验货', '帮海外客户在中国找工厂', '供应商开发和采购服务'],
      en: [
        'sourcing agent in Yiwu with quality inspection',
        'we find factories for overseas buyers',
        'procurement services in China',
      ],
    },
    industry: { zh: '采购', en: 'sourcing' },
  },
  {
    id: 'quality',
    need: {
      zh: ['出货前需要验货', '产品质量不稳定', '需要第三方质检'],
      en: ['need pre-shipment inspection', 'our supplier quality is inconsistent', 'looking for third-party QC'],
    },
    offer: {
      zh: ['第三方检验机构，验货验厂', '提供品控和出货检验', '质检服务'],
      en: ['quality inspection and factory audits', 'QC services across China', 'we inspect goods before shipment'],
    },
    industry: { zh: '检验检测', en: 'inspection' },
  },
  {
    id: 'certification',
    need: {
      zh: ['产品出口欧盟要做CE认证', '需要FDA认证', '产品检测认证'],
      en: ['need CE marking for Europe', 'looking for FDA registration help', 'want our products certified'],
    },
    offer: {
      zh: ['检测认证机构，CE、FCC、FDA都能做', '提供产品认证服务', '第三方检测实验室'],
      en: ['testing and certification lab', 'we handle CE and FCC certification', 'compliance testing for electronics'],
    },
    industry: { zh: '认证检测', en: 'certification' },
  },
  {
    id: 'cold-chain',
    need: {
      zh: ['生鲜产品需要冷链运输', '找冷库', '预制菜配送要冷链'],
      en: ['need refrigerated transport', 'looking for cold storage', 'want cold chain delivery for frozen food'],
    },
    offer: {
      zh: ['冷链物流公司，覆盖全国', '提供冷库仓储', '冷链配送服务'],
      en: ['cold chain logistics provider', 'temperature-controlled logistics', 'cold storage and reefer trucking'],
    },
    industry: { zh: '冷链物流', en: 'cold chain' },
  },
  {
    id: 'office',
    need: {
      zh: ['公司要搬家，找办公室', '需要租厂房', '想找联合办公空间'],
      en: ['looking for office space in Shanghai', 'need factory space to rent', 'want a coworking desk'],
    },
    offer: {
      zh: ['写字楼招商，有多个园区', '提供厂房租赁', '联合办公空间运营'],
      en: ['commercial property leasing', 'we manage industrial parks', 'coworking spaces in three cities'],
    },
    industry: { zh: '商业地产', en: 'real estate' },
  },
  {
    id: 'training',
    need: {
      zh: ['销售团队需要培训', '想做管理层内训', '团队执行力差，需要企业培训'],
      en: [
        'our sales team needs training',
        'looking for leadership workshops',
        'want management training for managers',
      ],
    },
    offer: {
      zh: ['企业培训讲师，专做销售培训', '提供领导力和管理培训', '做企业内训十五年'],
      en: ['corporate trainer for sales teams', 'leadership development programs', 'we run management training'],
    },
    industry: { zh: '培训', en: 'training' },
  },
  {
    id: 'events',
    need: {
      zh: ['公司年会需要策划', '要办一场新品发布会', '想组织行业峰会'],
      en: ['need an event planner for our launch', 'planning a conference', 'want to host a summit'],
    },
    offer: {
      zh: ['活动策划公司，年会发布会都做', '提供会议和活动执行', '我们做峰会论坛'],
      en: ['event management agency', 'we organize conferences and product launches', 'corporate events and meetups'],
    },
    industry: { zh: '活动策划', en: 'events' },
  },
  {
    id: 'pr',
    need: {
      zh: ['品牌需要媒体曝光', '想发新闻稿', '需要公关支持'],
      en: ['need press coverage for our launch', 'looking for a PR agency', 'want media relations support'],
    },
    offer: {
      zh: ['公关公司，媒体资源丰富', '提供新闻稿发布和媒体报道', '品牌公关'],
      en: ['PR agency with tech media contacts', 'press releases and media relations', 'public relations for startups'],
    },
    industry: { zh: '公关', en: 'public relations' },
  },
  {
    id: 'data',
    need: {
      zh: ['想做数据分析看板', '需要BI系统', '公司数据没有用起来'],
      en: ['need dashboards for our sales data', 'looking for business intelligence', 'want to make sense of our data'],
    },
    offer: {
      zh: ['数据分析团队', '提供BI和数据可视化', '大数据平台建设'],
      en: ['data analytics consultancy', 'BI dashboards and data engineering', 'we build data platforms'],
    },
    industry: { zh: '数据服务', en: 'data analytics' },
  },
  {
    id: 'seo',
    need: {
      zh: ['官网在谷歌上搜不到', '需要做SEO', '想提升自然流量'],
      en: ['our website does not rank on Google', 'need SEO help', 'want more organic traffic'],
    },
    offer: {
      zh: ['谷歌SEO优化', '做搜索引擎优化八年', '提供关键词排名优化'],
      en: ['SEO agency', 'search engine optimization for B2B', 'we grow organic search traffic'],
    },
    industry: { zh: '数字营销', en: 'digital marketing' },
  },
  {
    id: 'distribution',
    need: {
      zh: ['产品想进商超', '需要经销商渠道', '找线下零售渠道'],
      en: ['want our products in supermarkets', 'looking for distributors', 'need retail channels'],
    },
    offer: {
      zh: ['快消品经销商，覆盖华东商超', '有全国分销网络', '便利店渠道资源'],
      en: [
        'FMCG distributor covering 3000 stores',
        'national distribution network',
        'we place brands in retail chains',
      ],
    },
    industry: { zh: '分销', en: 'distribution' },
  },
];
