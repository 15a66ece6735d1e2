import "server-only";
import { headers } from "next/headers";

/** The request's id, set by the proxy (src/proxy.ts), so an audit event names the request it came from. */
export async function requestId(): Promise<string | null> {
  return (await headers()).get("x-request-id");
}
