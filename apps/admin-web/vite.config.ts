import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The panel is served by the admin API from dist/ at `/`; in development `vite` proxies the API to it.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022' },
  server: {
    proxy: {
      '/api': process.env.SNOWBALL_API_URL ?? 'http://127.0.0.1:3000',
      '/login': process.env.SNOWBALL_API_URL ?? 'http://127.0.0.1:3000',
    },
  },
});
