// Buttons and forms in a DM carry no guild, yet the guild selects the club. Custom ids of components the
// bot sends into DMs therefore name the guild: `dm/<guildId>/<action>`.
const DM_CUSTOM_ID = /^dm\/(\d{1,25})\/(.+)$/s;

/** The custom id for an action on a component sent in a DM on behalf of the club in `guildId`. */
export function dmCustomId(guildId: string, action: string): string {
  return `dm/${guildId}/${action}`;
}

/** The guild and action behind a DM component's custom id, or null for an ordinary action id. */
export function parseDmCustomId(customId: string): { guildId: string; action: string } | null {
  const match = DM_CUSTOM_ID.exec(customId);
  return match?.[1] && match[2] ? { guildId: match[1], action: match[2] } : null;
}
