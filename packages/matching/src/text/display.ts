// Filler around what a member needs or offers: "我们急需…合作伙伴", "we are looking for a … partner".
const ZH_LEADING =
  /^(?:(?:我们|我司|本公司|我|本人|公司|团队)(?:的)?)?(?:目前|现在|长期|一直|也|还|主要|正在|可以|能|能够|可|想)*(?:急需|需要|想要|想找|寻找|寻求|在找|找|求|希望找到|希望|缺少|缺|专注于|专注|专业做|主营|主要做|从事|做|提供|擅长|拥有|有)*(?:一个|一家|一位|一些|几个|靠谱的?|优质的?|专业的?|可靠的?|长期的?)*/;
const ZH_TRAILING = /(?:的)?(?:合作伙伴|合作方|伙伴|方面的?资源|服务商|方面|相关服务|的人|的朋友)$/;
const EN_LEADING =
  /^(?:(?:we|i|our (?:team|company|firm))(?:'re|'m| are| am)?\s+)?(?:(?:also|currently|urgently|actively|really|mainly|now)\s+)*(?:(?:looking for|look for|seeking|seek|searching for|need|needs|want|wants|would like|hope to find|provide|provides|offer|offers|run|runs|operate|operates|do|can provide|can offer|can help with|specialize in|specialise in|have|has|help with|help)\s+)+(?:(?:a|an|the|some|reliable|good|trusted|experienced)\s+)*/i;
const EN_TRAILING = /\s+(?:partner|partners|provider|providers|partnership)$/i;

const MAX_DISPLAY = 40;

/** The part of a phrase worth quoting back to a member: filler words trimmed, long text shortened. */
export function displayPhrase(phrase: string): string {
  let text = phrase.trim();
  const zh = text.replace(ZH_LEADING, '').replace(ZH_TRAILING, '').trim();
  if ([...zh].length >= 2) text = zh;
  const en = text.replace(EN_LEADING, '').replace(EN_TRAILING, '').trim();
  if (en.length >= 2) text = en;
  const chars = [...text];
  return chars.length > MAX_DISPLAY ? `${chars.slice(0, MAX_DISPLAY - 1).join('')}…` : text;
}
