import { createServer } from "node:http";
import next from "next";
import { resolveForwardedHeaders, trustedProxies } from "@/lib/forwarded";

/**
 * The app's HTTP server: Next's request handler behind Node's own server, so that the
 * client's address is resolved from the socket before anything reads it (src/lib/forwarded.ts)
 * and the server listens where it is told. Started by src/cli/start.ts.
 *
 * HOST: 127.0.0.1 unless set. The demo's accounts have published passwords, so it is not
 * reachable from the network until a deployment says so (HOST=0.0.0.0 behind its proxy).
 */
const dev = process.argv.includes("--dev");
const hostname = process.env.HOST?.trim() || "127.0.0.1";
const port = Number(process.env.PORT ?? 3000);
const trust = trustedProxies(process.env.TRUSTED_PROXIES);

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  resolveForwardedHeaders(req, trust);
  void handle(req, res);
});
// A port already taken (another instance) is a reason to stop, not to hang without serving.
server.on("error", (error) => {
  console.error(`[ccsas] Could not listen on ${hostname}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  console.log(`[ccsas] Listening on http://${hostname.includes(":") ? `[${hostname}]` : hostname}:${port}`);
});

const stop = () => {
  server.close(() => process.exit(0));
  // Open keep-alive connections would hold close() back; give them a moment, then go.
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
