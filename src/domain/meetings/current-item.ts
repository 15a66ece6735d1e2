/**
 * Which agenda item the meeting is on, for the meeting's live view. Product rule (the plan
 * names no order of business): the meeting takes the agenda in order. An item is done once
 * the motion on it is decided (none left open) or it was routed to the Policy Branch; the
 * meeting is on the first item not done, or on the one the chair takes up (an item discussed
 * without a vote is passed that way), and moves on from it, in order, once it is done.
 */
export interface AgendaState {
  id: string;
  policyRoutedAt: Date | null;
}

export interface MotionState {
  agendaItemId: string | null;
  status: "OPEN" | "CLOSED";
}

export function isItemDone(item: AgendaState, motions: readonly MotionState[]): boolean {
  if (item.policyRoutedAt) return true;
  const own = motions.filter((motion) => motion.agendaItemId === item.id);
  return own.length > 0 && own.every((motion) => motion.status === "CLOSED");
}

export function currentAgendaItem(items: readonly AgendaState[], motions: readonly MotionState[], chosen?: string | null): string | null {
  const at = chosen ? items.findIndex((item) => item.id === chosen) : -1;
  if (at >= 0) {
    const from = items.slice(at).find((item) => !isItemDone(item, motions));
    if (from) return from.id;
  }
  return items.find((item) => !isItemDone(item, motions))?.id ?? null;
}

/** The item after the current one that is still to take up, if any. */
export function nextAgendaItem(items: readonly AgendaState[], motions: readonly MotionState[], currentId: string | null): string | null {
  const at = items.findIndex((item) => item.id === currentId);
  return items.slice(at + 1).find((item) => !isItemDone(item, motions))?.id ?? null;
}
