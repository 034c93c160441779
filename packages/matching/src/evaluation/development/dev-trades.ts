/**
 * The development set's phrase lists: trades written for tuning the matcher, by hand, in a third voice (chat-style
 * asks, price-list shorthand, Chinese with English trade terms). Written without reading the held-out lists and
 * sharing no file with them or with the tuned generator; the matcher may be tuned on these, never on the held-out set.
 */
export interface DevTrade {
  readonly id: string;
  readonly industry: { readonly en: string; readonly zh: string };
  /** What someone who needs this trade writes, per voice. */
  readonly need: { readonly en: readonly string[]; readonly zh: readonly string[]; readonly mix: readonly string[] };
  /** What someone who offers it writes, per voice. */
  readonly offer: { readonly en: readonly string[]; readonly zh: readonly string[]; readonly mix: readonly string[] };
}

export const DEV_OPENERS = {
  en: ['', '', 'Quick one: ', 'Currently ', 'Honestly ', 'Hi all! ', 'Main thing: '],
  zh: ['', '', '求助：', '目前', '诚心寻找', '大家好，', '长期'],
  mix: ['', '', '求：', '最近', 'Hi，', '有没有朋友', '急！'],
} as const;

export const DEV_CLOSERS = {
  en: ['', '', ' — DM me', ' asap', ', happy to chat', ' (budget ok)', '. thx'],
  zh: ['', '', '，欢迎私聊', '，价格好谈', '，谢谢！', '，可长期合作', '。'],
  mix: ['', '', '，pls DM', '，thanks', '，长期合作', '～', '，价格OK'],
} as const;

