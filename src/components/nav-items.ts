import type { Permission } from "@/lib/permissions";
import { accessPermissions } from "@/domain/access/permissions";
import { auditPermissions } from "@/domain/audit/permissions";
import { changeRequestPermissions } from "@/domain/change-requests/permissions";
import { governancePermissions } from "@/domain/governance/permissions";
import { homePermissions } from "@/domain/home/permissions";
import { identityPermissions } from "@/domain/identity/permissions";
import { notificationPermissions } from "@/domain/notifications/permissions";
import { referencePermissions } from "@/domain/reference/permissions";

/** The main navigation; each entry shows only to users whose role may use it. */
export interface NavItem {
  href: string;
  label: string;
  permission: Permission;
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "My work", permission: homePermissions.view },
  { href: "/dashboard", label: "Dashboard", permission: changeRequestPermissions.viewDashboard },
  { href: "/change-requests", label: "Change requests", permission: changeRequestPermissions.read },
  { href: "/committees", label: "Committees", permission: governancePermissions.read },
  { href: "/workgroups", label: "Workgroups", permission: governancePermissions.read },
  { href: "/access", label: "Third-party access", permission: accessPermissions.queue },
  { href: "/lcsas", label: "LCSAs and counties", permission: referencePermissions.read },
  { href: "/admin/users", label: "Users and roles", permission: identityPermissions.manage },
  { href: "/admin/audit", label: "Audit log", permission: auditPermissions.read },
  { href: "/admin/outbox", label: "Outbox", permission: notificationPermissions.readOutbox },
];
