import "server-only";
import { defineSubject } from "@/lib/command";
import { NotFoundError } from "@/lib/errors";

/**
 * A committee, share-locked while something is put to it (a meeting scheduled, a motion
 * opened): its members and rules are read as of now, and two such commands do not wait for
 * each other.
 */
export const committeeSubject = defineSubject({
  type: "Committee",
  async lock(tx, id) {
    const [committee] = await tx.$queryRaw<{ id: string; name: string }[]>`SELECT id, name FROM "Committee" WHERE id = ${id} FOR SHARE`;
    if (!committee) throw new NotFoundError("That committee");
    return committee;
  },
  idOf: (committee) => committee.id,
  paths: (committee) => [`/committees/${committee.id}`],
});
