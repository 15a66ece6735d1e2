"use client";

import { useEffect, useRef } from "react";

/**
 * Moves the focus to an element when `value` changes after the first render: the chair who
 * takes up another item, or whose closed motion moves the meeting on, lands on the item the
 * meeting is now on. Nothing moves on the first render, nor for anyone the page is not given to.
 */
export function FocusOnChange({ targetId, value }: { targetId: string; value: string | null }) {
  const previous = useRef(value);
  useEffect(() => {
    if (previous.current === value) return;
    previous.current = value;
    document.getElementById(targetId)?.focus();
  }, [targetId, value]);
  return null;
}
