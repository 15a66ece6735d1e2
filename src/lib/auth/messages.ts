import { plural } from "@/lib/format";
/** What the sign-in page says; shared by the server (which throws them) and the form. */
export const SIGN_IN_MESSAGES = {
  invalid: "The email or password is not right. Check them and try again.",
  disabled: "This account has been disabled. Ask an administrator to enable it.",
  throttled: (minutes: number) => `Too many failed sign-ins. For your security, sign-in is paused: try again in ${minutes} ${plural(minutes, "minute")}.`,
  accessDenied: "Your single sign-on account is not registered here. Ask an administrator for an invitation.",
  generic: "Sign-in did not work. Try again in a moment.",
} as const;
