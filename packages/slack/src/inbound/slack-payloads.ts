// Slack's request payloads are typed by `@slack/bolt` (SlashCommand, BlockAction, ViewSubmitAction,
// MessageShortcut, KnownEventFromType<'message'>); this file holds only what the adapter adds on top.

/** The team a payload comes from: `team.id`, else the user's team. */
export function teamOf(body: {
  readonly team?: { readonly id: string } | null;
  readonly user: { readonly team_id?: string };
}): string {
  return body.team?.id ?? body.user.team_id ?? '';
}

/** The name a payload gives its person: `username`, else `name`, else the id (Bolt types `username` on some payloads only). */
export function userNameOf(user: { readonly id: string; readonly name?: string }): string {
  const username: unknown = 'username' in user ? user.username : undefined;
  return typeof username === 'string' ? username : (user.name ?? user.id);
}
