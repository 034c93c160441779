import type { SlackHttpResponse } from './slack-http-receiver.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small page in both languages (the person installing may read either), for the OAuth flow's outcomes. */
export function htmlPage(
  status: number,
  texts: { readonly en: string; readonly 'zh-CN': string },
  headers: Readonly<Record<string, string>> = {},
): SlackHttpResponse {
  const body = `<!doctype html><html><head><meta charset="utf-8"><title>Snowball · Slack</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; line-height: 1.5">
<p lang="zh-CN">${escapeHtml(texts['zh-CN'])}</p><p lang="en">${escapeHtml(texts.en)}</p></body></html>`;
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      ...headers,
    },
    body,
  };
}
