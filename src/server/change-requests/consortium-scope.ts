import "server-only";
import { crNumber } from "@/domain/change-requests/labels";
import type { Tx } from "@/lib/db/client";
import { NotFoundError, UserError } from "@/lib/errors";

/** The consortium a CPL's alert, status report or escalation is for, read inside its transaction. */
export async function consortiumOf(tx: Tx, consortiumId: string) {
  const consortium = await tx.consortium.findUnique({ where: { id: consortiumId }, select: { id: true, code: true } });
  if (!consortium) throw new NotFoundError("That consortium");
  return consortium;
}

/** A change request named by number, which must belong to the consortium. */
export async function changeRequestOf(tx: Tx, consortium: { id: string; code: string }, number: number | undefined) {
  if (number === undefined) return null;
  const changeRequest = await tx.changeRequest.findUnique({ where: { number }, select: { id: true, number: true, title: true, consortiumId: true } });
  if (!changeRequest) throw new UserError(`There is no ${crNumber(number)}.`, { changeRequest: [`There is no ${crNumber(number)}.`] });
  if (changeRequest.consortiumId !== consortium.id) {
    const message = `${crNumber(number)} is not a ${consortium.code} change request.`;
    throw new UserError(message, { changeRequest: [message] });
  }
  return changeRequest;
}