export const DEV_TRADES: readonly DevTrade[] = [
  {
    id: 'air-freight',
    industry: { en: 'Air cargo', zh: '空运物流' },
    need: {
      en: ['urgent air shipments of samples to Europe', 'someone to fly 200kg cartons to LAX every week'],
      zh: ['样品急需空运到欧洲', '每周有两百公斤货要空运去洛杉矶'],
      mix: ['样品要走air freight去欧洲', '每周200kg货物找空运agent飞LAX'],
    },
    offer: {
      en: [
        'air cargo agent, weekly consolidation to FRA and AMS',
        'airfreight forwarding, door to door, own space on CX',
      ],
      zh: ['空运代理，每周欧洲集运', '提供空运专线，门到门，国泰舱位稳定'],
      mix: ['做air cargo代理，欧洲美国线', '空运forwarder，LAX/JFK每周有舱位'],
    },
  },
  {
    id: 'customs-broker',
    industry: { en: 'Customs brokerage', zh: '报关清关' },
    need: {
      en: [
        'customs clearance for our imports into Australia',
        'a broker who can handle import declarations and duties',
      ],
      zh: ['进口货物需要清关服务', '找报关行处理进口申报和关税'],
      mix: ['澳洲进口需要customs clearance', '找customs broker帮忙报关交税'],
    },
    offer: {
      en: [
        'licensed customs broker, import and export declarations',
        'clearance and duty filing at Sydney and Melbourne ports',
      ],
      zh: ['持牌报关行，进出口报关清关', '悉尼墨尔本港口清关、代缴关税'],
      mix: ['licensed customs broker，进出口清关', '做清关和duty申报'],
    },
  },
  {
    id: 'overseas-warehouse',
    industry: { en: '3PL warehousing', zh: '海外仓储' },
    need: {
      en: ['a 3PL warehouse in the US for our Amazon overflow', 'storage and pick-pack near Los Angeles'],
      zh: ['美国需要一个海外仓放亚马逊的货', '洛杉矶附近找仓库做一件代发'],
      mix: ['找美国3PL海外仓', '洛杉矶warehouse，要能pick & pack一件代发'],
    },
    offer: {
      en: [
        'US 3PL with two warehouses in California, pick pack ship',
        'fulfillment center in Ontario CA, FBA prep and relabel',
      ],
      zh: ['美国加州自营海外仓，一件代发', '海外仓储服务，FBA贴标换标、中转'],
      mix: ['美西海外仓，3PL一件代发', '加州warehouse，FBA prep、退货处理'],
    },
  },
  {
    id: 'fx-collection',
    industry: { en: 'Cross-border payments', zh: '跨境支付' },
    need: {
      en: [
        'a cheaper way to get paid by overseas buyers in USD',
        'receiving euro payments from EU clients without huge fees',
      ],
      zh: ['外贸收款手续费太高，想换渠道', '收海外客户的美金货款'],
      mix: ['外贸收款想找个fee低一点的', '收欧洲客户EUR货款，银行太贵'],
    },
    offer: {
      en: [
        'multi-currency collection accounts for exporters, low FX margin',
        'licensed payment institution: USD/EUR/GBP receiving accounts',
      ],
      zh: ['跨境收款账户，美元欧元英镑都能收，汇损低', '持牌支付机构，外贸B2B收款结汇'],
      mix: ['跨境收款，multi-currency账户，换汇点差低', '持牌PSP，B2B外贸收款和结汇'],
    },
  },
  {
    id: 'trademark',
    industry: { en: 'IP services', zh: '知识产权' },
    need: {
      en: [
        'register our brand as a trademark in the EU and US',
        'someone to file our logo trademark in several countries',
      ],
      zh: ['想把品牌在欧美注册商标', '商标被抢注了，需要处理和海外注册'],
      mix: ['品牌要在US和EU注册trademark', '找人做海外商标申请，马德里'],
    },
    offer: {
      en: [
        'trademark filing in 100+ countries, Madrid system',
        'IP attorney: trademarks, oppositions, brand protection',
      ],
      zh: ['海外商标注册，马德里国际商标，异议答复', '知识产权代理，商标专利申请'],
      mix: ['IP代理，做海外trademark注册', '商标注册和brand protection，美国欧盟都可以'],
    },
  },
  {
    id: 'company-setup',
    industry: { en: 'Corporate services', zh: '企业服务' },
    need: {
      en: ['setting up a company in Singapore with a bank account', 'incorporate an HK entity and a nominee secretary'],
      zh: ['想在新加坡注册公司并开银行账户', '需要注册香港公司，有公司秘书服务'],
      mix: ['想注册Singapore公司+开户', '香港公司注册，要company secretary'],
    },
    offer: {
      en: [
        'company incorporation in HK and Singapore, secretary and registered address',
        'corporate secretarial services, bank account opening support',
      ],
      zh: ['香港新加坡公司注册、秘书、注册地址', '海外公司注册及银行开户协助'],
      mix: ['做HK/SG company formation，包秘书和地址', '离岸公司注册，协助开bank account'],
    },
  },
  {
    id: 'bookkeeping',
    industry: { en: 'Accounting', zh: '财税' },
    need: {
      en: ['monthly bookkeeping and annual tax filing', 'an accountant to sort out our VAT returns'],
      zh: ['需要代理记账和年度报税', '找会计处理增值税申报'],
      mix: ['要找bookkeeping代账，年报报税', 'VAT申报有点乱，找accountant'],
    },
    offer: {
      en: ['accounting firm: bookkeeping, payroll, tax returns', 'CPA team doing VAT, GST and year-end accounts'],
      zh: ['财税服务：代理记账、工资、报税', '会计师事务所，增值税申报、年审'],
      mix: ['CPA团队，代账+tax filing', '做记账报税，VAT/GST都熟'],
    },
  },
  {
    id: 'visa',
    industry: { en: 'Immigration', zh: '移民签证' },
    need: {
      en: ['work visas for two engineers moving to Dubai', 'help with a business visa and residency permit'],
      zh: ['两名工程师要办迪拜工作签证', '需要办理商务签证和居留'],
      mix: ['team要去迪拜，办work visa', '办business visa + 居留permit'],
    },
    offer: {
      en: [
        'visa and immigration consultancy, employment passes, golden visa',
        'work permits and residence visas handled end to end',
      ],
      zh: ['签证移民咨询，工作签、黄金签证', '工作许可和居留签证全程代办'],
      mix: ['做visa和移民，employment pass、golden visa', '工作签证居留permit代办'],
    },
  },
  {
    id: 'localization',
    industry: { en: 'Language services', zh: '语言服务' },
    need: {
      en: ['translate our product manuals into German and French', 'localizing the app UI into Japanese'],
      zh: ['产品说明书要翻译成德语和法语', 'App界面需要日语本地化'],
      mix: ['说明书要translate成德语法语', 'App要做日文localization'],
    },
    offer: {
      en: [
        'professional translation, 30 languages, native reviewers',
        'software localization and technical translation',
      ],
      zh: ['专业翻译，三十个语种，母语审校', '软件本地化和技术文档翻译'],
      mix: ['翻译公司，30种语言native审校', '做localization和技术翻译'],
    },
  },
  {
    id: 'brand-identity',
    industry: { en: 'Branding', zh: '品牌设计' },
    need: {
      en: ['a new logo and brand identity before our launch', 'rebranding: visual identity and packaging look'],
      zh: ['新品牌上市前需要logo和VI设计', '品牌升级，重做视觉形象'],
      mix: ['要做logo和brand identity', 'rebrand，VI要重新设计'],
    },
    offer: {
      en: [
        'branding studio: logos, visual identity, brand guidelines',
        'brand strategy and identity design for consumer brands',
      ],
      zh: ['品牌设计工作室：标志设计、VI视觉系统', '消费品牌策划与视觉形象设计'],
      mix: ['branding studio，做logo和VI', '品牌策略+visual identity设计'],
    },
  },
  {
    id: 'app-dev',
    industry: { en: 'Software development', zh: '软件开发' },
    need: {
      en: ['an agency to build our iOS and Android booking app', 'a dev team for a WeChat mini program'],
      zh: ['找外包团队开发预约App', '需要开发一个微信小程序'],
      mix: ['找team开发iOS/Android app', '要做一个微信mini program'],
    },
    offer: {
      en: [
        'mobile app development, iOS Android and mini programs',
        'full-stack outsourcing team, React Native and Flutter',
      ],
      zh: ['App开发，iOS安卓和小程序都做', '软件外包团队，全栈开发'],
      mix: ['做app开发，Flutter/React Native', '小程序和APP外包开发'],
    },
  },
  {
    id: 'erp',
    industry: { en: 'Enterprise software', zh: '企业软件' },
    need: {
      en: ['implementing an ERP for inventory and purchasing', 'replace our spreadsheets with proper ERP software'],
      zh: ['需要上ERP系统管库存和采购', '想把表格换成正规的ERP'],
      mix: ['要上ERP，管inventory和采购', 'Excel管不过来了，找ERP implementation'],
    },
    offer: {
      en: ['ERP implementation partner, Odoo and NetSuite', 'we deploy and customise ERP for SMEs'],
      zh: ['ERP实施服务商，用友金蝶都做', '中小企业ERP部署和定制'],
      mix: ['Odoo/NetSuite ERP实施partner', '帮中小企业上ERP，可定制'],
    },
  },
  {
    id: 'kol',
    industry: { en: 'Influencer marketing', zh: '达人营销' },
    need: {
      en: [
        'influencers on Instagram and TikTok to promote our skincare',
        'creator partnerships for a product launch in the US',
      ],
      zh: ['找海外网红推广我们的护肤品', '新品在美国上市需要达人合作'],
      mix: ['找Instagram/TikTok influencer推产品', '美国launch要找KOL合作'],
    },
    offer: {
      en: ['influencer agency with 5,000 US creators', 'KOL campaigns on TikTok, YouTube and Instagram'],
      zh: ['海外网红营销，五千个美国达人资源', 'TikTok和油管KOL投放'],
      mix: ['influencer agency，美国creator资源多', '做KOL campaign，TikTok/YouTube/IG'],
    },
  },
  {
    id: 'seo',
    industry: { en: 'Search marketing', zh: '搜索营销' },
    need: {
      en: ['more organic traffic from Google to our site', 'someone to fix our SEO and write blog content'],
      zh: ['网站谷歌自然流量太少', '需要做SEO优化和内容'],
      mix: ['官网Google流量低，要做SEO', '找人写blog做SEO'],
    },
    offer: {
      en: ['SEO consultant: technical audits, content, backlinks', 'Google search optimisation for B2B websites'],
      zh: ['SEO顾问，技术优化、内容、外链', '外贸网站谷歌优化'],
      mix: ['做SEO，technical audit+外链', 'B2B网站Google优化'],
    },
  },
  {
    id: 'video',
    industry: { en: 'Video production', zh: '视频制作' },
    need: {
      en: ['short videos for our Douyin and Reels accounts', 'a crew to shoot a factory tour video'],
      zh: ['抖音账号需要拍短视频', '想拍一个工厂宣传片'],
      mix: ['要拍short video发抖音和Reels', '找crew拍工厂宣传片'],
    },
    offer: {
      en: [
        'video production studio: commercials, short-form, corporate films',
        'we script, shoot and edit short videos',
      ],
      zh: ['视频制作公司，广告片、短视频、企业宣传片', '短视频策划拍摄剪辑一条龙'],
      mix: ['video studio，短视频和宣传片', '短视频拍摄剪辑，脚本也可以写'],
    },
  },
  {
    id: 'trade-show',
    industry: { en: 'Exhibitions', zh: '会展' },
    need: {
      en: ['booth design and build for the Canton Fair', 'a stand contractor for a trade show in Las Vegas'],
      zh: ['广交会需要展位设计搭建', '拉斯维加斯展会找搭建商'],
      mix: ['广交会booth要设计搭建', '美国trade show找stand contractor'],
    },
    offer: {
      en: ['exhibition stand design and construction worldwide', 'booth builder for CES, Canton Fair and MWC'],
      zh: ['展台设计搭建，国内外展会都做', '展会搭建商，广交会、CES'],
      mix: ['展台design&build，全球展会', '做CES和广交会的booth搭建'],
    },
  },
  {
    id: 'recruiting',
    industry: { en: 'Recruitment', zh: '招聘' },
    need: {
      en: ['hiring a country manager for Vietnam', 'recruiters to find senior sales people'],
      zh: ['要招越南的国家经理', '找猎头招高级销售'],
      mix: ['招Vietnam country manager', '找headhunter招senior sales'],
    },
    offer: {
      en: ['executive search across Southeast Asia', 'headhunting for sales and management roles'],
      zh: ['东南亚高端人才猎头', '猎头服务，销售和管理岗位'],
      mix: ['做executive search，东南亚', 'headhunting，销售和管理岗'],
    },
  },
  {
    id: 'office',
    industry: { en: 'Workspace', zh: '办公空间' },
    need: {
      en: ['a small office for 6 people in Shenzhen', 'desks in a coworking space for our new team'],
      zh: ['深圳找一个六人小办公室', '新团队需要联合办公工位'],
      mix: ['深圳找6人office', '找coworking工位给新团队'],
    },
    offer: {
      en: ['coworking spaces and serviced offices in five cities', 'flexible private offices, monthly terms'],
      zh: ['联合办公空间和服务式办公室，五个城市', '灵活的独立办公室，可月租'],
      mix: ['coworking和serviced office，五个城市', '独立office可以按月租'],
    },
  },
  {
    id: 'injection-molding',
    industry: { en: 'Plastics manufacturing', zh: '注塑加工' },
    need: {
      en: ['a factory to injection mould our plastic housings', 'tooling and moulding for a new plastic part'],
      zh: ['塑料外壳找注塑厂', '新塑胶件需要开模注塑'],
      mix: ['塑料外壳找injection molding厂', '新part要开模+注塑'],
    },
    offer: {
      en: [
        'injection moulding plant, 80 machines, in-house tooling',
        'plastic parts manufacturing: mould making and moulding',
      ],
      zh: ['注塑工厂，八十台机，自有模具车间', '塑胶件加工，开模注塑一条龙'],
      mix: ['注塑厂，80台机器，in-house模具', '做plastic parts，开模+注塑'],
    },
  },
  {
    id: 'pcba',
    industry: { en: 'Electronics manufacturing', zh: '电子制造' },
    need: {
      en: ['PCB assembly for 5k boards a month', 'an EMS partner for our circuit boards'],
      zh: ['每月五千片板子要贴片加工', '找电子代工厂做线路板'],
      mix: ['PCBA每月5k片找工厂', '找EMS代工circuit board'],
    },
    offer: {
      en: ['SMT and PCBA assembly, prototypes to volume', 'electronics contract manufacturer: PCB, SMT, box build'],
      zh: ['SMT贴片和PCBA加工，打样到量产', '电子代工，PCB贴片组装'],
      mix: ['SMT贴片PCBA，prototype到量产', 'EMS代工，PCB+SMT+组装'],
    },
  },
  {
    id: 'packaging',
    industry: { en: 'Packaging', zh: '包装印刷' },
    need: {
      en: ['custom printed gift boxes for our tea', 'a supplier for branded shipping cartons'],
      zh: ['茶叶需要定制印刷礼盒', '找供应商做带logo的快递纸箱'],
      mix: ['要定制gift box包装', '找供应商印logo shipping carton'],
    },
    offer: {
      en: ['packaging printer: rigid boxes, cartons, labels', 'custom packaging manufacturer, low MOQ'],
      zh: ['包装印刷厂，精品盒、纸箱、标签', '定制包装，起订量低'],
      mix: ['包装印刷，rigid box和纸箱', 'custom packaging，MOQ低'],
    },
  },
  {
    id: 'garments',
    industry: { en: 'Apparel manufacturing', zh: '服装制造' },
    need: {
      en: ['a garment factory for our activewear line', 'sewing factory for small runs of hoodies'],
      zh: ['运动服系列找服装厂', '卫衣小单找加工厂'],
      mix: ['activewear找服装工厂', '卫衣small batch找加工厂'],
    },
    offer: {
      en: ['apparel OEM: knitwear, sportswear, small MOQ', 'clothing manufacturer with cut-and-sew and printing'],
      zh: ['服装代工：针织、运动服，小单可做', '服装厂，裁剪缝制印花'],
      mix: ['服装OEM，sportswear小单OK', '服装厂cut&sew+印花'],
    },
  },
  {
    id: 'furniture',
    industry: { en: 'Furniture', zh: '家具' },
    need: {
      en: ['sourcing hotel furniture for 120 rooms', 'a sofa and chair supplier for our showroom'],
      zh: ['一百二十间客房的酒店家具采购', '展厅需要沙发椅子供应商'],
      mix: ['酒店furniture采购，120间房', '找sofa和椅子供应商'],
    },
    offer: {
      en: ['furniture factory, hotel and contract furniture', 'sofas, chairs and casegoods manufacturer in Foshan'],
      zh: ['家具工厂，酒店工程家具', '佛山沙发椅子柜类生产厂'],
      mix: ['家具厂，做hotel工程家具', '佛山sofa椅子工厂'],
    },
  },
  {
    id: 'tea',
    industry: { en: 'Tea', zh: '茶叶' },
    need: {
      en: ['a reliable source of oolong and pu-erh for our cafés', 'wholesale loose-leaf tea supply'],
      zh: ['咖啡馆要稳定的乌龙和普洱货源', '茶叶批发供应'],
      mix: ['店里要oolong和普洱的稳定货源', '找loose leaf茶叶批发'],
    },
    offer: {
      en: ['tea garden in Fujian, oolong and white tea export', 'wholesale Chinese tea, pu-erh and green tea'],
      zh: ['福建茶园，乌龙白茶出口', '中国茶批发，普洱绿茶'],
      mix: ['福建茶园，oolong白茶export', '茶叶wholesale，普洱绿茶'],
    },
  },
  {
    id: 'wine',
    industry: { en: 'Wine & spirits', zh: '酒类' },
    need: {
      en: ['French and Chilean wines for our restaurants', 'an importer for Australian red wine'],
      zh: ['餐厅要采购法国智利葡萄酒', '找澳洲红酒的进口商'],
      mix: ['餐厅要法国和智利wine', '找澳洲red wine进口商'],
    },
    offer: {
      en: ['wine importer and distributor, 300 labels', 'we import wines from Bordeaux, Chile and Australia'],
      zh: ['红酒进口分销，三百个酒款', '进口波尔多、智利、澳洲葡萄酒'],
      mix: ['wine进口商，300款酒', '进口Bordeaux/智利/澳洲红酒'],
    },
  },
  {
    id: 'solar',
    industry: { en: 'Solar energy', zh: '光伏' },
    need: {
      en: ['rooftop solar for our factory to cut power bills', 'PV panels and inverters for a project in Pakistan'],
      zh: ['工厂屋顶想装光伏省电费', '巴基斯坦项目需要光伏板和逆变器'],
      mix: ['厂房rooftop装solar', '巴基斯坦项目要PV组件+逆变器'],
    },
    offer: {
      en: ['solar EPC: rooftop PV design and installation', 'PV modules, inverters and batteries for export'],
      zh: ['光伏EPC，屋顶电站设计安装', '光伏组件逆变器储能出口'],
      mix: ['solar EPC，屋顶PV设计安装', '出口PV组件、inverter和电池'],
    },
  },
  {
    id: 'ev-charging',
    industry: { en: 'EV charging', zh: '充电桩' },
    need: {
      en: ['EV chargers for our parking lots', 'a supplier of DC fast chargers for a fleet'],
      zh: ['停车场要装电动车充电桩', '车队需要直流快充桩供应商'],
      mix: ['停车场要装EV charger', '车队找DC快充供应商'],
    },
    offer: {
      en: ['EV charger manufacturer, AC wallbox and DC fast', 'charging stations supply and installation'],
      zh: ['充电桩厂家，交流桩直流快充', '充电站设备供应及安装'],
      mix: ['充电桩厂家，AC wallbox和DC快充', 'charging station供货安装'],
    },
  },
  {
    id: 'med-device-reg',
    industry: { en: 'Regulatory affairs', zh: '法规注册' },
    need: {
      en: ['CE marking and FDA clearance for our medical device', 'regulatory help to sell a device in the EU'],
      zh: ['医疗器械要做CE认证和FDA注册', '器械进欧盟需要法规注册支持'],
      mix: ['医疗器械要CE和FDA', '器械进EU找regulatory consultant'],
    },
    offer: {
      en: [
        'medical device regulatory consulting: CE MDR, FDA 510(k)',
        'device registration in the EU, US and Southeast Asia',
      ],
      zh: ['医疗器械法规咨询：欧盟MDR、FDA 510k', '器械海外注册，欧美东南亚'],
      mix: ['医疗器械regulatory咨询，MDR/510k', '器械注册，EU/US/东南亚'],
    },
  },
  {
    id: 'corporate-training',
    industry: { en: 'Corporate training', zh: '企业培训' },
    need: {
      en: ['sales training for a team of 40', 'leadership workshops for our new managers'],
      zh: ['四十人的销售团队需要培训', '新晋经理的领导力培训'],
      mix: ['销售team要做training', '新manager的leadership培训'],
    },
    offer: {
      en: ['corporate training: sales, leadership, negotiation', 'we run management workshops and coaching'],
      zh: ['企业培训：销售、领导力、谈判', '管理培训工作坊和教练'],
      mix: ['企业training，销售和leadership', '做管理workshop和coaching'],
    },
  },
  {
    id: 'fundraising',
    industry: { en: 'Venture capital', zh: '创投' },
    need: {
      en: ['raising a seed round of 2M', 'investors for our Series A'],
      zh: ['正在融天使轮两百万', '找A轮投资人'],
      mix: ['在融seed round', '找Series A的投资人'],
    },
    offer: {
      en: ['angel investor backing early-stage consumer startups', 'VC fund writing seed and Series A tickets'],
      zh: ['天使投资人，投早期消费项目', '风投基金，投种子轮和A轮'],
      mix: ['angel投资人，看早期项目', 'VC基金，投seed和A轮'],
    },
  },
  {
    id: 'insurance',
    industry: { en: 'Insurance', zh: '保险' },
    need: {
      en: ['cargo insurance for our sea shipments', 'product liability insurance for the US market'],
      zh: ['海运货物要买保险', '进美国市场需要产品责任险'],
      mix: ['海运cargo要买保险', '美国市场要product liability险'],
    },
    offer: {
      en: ['insurance broker: marine cargo, product liability, D&O', 'commercial insurance for exporters'],
      zh: ['保险经纪：货运险、产品责任险、董责险', '外贸企业商业保险'],
      mix: ['保险broker，货运险和产品责任险', '出口企业commercial insurance'],
    },
  },
];
