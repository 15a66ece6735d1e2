// The npm registry reachable here lacks some platform-specific builds (e.g.
// @next/swc-darwin-arm64), so `npm install` leaves their entries out of
// package-lock.json and `npm ci` then refuses the lock ("Missing: ... from lock file").
// This adds each missing optional platform package as an optional entry limited to its
// os/cpu, exactly as npm writes one it could see, so `npm ci` accepts the lock and skips
// them on Linux. Idempotent; run after changing dependencies (`.ci/run` runs it too).
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const OS = ["android", "darwin", "freebsd", "win32", "linux", "openharmony", "netbsd", "openbsd", "sunos", "aix"];
const CPU = ["arm64", "x64", "arm", "ia32", "loong64", "ppc64", "riscv64", "s390x", "wasm32", "mips64el"];

const added = [];
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${key ? `${key}/` : ""}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[hoisted]) continue;
    const parts = name.split("/").pop().split("-");
    const os = OS.find((value) => parts.includes(value));
    const cpu = parts.includes("wasi") ? "wasm32" : CPU.find((value) => parts.includes(value));
    if (!os && !cpu) continue; // not a platform build: leave it for npm to report
    lock.packages[hoisted] = {
      version: range.replace(/^[\^~=]/, ""),
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
    };
    added.push(name);
  }
}
if (added.length) {
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(
    `package-lock.json: added ${added.length} platform entries the registry lacks (${added.slice(0, 3).join(", ")}${added.length > 3 ? ", …" : ""}).`,
  );
} else {
  console.log("package-lock.json: complete.");
}
