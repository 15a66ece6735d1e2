import "server-only";
import { z } from "zod";

/**
 * The server's configuration, parsed once. `npm start` fills DATABASE_URL and
 * NEXTAUTH_SECRET for the embedded default; a configured deployment sets them itself.
 */
const optional = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const envSchema = z.object({
  DATABASE_URL: z.string({ error: "DATABASE_URL is not set." }).min(1, "DATABASE_URL is not set."),
  NEXTAUTH_SECRET: z.string({ error: "NEXTAUTH_SECRET is not set: sessions cannot be signed." }).min(32, "NEXTAUTH_SECRET must be at least 32 characters."),
  SESSION_MAX_AGE_HOURS: z.coerce.number().positive().default(8),
  OIDC_ISSUER: optional,
  OIDC_CLIENT_ID: optional,
  OIDC_CLIENT_SECRET: optional,
  OIDC_NAME: z.string().default("State single sign-on"),
  SMTP_URL: optional,
  MAIL_FROM: z.string().default("CCSAS Governance <no-reply@ccsas.local>"),
  /** The public address; e-mails link to it. `npm start` sets it (default http://localhost:$PORT). */
  NEXTAUTH_URL: optional,
  PORT: z.coerce.number().int().positive().catch(3000),
  /** "off": this instance serves pages only and runs no background jobs (the others do). */
  JOBS_WORKER: z.enum(["on", "off"]).catch("on"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const reasons = parsed.error.issues.map((issue) => issue.message).join(" ");
      throw new Error(`The server is not configured: ${reasons} See README, "Configuration".`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function oidcEnabled(config: Env = env()): boolean {
  return Boolean(config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET);
}

/** An absolute address of a path in the app, for links that leave it (e-mails). */
export function appUrl(path: string, config: Env = env()): string {
  const base = (config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
