/**
 * Which agenda item the meeting is on, for the meeting's live view. Product rule (the plan
 * names no order of business): the first item with a motion open; else the first item still
 * to take up (no motion yet, not routed to the Policy Branch); the chair may take up another
 * item instead (an item discussed without a vote is passed over that way).
 */
export interface AgendaState {
  id: string;
  policyRoutedAt: Date | null;
}

export interface MotionState {
  agendaItemId: string | null;
  status: "OPEN" | "CLOSED";
}

export function currentAgendaItem(items: readonly AgendaState[], motions: readonly MotionState[], chosen?: string | null): string | null {
  if (chosen && items.some((item) => item.id === chosen)) return chosen;
  const withOpen = items.find((item) => motions.some((motion) => motion.agendaItemId === item.id && motion.status === "OPEN"));
  if (withOpen) return withOpen.id;
  return items.find((item) => !item.policyRoutedAt && !motions.some((motion) => motion.agendaItemId === item.id))?.id ?? null;
}
