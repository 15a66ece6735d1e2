import type { Role } from "@/domain/identity/roles";
import type { Principal } from "@/lib/permissions";

/** The signed-in user as every page and command sees them: identity plus active grants. */
export interface CurrentUser extends Principal<Role> {
  email: string;
  name: string;
  title: string | null;
  /** "ESC member, CASES Executive Steering Committee": for the header. */
  roleSummaries: string[];
  /** Notifications not yet read, for the header's inbox link (read with the user, on every request). */
  unreadNotifications: number;
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
