import { defineConfig } from "vite";

// Served by the API under /app (src/CaliFlow.Api/WebApp.cs). The manifest lists every built file for the service worker to
// keep (public/sw.js); it is not under a dot-folder, which the API's static files would refuse to serve.
export default defineConfig({
  base: "/app/",
  build: { outDir: "dist", emptyOutDir: true, manifest: "asset-manifest.json", target: "es2022" },
  server: { proxy: { "/v1": "http://localhost:5080" } },
});
