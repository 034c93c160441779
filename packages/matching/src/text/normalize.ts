/** NFKC (full-width to half-width) and "e-commerce" written as one word; case is kept for display. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/\b([eE])-(?=[a-zA-Z])/g, '$1');
}

const HAN = /\p{Script=Han}/u;

/** True when the text contains a Chinese character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Language hints ("zh", "zh-CN", "中文", "en-US") mapped to the two locales we render in. */
export function localeOf(language: string | null | undefined): 'zh-CN' | 'en' {
  const lower = (language ?? '').trim().toLowerCase();
  return lower.startsWith('zh') || lower.startsWith('cn') || hasHan(lower) ? 'zh-CN' : 'en';
}
