import type { Action } from "@/lib/permissions";

/** The main navigation; each entry shows only to users whose role may use it. */
export interface NavItem {
  href: string;
  label: string;
  permission: Action;
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "My work", permission: "home.view" },
  { href: "/dashboard", label: "Dashboard", permission: "cr.dashboard.view" },
  { href: "/change-requests", label: "Change requests", permission: "changeRequest.read" },
  { href: "/committees", label: "Committees", permission: "governance.read" },
  { href: "/workgroups", label: "Workgroups", permission: "governance.read" },
  { href: "/lcsas", label: "LCSAs and counties", permission: "reference.read" },
  { href: "/admin/users", label: "Users and roles", permission: "identity.manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit.read" },
  { href: "/admin/outbox", label: "Outbox", permission: "outbox.read" },
];
