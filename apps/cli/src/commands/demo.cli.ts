import type { System } from '../compose/open-system.js';
import { seedDemo } from '../demo/seed-demo.js';

/** `snowball demo`: loads the bilingual demo club (idempotent). */
export async function demoCommand(system: System, slug: string, out: (line: string) => void): Promise<string> {
  const result = await seedDemo(system.ports, slug);
  await system.ports.communities.attachWorkspace(result.community.id, 'simulator', result.community.slug);
  out(
    result.created
      ? `Loaded the demo club "${result.community.name}" (${result.community.slug}).`
      : `The demo club "${result.community.slug}" is already loaded.`,
  );
  return result.community.id;
}
