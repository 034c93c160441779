/** A place members say they are in; `parent` links a city to its country and a country to its area. */
export interface RegionDefinition {
  readonly id: string;
  readonly zh: readonly string[];
  readonly en: readonly string[];
  readonly parent?: string;
}

function region(id: string, zh: string, en: string, parent?: string): RegionDefinition {
  return { id, zh: zh.split('|'), en: en.split('|'), ...(parent ? { parent } : {}) };
}

/** Cities, countries and areas common in the club, in both languages. */
export const REGIONS: readonly RegionDefinition[] = [
  region('greater-china', '大中华区|两岸三地', 'greater china'),
  region('china', '中国|中国大陆|大陆|内地|国内', 'china|mainland china|prc', 'greater-china'),
  region('hong-kong', '香港|香港特别行政区', 'hong kong|hk|hongkong', 'greater-china'),
  region('macau', '澳门', 'macau|macao', 'greater-china'),
  region('taiwan', '台湾|台北|台中|高雄', 'taiwan|taipei|kaohsiung', 'greater-china'),
  region('shanghai', '上海|沪', 'shanghai', 'china'),
  region('beijing', '北京', 'beijing|peking', 'china'),
  region('shenzhen', '深圳|南山|福田|宝安|龙岗', 'shenzhen', 'china'),
  region('guangzhou', '广州', 'guangzhou|canton', 'china'),
  region('hangzhou', '杭州', 'hangzhou', 'china'),
  region('chengdu', '成都', 'chengdu', 'china'),
  region('chongqing', '重庆', 'chongqing', 'china'),
  region('wuhan', '武汉', 'wuhan', 'china'),
  region('nanjing', '南京', 'nanjing', 'china'),
  region('suzhou', '苏州', 'suzhou', 'china'),
  region('xiamen', '厦门', 'xiamen', 'china'),
  region('xian', '西安', "xi'an|xian", 'china'),
  region('tianjin', '天津', 'tianjin', 'china'),
  region('qingdao', '青岛', 'qingdao', 'china'),
  region('dongguan', '东莞', 'dongguan', 'china'),
  region('foshan', '佛山', 'foshan', 'china'),
  region('ningbo', '宁波', 'ningbo', 'china'),
  region('yiwu', '义乌|金华', 'yiwu|jinhua', 'china'),
  region('changsha', '长沙', 'changsha', 'china'),
  region('zhengzhou', '郑州', 'zhengzhou', 'china'),
  region('hefei', '合肥', 'hefei', 'china'),
  region('kunming', '昆明', 'kunming', 'china'),
  region('fuzhou', '福州', 'fuzhou', 'china'),
  region('jinan', '济南', 'jinan', 'china'),
  region('zhuhai', '珠海', 'zhuhai', 'china'),
  region('southeast-asia', '东南亚|东盟', 'southeast asia|sea|asean'),
  region('singapore', '新加坡|狮城', 'singapore|sg', 'southeast-asia'),
  region('malaysia', '马来西亚|吉隆坡|槟城', 'malaysia|kuala lumpur|kl|penang', 'southeast-asia'),
  region('thailand', '泰国|曼谷', 'thailand|bangkok', 'southeast-asia'),
  region('vietnam', '越南|胡志明|河内', 'vietnam|ho chi minh city|ho chi minh|saigon|hanoi', 'southeast-asia'),
  region('indonesia', '印尼|印度尼西亚|雅加达', 'indonesia|jakarta', 'southeast-asia'),
  region('philippines', '菲律宾|马尼拉', 'philippines|manila', 'southeast-asia'),
  region('east-asia', '东亚', 'east asia'),
  region('japan', '日本|东京|大阪', 'japan|tokyo|osaka', 'east-asia'),
  region('korea', '韩国|首尔', 'korea|south korea|seoul', 'east-asia'),
  region('middle-east', '中东|海湾地区', 'middle east|gcc|gulf'),
  region('uae', '阿联酋|迪拜|阿布扎比', 'uae|dubai|abu dhabi|united arab emirates', 'middle-east'),
  region('saudi-arabia', '沙特|沙特阿拉伯|利雅得', 'saudi arabia|saudi|riyadh', 'middle-east'),
  region('europe', '欧洲|欧盟', 'europe|eu'),
  region('uk', '英国|伦敦', 'uk|united kingdom|london|britain|england', 'europe'),
  region('germany', '德国|柏林|慕尼黑|法兰克福', 'germany|berlin|munich|frankfurt', 'europe'),
  region('france', '法国|巴黎', 'france|paris', 'europe'),
  region('netherlands', '荷兰|阿姆斯特丹', 'netherlands|amsterdam|holland', 'europe'),
  region('italy', '意大利|米兰|罗马', 'italy|milan|rome', 'europe'),
  region('spain', '西班牙|马德里|巴塞罗那', 'spain|madrid|barcelona', 'europe'),
  region('north-america', '北美', 'north america'),
  region('usa', '美国', 'usa|united states|us|america', 'north-america'),
  region('new-york', '纽约', 'new york|nyc', 'usa'),
  region('los-angeles', '洛杉矶', 'los angeles|la', 'usa'),
  region('san-francisco', '旧金山|硅谷|湾区', 'san francisco|sf|silicon valley|bay area', 'usa'),
  region('canada', '加拿大|多伦多|温哥华', 'canada|toronto|vancouver', 'north-america'),
  region('oceania', '大洋洲', 'oceania'),
  region('australia', '澳大利亚|澳洲|悉尼|墨尔本', 'australia|sydney|melbourne', 'oceania'),
  region('new-zealand', '新西兰|奥克兰', 'new zealand|auckland', 'oceania'),
  region('latin-america', '拉美|拉丁美洲', 'latin america|latam'),
  region('mexico', '墨西哥', 'mexico', 'latin-america'),
  region('brazil', '巴西', 'brazil', 'latin-america'),
  region('africa', '非洲', 'africa'),
  region('india', '印度|孟买|班加罗尔', 'india|mumbai|bangalore|delhi'),
];
