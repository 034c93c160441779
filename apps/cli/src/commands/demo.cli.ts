import { systemActor } from '@snowball/core';
import type { System } from '../compose/open-system.js';
import { seedDemo } from '../demo/seed-demo.js';

/** `snowball demo`: loads the bilingual demo club (idempotent). */
export async function demoCommand(system: System, slug: string, out: (line: string) => void): Promise<string> {
  const result = await seedDemo(system.ports, slug);
  await system.core.attachWorkspace({
    actor: systemActor(result.community.id, 'cli'),
    communityId: result.community.id,
    platform: 'simulator',
    workspaceId: result.community.slug,
  });
  out(
    result.created
      ? `Loaded the demo club "${result.community.name}" (${result.community.slug}).`
      : `The demo club "${result.community.slug}" is already loaded.`,
  );
  return result.community.id;
}
