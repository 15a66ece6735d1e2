import "server-only";
import { db } from "@/lib/db/client";

/** Who grants roles here: the active administrators, for a page that tells a person whom to ask. */
export async function administratorContacts(): Promise<{ name: string; email: string }[]> {
  return db.user.findMany({
    where: { status: "ACTIVE", roles: { some: { role: "ADMINISTRATOR", revokedAt: null } } },
    select: { name: true, email: true },
    orderBy: { name: "asc" },
    take: 5,
  });
}
