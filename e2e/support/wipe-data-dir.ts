import { rmSync } from "node:fs";
import path from "node:path";

/**
 * Removes the e2e server's data directory, so every run starts from a fresh embedded
 * database with only the seeded demo data. Usage: `tsx e2e/support/wipe-data-dir.ts <dir>`.
 */
const dir = process.argv[2];
if (!dir) {
  console.error("Usage: tsx e2e/support/wipe-data-dir.ts <data directory>");
  process.exit(1);
}
const target = path.resolve(dir);
// Guard against wiping the working data (or worse) through a mistyped argument.
if (!target.includes(`${path.sep}e2e`)) {
  console.error(`Refusing to wipe ${target}: not an e2e data directory.`);
  process.exit(1);
}
rmSync(target, { recursive: true, force: true });
