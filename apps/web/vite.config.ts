import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

// The API serves apps/web/dist with a SPA fallback; in development /api is proxied to the API process.
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: process.env.TDKT_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
