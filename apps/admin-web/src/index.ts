import { fileURLToPath } from 'node:url';

/** Where `vite build` puts the panel; pass it to the admin API as `config.webRoot`. */
export const adminWebRoot: string = fileURLToPath(new URL('../dist', import.meta.url));
