import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue.js';
import { createCommandClub, visibleText } from '../testing/command-club.js';

const INTERNAL = ['Something went wrong on our side', '系统出了点问题'];

/** Text a hostile or careless member might type: any Unicode (lone surrogates too), markup, mentions, huge. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom(
    '@everyone <@123> <!channel> **bold** `code` [x](javascript:alert(1))',
    '\u0000\u0007\u001b[31m\ud800 \udfff',
    "'; drop table members; --",
    'name:value: :: -- --x= 9999999999999999999999 -1 NaN Infinity',
    'x'.repeat(10_000),
  ),
);

// Every command, with every subcommand, given hostile text: each answers with a reply both platforms accept
// (the command club checks it) and never with the "unexpected error" a crash becomes.
describe('hostile input through every command (property-based)', () => {
  it('gets a valid reply, never an internal error', async () => {
    const club = await createCommandClub();
    const member = await club.add({ name: 'Mallory', locale: 'en' });
    const lines = catalogue
      .filter((c) => c.type !== 'message')
      .flatMap((c) => (c.subcommands?.length ? c.subcommands.map((s) => `/${c.name} ${s.name}`) : [`/${c.name}`]));
    expect(lines.length).toBeGreaterThan(10);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...lines), hostileText, async (line, text) => {
        for (const who of [member, club.owner]) {
          const reply = await who.run(`${line} ${text}`);
          const shown = visibleText(reply);
          for (const marker of INTERNAL) expect(shown).not.toContain(marker);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a forged button or form with a hostile argument gets a valid reply, never an internal error', async () => {
    const club = await createCommandClub();
    const member = await club.add({ name: 'Mallory', locale: 'zh-CN' });
    const actions = catalogue.flatMap((c) => Object.keys(c.actions ?? {}).map((verb) => `${c.name}:${verb}`));
    expect(actions.length).toBeGreaterThan(5);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...actions), hostileText, async (action, text) => {
        const arg = text.replace(/:/g, '').slice(0, 80);
        for (const reply of [
          await member.press(`${action}:${arg}`),
          await member.submit(`${action}:${arg}`, { name: text, about: text, answer: text, amount: text }),
        ]) {
          const shown = visibleText(reply);
          for (const marker of INTERNAL) expect(shown).not.toContain(marker);
        }
      }),
      { numRuns: 150 },
    );
  });
});
