import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";

/** What a client may send as its request id: a short token, nothing that could carry markup or fill the audit log. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The request id as given when it is a short safe token; otherwise a new one. */
export function acceptedRequestId(given: string | null | undefined): string {
  return given && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** The request's id, set by the proxy (src/proxy.ts), so an audit event names the request it came from. */
export async function requestId(): Promise<string> {
  return acceptedRequestId((await headers()).get("x-request-id"));
}
