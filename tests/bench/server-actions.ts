import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Posting a Next.js server action the way the browser does: the page's HTML carries each
 * form's action id (React's progressive-enhancement fields, `$ACTION_<n>:0` =
 * `{"id":"<id>",…}`); the browser then POSTs to the page's own path with the `Next-Action`
 * header and the arguments React encodes as multipart form data. For a form action used
 * through useActionState, the arguments are (previous state, form data): the form's fields
 * go in as `_1_<name>` parts, and part `0` (last, as the browser sends it) is
 * `[null,"$K1"]`, the first submission's null state and a reference to those fields.
 */
export interface ActionPost {
  headers: Record<string, string>;
  body: string;
}

/** The action id of the form on `path` whose fields include `fieldName`. */
export async function serverActionId(baseUrl: string, path: string, cookie: string, fieldName: string): Promise<string> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  const form = html
    .split("<form")
    .slice(1)
    .map((chunk) => chunk.split("</form>")[0]!)
    .find((chunk) => chunk.includes(`name="${fieldName}"`));
  if (!form) throw new Error(`GET ${path} shows no form with a "${fieldName}" field`);
  const id = /name="\$ACTION_\d+:0" value="\{&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(form)?.[1];
  if (!id) throw new Error(`the "${fieldName}" form on ${path} carries no server action id`);
  return id;
}

/**
 * The id of a server action by where it is defined, from the build's server reference
 * manifest. For forms whose action runs through a client wrapper (ConfirmAction announces
 * the result), the page's HTML carries no id: the browser takes it from the script.
 */
export async function builtActionId(filename: string, exportedName: string, distDir = path.join(process.cwd(), ".next")): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`the build has no server action ${exportedName} in ${filename}`);
  return id;
}

/** The request the browser sends for a form action with these fields. */
export function actionPost(baseUrl: string, actionId: string, fields: Record<string, string>, cookie: string): ActionPost {
  const boundary = `----ccsasBench${actionId.slice(0, 12)}`;
  const parts = [...Object.entries(fields).map(([name, value]) => [`_1_${name}`, value] as const), ["0", JSON.stringify([null, "$K1"])] as const];
  const body = `${parts.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("")}--${boundary}--\r\n`;
  return {
    headers: {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      accept: "text/x-component",
      "next-action": actionId,
      origin: baseUrl,
      cookie,
    },
    body,
  };
}

/** The action's result in the answer (React's flight format), or a reason it is not a success. */
export function actionOutcome(body: string): { ok: true } | { ok: false; reason: string } {
  if (/"ok":true/.test(body)) return { ok: true };
  const error = /"ok":false,"error":"([^"]*)"/.exec(body)?.[1];
  return { ok: false, reason: error ? `refused: ${error}` : `no result in the answer: ${body.slice(0, 120)}` };
}

export async function postAction(baseUrl: string, path: string, post: ActionPost): Promise<{ ok: true } | { ok: false; reason: string }> {
  const response = await fetch(`${baseUrl}${path}`, { method: "POST", headers: post.headers, body: post.body });
  const text = await response.text();
  if (response.status !== 200) return { ok: false, reason: `HTTP ${response.status}: ${text.slice(0, 120)}` };
  return actionOutcome(text);
}
