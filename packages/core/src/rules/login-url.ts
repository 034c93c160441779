/** The admin-panel sign-in URL for a one-time token; the CLI, the bots and the API build it the same way. */
export function loginUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/login?token=${encodeURIComponent(token)}`;
}
