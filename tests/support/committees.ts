import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { makeUser } from "./identity.ts";

/**
 * A committee for integration tests: an optional chair seat, `voting` voting seats and one
 * advisory seat, each held from July 2025 on (so their holders are members today).
 */
export async function committeeWithSeats(db: PrismaClient, voting: number, options: { chair?: boolean } = {}) {
  const committee = await db.committee.create({
    data: { code: `T-${randomUUID().slice(0, 8)}`, name: `Test Committee ${randomUUID().slice(0, 4)}`, kind: "ESC" },
  });
  const chair = options.chair ? await makeUser(db, { name: "Test Chair" }) : null;
  const members = await Promise.all(Array.from({ length: voting }, () => makeUser(db)));
  const adviser = await makeUser(db);
  const holders = [
    ...(chair ? [{ user: chair, kind: "CHAIR" as const }] : []),
    ...members.map((user) => ({ user, kind: "VOTING" as const })),
    { user: adviser, kind: "ADVISORY" as const },
  ];
  for (const [index, { user, kind }] of holders.entries()) {
    const seat = await db.seat.create({ data: { committeeId: committee.id, title: `Seat ${index}`, kind, sortOrder: index } });
    await db.term.create({ data: { seatId: seat.id, userId: user.id, startsOn: new Date("2025-07-01") } });
  }
  return { committee, chair, members, adviser };
}
