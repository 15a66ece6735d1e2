import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { acceptableRequestId } from "@/lib/security-headers";

/** The request id as given when it is a short safe token (acceptableRequestId); otherwise a new one. */
export function acceptedRequestId(given: string | null | undefined): string {
  return acceptableRequestId(given ?? null) ?? randomUUID();
}

/** The request's id, set by the proxy (src/proxy.ts), so an audit event names the request it came from. */
export async function requestId(): Promise<string> {
  return acceptedRequestId((await headers()).get("x-request-id"));
}
