import { defineConfig } from 'vite'

// Built into web/dist, which `kkori serve` serves; no request leaves the machine (no CDN).
export default defineConfig({
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 400 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
})
