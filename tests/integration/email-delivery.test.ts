import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { TASKS } from "@/server/jobs/tasks";
import { deliverEmail, scheduleQueuedEmails } from "@/server/notifications/email-delivery";
import { smtpMailer } from "@/server/notifications/mailer";
import { notify } from "@/server/notifications/notify";
import { makeUser } from "../support/identity.ts";
import { makeDueNow, runDueJobs } from "../support/job-queue.ts";

/**
 * Delivery against a real SMTP server in this process (the `smtp-server` package): it
 * accepts mail, or refuses the next few messages with a temporary error, as a mail server
 * under maintenance would. SMTP_URL points at it before anything reads the configuration.
 */
interface Received {
  to: string[];
  raw: string;
}
const received: Received[] = [];
let refuseNext = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream: SMTPServerDataStream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      if (refuseNext > 0) {
        refuseNext -= 1;
        callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
        return;
      }
      received.push({ to: session.envelope.rcptTo.map((address) => address.address), raw: Buffer.concat(chunks).toString("utf8") });
      callback();
    });
  },
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
process.env.SMTP_URL = smtpUrl;
process.env.NEXTAUTH_URL = "https://governance.example.ca.gov";

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received.length = 0;
  refuseNext = 0;
});

const MINUTE = 60_000;

async function queuedEmailFor(subject: string) {
  const user = await makeUser(db);
  await db.$transaction((tx) => notify(tx, [user.id], { kind: "test.notice", subject, body: `${subject}: the body.`, link: "/notifications" }));
  return db.outboundEmail.findFirstOrThrow({ where: { toAddress: user.email } });
}

/** The pending job with this key, from graphile-worker's public view. */
function pendingJob(key: string) {
  return db.$queryRaw<{ id: string; task_identifier: string; run_at: Date }[]>`
    SELECT id::text, task_identifier, run_at FROM graphile_worker.jobs WHERE key = ${key}`.then((rows) => rows[0] ?? null);
}

/** The message text as sent: quoted-printable soft line breaks and escapes undone. */
function bodyOf(mail: Received): string {
  return mail.raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe("e-mail through SMTP", () => {
  it("queues mail when SMTP is configured, and the worker delivers it with an absolute link", async () => {
    const email = await queuedEmailFor("Welcome");
    expect(email).toMatchObject({ status: "QUEUED", attempts: 0 });

    expect(await scheduleQueuedEmails()).toBeGreaterThanOrEqual(1);
    expect(await scheduleQueuedEmails()).toBeGreaterThanOrEqual(1); // a second sweep adds no second job
    expect(await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE key = ${`email:${email.id}:0`}`).toEqual([{ n: 1n }]);
    await runDueJobs(TASKS);

    expect(received.filter((mail) => mail.to.includes(email.toAddress))).toHaveLength(1);
    const mail = received.find((candidate) => candidate.to.includes(email.toAddress))!;
    expect(mail.raw).toContain("Subject: Welcome");
    expect(bodyOf(mail)).toContain("Open it in CCSAS Governance: https://governance.example.ca.gov/notifications");
    expect(mail.raw).toMatch(/From: CCSAS Governance <no-reply@ccsas\.local>/);
    expect(await db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
  });

  it("retries a refused e-mail later, through the worker, and sends it once the server accepts", async () => {
    const email = await queuedEmailFor("Retry me");
    refuseNext = 1;
    await scheduleQueuedEmails();
    await runDueJobs(TASKS);

    const afterFirst = await db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect(afterFirst).toMatchObject({ status: "QUEUED", attempts: 1 });
    expect(afterFirst.lastError).toContain("Mailbox busy");
    const retry = await pendingJob(`email:${email.id}:1`);
    expect(retry).toMatchObject({ task_identifier: "send_email" });
    expect(retry!.run_at.getTime()).toBeGreaterThan(Date.now() + 0.5 * MINUTE);

    // Nothing is due yet; then the retry's time comes.
    await runDueJobs(TASKS);
    expect(received).toHaveLength(0);
    await makeDueNow([retry!.id]);
    await runDueJobs(TASKS);
    expect(received.map((mail) => mail.to)).toEqual([[email.toAddress]]);
    expect(await db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("gives up after five attempts and marks the e-mail FAILED with the last error", async () => {
    const email = await queuedEmailFor("Never delivered");
    refuseNext = 100;
    const mailer = smtpMailer(smtpUrl);
    let now = new Date();
    const outcomes = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const outcome = await deliverEmail({ emailId: email.id, attempt }, mailer, now);
      outcomes.push(outcome.kind);
      if (outcome.kind === "retry") now = outcome.at;
    }
    expect(outcomes).toEqual(["retry", "retry", "retry", "retry", "failed"]);
    const stored = await db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } });
    expect(stored).toMatchObject({ status: "FAILED", attempts: 5, sentAt: null });
    expect(stored.lastError).toContain("451");
    expect(await pendingJob(`email:${email.id}:5`)).toBeNull();
    // A late duplicate of an earlier attempt changes nothing.
    expect(await deliverEmail({ emailId: email.id, attempt: 4 }, mailer, now)).toEqual({ kind: "skipped" });
  });

  it("records an unreachable mail server as a failed attempt to retry", async () => {
    const email = await queuedEmailFor("Nobody home");
    const closed = new SMTPServer({ logger: false });
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const outcome = await deliverEmail({ emailId: email.id, attempt: 0 }, smtpMailer(`smtp://127.0.0.1:${port}`), new Date());
    expect(outcome.kind).toBe("retry");
    expect((await db.outboundEmail.findUniqueOrThrow({ where: { id: email.id } })).lastError).toMatch(/ECONNREFUSED/);
  });

  it("sends an e-mail once when two instances take the same attempt at the same moment", async () => {
    const email = await queuedEmailFor("Only once");
    const mailer = smtpMailer(smtpUrl);
    const outcomes = await Promise.all([0, 1, 2].map(() => deliverEmail({ emailId: email.id, attempt: 0 }, mailer, new Date())));
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(["sent", "skipped", "skipped"]);
    expect(received.filter((mail) => mail.to.includes(email.toAddress))).toHaveLength(1);
  });
});
