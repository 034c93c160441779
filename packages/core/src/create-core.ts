import type { Ports } from './ports/ports.js';
import * as useCases from './use-cases/index.js';

type UseCases = typeof useCases;

/** Every use case with its ports bound: `core.submitApplication(input)`. */
export type Core = {
  readonly [K in keyof UseCases]: (input: Parameters<UseCases[K]>[1]) => ReturnType<UseCases[K]>;
};

/** Binds the ports once; adapters, routes and jobs call only the bound core. */
export function createCore(ports: Ports): Core {
  const bound: Record<string, (input: unknown) => unknown> = {};
  for (const [name, useCase] of Object.entries(useCases)) {
    bound[name] = (input: unknown) => (useCase as (deps: Ports, input: unknown) => unknown)(ports, input);
  }
  return bound as unknown as Core;
}
