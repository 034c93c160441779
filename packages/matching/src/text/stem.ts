// Words whose stem would collide with a different meaning ("marketing" is not "market", "customs" is not "custom").
const KEEP: ReadonlySet<string> = new Set([
  'marketing',
  'branding',
  'accounting',
  'customs',
  'customer',
  'customers',
  'news',
  'business',
  'process',
  'express',
  'access',
  'press',
  'series',
  'analysis',
  'logistics',
  'ads',
  'sales',
  'saas',
  'paas',
  'iaas',
  'gas',
  'bus',
  'this',
  'us',
  'uas',
  'plus',
]);

const IRREGULAR: Readonly<Record<string, string>> = {
  customers: 'customer',
  ads: 'ad',
  sales: 'sale',
  logistics: 'logistic',
  children: 'child',
  people: 'person',
  women: 'woman',
  men: 'man',
};

/**
 * A light English stemmer (plurals, -ing, -ed, -ly, final e, doubled consonants). It only has to be
 * consistent: vocabulary phrases and member text go through the same function.
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3 || KEEP.has(w) || !/^[a-z]+$/.test(w)) return w;
  // British and American spellings read alike: optimise / optimize, localisation / localization.
  if (w.length >= 7 && w.includes('is')) {
    w = w.replace(/isation(s?)$/, 'ization$1').replace(/is(e|es|ed|ing)$/, 'iz$1');
  }
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (KEEP.has(w)) return w;
  // The noun, the verb and the doer share a stem: translation, translate, translator; shipment, ship.
  if (w.length >= 9 && w.endsWith('ization')) return w.slice(0, -5);
  if (w.length >= 8 && w.endsWith('ation')) return `${w.slice(0, -5)}at`;
  if (w.length >= 7 && w.endsWith('ator')) return w.slice(0, -2);
  if (w.length >= 8 && w.endsWith('ment')) w = w.slice(0, -4);
  let stripped = false;
  if (w.endsWith('ing') && w.length >= 6 && /[aeiouy]/.test(w.slice(0, -3))) {
    w = w.slice(0, -3);
    stripped = true;
  } else if (w.endsWith('ed') && w.length >= 5 && /[aeiouy]/.test(w.slice(0, -2))) {
    w = w.slice(0, -2);
    stripped = true;
  } else if (w.endsWith('ly') && w.length >= 6) {
    w = w.slice(0, -2);
  }
  if (stripped && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz|ff)$/.test(w)) w = w.slice(0, -1);
  else if (w.endsWith('e') && w.length >= 5) w = w.slice(0, -1);
  return w;
}
