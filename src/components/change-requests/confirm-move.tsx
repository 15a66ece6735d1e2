"use client";

import { ConfirmAction, type Confirmation } from "@/components/forms/confirm-action";
import type { FormAction } from "@/components/forms/form-action";
import { useFlashingAction } from "./flash";

/**
 * A change request's move that cannot simply be undone (closing, withdrawing, flagging an
 * impact), behind ConfirmAction. Its success is announced by the page's FlashProvider, since
 * the move usually takes its own button off the page.
 */
export function ConfirmMove({ action, ...confirm }: Confirmation & { action: FormAction; fields: Record<string, string> }) {
  const flashing = useFlashingAction(action);
  return <ConfirmAction action={flashing.action} {...confirm} />;
}
