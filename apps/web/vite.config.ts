import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` proxies the API started separately on :3000 (npm start at the repository root).
export default defineConfig({
  plugins: [react()],
  // src/flag-labels.ts bundles two plain files of libs/ (one owner for labels shared with the documents).
  server: { proxy: { '/api': 'http://127.0.0.1:3000' }, fs: { allow: ['..', '../../libs'] } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 800 },
});
