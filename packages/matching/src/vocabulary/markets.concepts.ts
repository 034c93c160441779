import { type ConceptDefinition, concept } from './concept.js';

const MARKET = { broader: 'overseas-expansion', weight: 0.7, qualifier: true } as const;

/** Going abroad (出海) and coming into China: markets and the local help they need. */
export const MARKET_CONCEPTS: readonly ConceptDefinition[] = [
  concept(
    'overseas-expansion',
    'overseas',
    '出海|企业出海|海外扩张|国际化|拓展海外市场|海外市场|走出去|海外业务|开拓海外|开拓海外市场|全球化|海外拓展|进入海外市场|出海服务|出海咨询',
    'go global|going global|overseas expansion|international expansion|expand overseas|expanding overseas|global expansion|overseas market|overseas markets|international markets|market entry|expand abroad|expanding abroad|internationalization|enter new markets',
    {
      servedBy: [
        'local-partners',
        'localization',
        'overseas-marketing',
        'company-formation',
        'market-research',
        'distribution-channels',
      ],
    },
  ),
  concept(
    'market-southeast-asia',
    'overseas',
    '东南亚|东南亚市场|出海东南亚|越南|泰国|印尼|印度尼西亚|马来西亚|菲律宾|新加坡市场|东盟|柬埔寨|缅甸',
    'southeast asia|south east asia|sea market|asean|vietnam|thailand|indonesia|malaysia|philippines|cambodia|singapore market|southeast asian|indonesian|vietnamese|thai|malaysian|filipino',
    MARKET,
  ),
  concept(
    'market-north-america',
    'overseas',
    '美国|美国市场|北美|北美市场|加拿大|出海美国|美加',
    'united states|usa|the us|us market|north america|north american|america|american market|canada|u.s.|the states',
    MARKET,
  ),
  concept(
    'market-europe',
    'overseas',
    '欧洲|欧洲市场|欧盟|德国|法国|英国|意大利|西班牙|荷兰|东欧|北欧|波兰',
    'europe|european market|european|eu|germany|france|uk|united kingdom|britain|italy|spain|netherlands|eastern europe|nordics|poland',
    MARKET,
  ),
  concept(
    'market-middle-east',
    'overseas',
    '中东|中东市场|沙特|阿联酋|迪拜|卡塔尔|海湾|土耳其|以色列',
    'middle east|saudi arabia|saudi|uae|dubai|gcc|qatar|mena|gulf|turkey|abu dhabi|riyadh',
    MARKET,
  ),
  concept(
    'market-japan-korea',
    'overseas',
    '日本|日本市场|韩国|日韩|日韩市场',
    'japan|japanese market|korea|south korea|korean market',
    MARKET,
  ),
  concept(
    'market-latin-america',
    'overseas',
    '拉美|拉丁美洲|墨西哥|巴西|南美|智利|哥伦比亚|拉美市场',
    'latin america|latam|mexico|brazil|south america|chile|colombia',
    MARKET,
  ),
  concept(
    'market-africa',
    'overseas',
    '非洲|非洲市场|尼日利亚|南非|肯尼亚|埃及',
    'africa|african market|nigeria|south africa|kenya|egypt',
    MARKET,
  ),
  concept(
    'market-other-asia',
    'overseas',
    '印度|印度市场|中亚|哈萨克斯坦|澳洲|澳大利亚|新西兰|俄罗斯',
    'india|indian market|central asia|kazakhstan|australia|new zealand|russia',
    MARKET,
  ),
  concept(
    'market-china',
    'overseas',
    '中国市场|进入中国|国内市场|中国销售|卖到中国|中国区|大陆市场|中国消费者|内地市场|中国业务',
    'china market|chinese market|enter china|entering china|china entry|china business|chinese consumers|mainland china|china expansion|the chinese market|sell in china|selling in china|sell to china|china sales|sell into china|china go-to-market|china gtm|go-to-market in china|china market entry',
    {
      servedBy: [
        'china-marketplaces',
        'xiaohongshu-marketing',
        'douyin-marketing',
        'company-formation',
        'distribution-channels',
        'local-partners',
      ],
    },
  ),
  concept(
    'localization',
    'overseas',
    '本地化|本土化|本地化运营|海外本地化|本土化运营|本地化团队',
    'localization|localisation|localize|localise|local operations|localized|local team',
    { servedBy: ['translation', 'local-partners'] },
  ),
  concept(
    'local-partners',
    'overseas',
    '本地资源|当地资源|本地合作伙伴|当地合作伙伴|海外资源|当地人脉|本地渠道|当地渠道|本地人脉|当地团队|海外人脉|当地关系',
    'local partners|local partner|local network|local connections|local contacts|on-the-ground team|local resources|local presence|local knowledge|on the ground',
  ),
];
