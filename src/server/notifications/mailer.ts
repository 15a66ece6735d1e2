import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

/** What delivery needs from a mail transport; the worker passes the SMTP one. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

/**
 * SMTP through nodemailer: `SMTP_URL` (e.g. `smtp://user:pass@mail.example.gov:587`, or
 * `smtps://…` for TLS from the start), sent from `MAIL_FROM`. Short timeouts, so a mail
 * server that hangs fails the attempt (and it is retried later) rather than holding the
 * worker.
 */
export function smtpMailer(url: string, from: string = env().MAIL_FROM): Mailer {
  const transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
