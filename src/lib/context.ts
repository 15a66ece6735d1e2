import type { Principal } from "@/lib/permissions";

/**
 * What modules add to the signed-in user, each loaded with the user in the same round trip
 * (src/lib/session-loader.ts). A module declares its field by augmenting this interface
 * beside the SQL that loads it, e.g. `declare module "@/lib/context" { interface
 * SessionExtras { unreadNotifications: number } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by module augmentation
export interface SessionExtras {}

/** The signed-in user as every page and command sees them: identity plus active grants. */
export interface CurrentUser extends Principal, SessionExtras {
  email: string;
  name: string;
  title: string | null;
  /** "ESC member, CASES Executive Steering Committee": for the header. */
  roleSummaries: string[];
}

/** Who is acting, and for which request: passed to every command. */
export interface CommandContext {
  actor: CurrentUser;
  requestId: string | null;
  /** Set when someone acts in another's place (e.g. a designee voting for a member). */
  onBehalfOfId?: string | null;
}

/** The scheduler acting on its own (a deadline passed): audited with no actor. */
export interface SystemContext {
  actor: null;
  requestId: string | null;
  onBehalfOfId?: null;
}

export const SYSTEM_CONTEXT: SystemContext = { actor: null, requestId: null };
