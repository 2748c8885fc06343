import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
// The api's port: the same PORT variable the api reads, so `PORT=3100 npm run dev` moves both.
const api = `http://localhost:${process.env['PORT'] ?? 3000}`;

export default defineConfig({
  root,
  plugins: [react()],
  resolve: { tsconfigPaths: true },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: api, ws: true },
      '/health': api,
      '/fhir': api,
    },
  },
});
