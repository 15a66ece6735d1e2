// The architecture check of `npm run lint` (docs/ARCHITECTURE.md "Layers"). dependency-cruiser
// reads every import under src/ (resolving the "@/" alias through tsconfig.json) and this
// script enforces, on what it found:
//   1. the layers: what src/domain, src/lib, src/components and src/server may import;
//   2. no import circle between modules: src/server/<module> folders, collapsed, form an
//      acyclic graph (a circle of files inside one module is that module's own business).
// `node .ci/architecture.mjs --graph` prints the module graph (for the closing note of an issue).
import { cruise } from "dependency-cruiser";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";

const tsConfig = extractTSConfig("tsconfig.json");
const { output } = await cruise(
  ["src"],
  {
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "^src/generated" },
    doNotFollow: { path: "node_modules" },
    moduleSystems: ["es6"],
    tsPreCompilationDeps: true,
  },
  {},
  { tsConfig },
);

const layerOf = (path) => {
  const match = /^src\/(app|components|domain|lib|server|cli|generated)\//.exec(path);
  return match ? match[1] : /^src\/[^/]+$/.test(path) ? "root" : null;
};
const moduleOf = (path) => /^src\/server\/([^/]+)\//.exec(path)?.[1] ?? (/^src\/server\/[^/]+\.tsx?$/.test(path) ? "(composition)" : null);

// What each layer may import (besides packages). Type-only imports count too, except where noted.
const MAY_IMPORT = {
  domain: ["domain", "lib:pure"],
  lib: ["lib", "generated"],
  components: ["components", "domain", "lib:pure", "server:types"],
  server: ["server", "domain", "lib", "generated"],
  app: ["app", "components", "domain", "lib", "server", "generated"],
  cli: ["cli", "lib", "server", "domain", "generated"],
  root: ["lib", "server", "domain", "generated"],
};
// lib files that are pure (no I/O, no server-only), which domain and components may use.
const PURE_LIB = new Set([
  "src/lib/auth/messages.ts",
  "src/lib/permissions.ts",
  "src/lib/audit-names.ts",
  "src/lib/form-fields.ts",
  "src/lib/errors.ts",
  "src/lib/format.ts",
  "src/lib/return-path.ts",
]);
const LIB_TYPE_ONLY = new Set(["src/lib/audit.ts", "src/lib/action.ts", "src/lib/context.ts"]);

const problems = [];
const edges = new Map();
for (const cruised of output.modules) {
  const from = cruised.source;
  const fromLayer = layerOf(from);
  if (!fromLayer || fromLayer === "generated") continue;
  for (const dependency of cruised.dependencies) {
    const to = dependency.resolved;
    const toLayer = layerOf(to);
    if (!toLayer) continue; // a package
    const typeOnly = dependency.dependencyTypes.includes("type-only");
    const allowed = MAY_IMPORT[fromLayer] ?? [];
    const ok =
      allowed.includes(toLayer) ||
      (toLayer === "lib" && allowed.includes("lib:pure") && (PURE_LIB.has(to) || (typeOnly && LIB_TYPE_ONLY.has(to)))) ||
      (toLayer === "server" && allowed.includes("server:types") && typeOnly) ||
      (toLayer === "generated" && typeOnly && fromLayer !== "domain");
    if (!ok) problems.push(`layer: ${from} (${fromLayer}) imports ${to} (${toLayer})${typeOnly ? " [type]" : ""}`);

    const fromModule = moduleOf(from);
    const toModule = moduleOf(to);
    if (fromModule && toModule && fromModule !== toModule) {
      if (!edges.has(fromModule)) edges.set(fromModule, new Map());
      const targets = edges.get(fromModule);
      if (!targets.has(toModule)) targets.set(toModule, `${from} → ${to}`);
    }
  }
}

// The compositions sit above every module (src/server/*.ts, decisions, jobs): no module imports them.
const COMPOSITIONS = new Set(["(composition)", "decisions", "jobs"]);
for (const [from, targets] of edges) {
  for (const [to, example] of targets) {
    if (COMPOSITIONS.has(to) && !COMPOSITIONS.has(from)) problems.push(`module: ${from} imports the composition ${to} (${example})`);
  }
}

// Circles between modules: Tarjan's strongly connected components.
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
let counter = 0;
const circles = [];
const nodes = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((targets) => [...targets.keys()])])].sort();
function visit(node) {
  index.set(node, counter);
  low.set(node, counter);
  counter += 1;
  stack.push(node);
  onStack.add(node);
  for (const next of edges.get(node)?.keys() ?? []) {
    if (!index.has(next)) {
      visit(next);
      low.set(node, Math.min(low.get(node), low.get(next)));
    } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
  }
  if (low.get(node) === index.get(node)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) circles.push(component.sort());
  }
}
for (const node of nodes) if (!index.has(node)) visit(node);
for (const circle of circles) {
  const examples = circle.flatMap((from) => circle.filter((to) => edges.get(from)?.has(to)).map((to) => `    ${from} → ${to}: ${edges.get(from).get(to)}`));
  problems.push(`circle between modules ${circle.join(", ")}:\n${examples.join("\n")}`);
}

if (process.argv.includes("--graph")) {
  for (const node of nodes) console.log(`${node} → ${[...(edges.get(node)?.keys() ?? [])].sort().join(", ") || "(nothing)"}`);
}
if (problems.length) {
  console.error(`Architecture check: ${problems.length} problem(s) (docs/ARCHITECTURE.md "Layers")\n${problems.join("\n")}`);
  process.exit(1);
}
console.log(`Architecture check: ${output.summary.totalCruised} files, ${nodes.length} server modules, no circle, every layer in bounds.`);
