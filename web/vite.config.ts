import { fileURLToPath, URL } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The Dumont server (APP_PORT, default 8000) answers the API; `npm run dev` proxies to it.
const serverUrl = process.env.DUMONT_SERVER_URL ?? 'http://localhost:8000';

export default defineConfig({
  base: '/',
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': serverUrl,
      '/v3': serverUrl,
      '/actuator': serverUrl,
    },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    restoreMocks: true,
    unstubGlobals: true,
    // Two-core CI machines run the Java build beside these tests; a busy one needs the headroom.
    testTimeout: 30_000,
  },
});
