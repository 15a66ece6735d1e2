import "server-only";
import { recordAudit, type AuditActionName } from "@/lib/audit";
import type { CommandContext, SystemContext } from "@/lib/context";
import { db, type Tx } from "@/lib/db/client";
import { ForbiddenError, UserError } from "@/lib/errors";
import { assertCan, refusalOf, type Permission } from "@/lib/permissions";

/**
 * The server-side twin of `defineAction`: every write in every module is a command that
 * states, in this order,
 *
 *   subject     the record it acts on, and how that record is loaded and locked;
 *   permission  what the person needs, asked of the scope engine with the record's resource;
 *   run         what it does, inside the one transaction that holds the lock;
 *   audit       the event it appends, in that same transaction.
 *
 * A command runs in a transaction of its own (`command(ctx, input)`) or inside a caller's
 * (`command.inTx(tx, ctx, input)`, when a composition does several things atomically). The
 * pages to refresh afterwards are the subject's (`subject.paths`), so no action writes
 * `revalidatePath` by hand. See docs/ARCHITECTURE.md "The command contract".
 */

/** A kind of record commands act on: how it is found and locked, and which pages show it. */
/**
 * A page to render afresh: its path, or `{ layout }` for everything under a layout (what
 * every page shows, such as the header's unread count).
 */
export type PagePath = string | { layout: string };

export interface Subject<Record> {
  /** The audit log's entityType: "Meeting", "ChangeRequest". */
  readonly type: string;
  /**
   * Loads the record and locks it for the rest of the transaction (SELECT … FOR UPDATE or
   * FOR SHARE), so two people's commands on one record queue rather than interleave; throws
   * NotFoundError when there is none. `ctx` lets a subject derive the actor's standing.
   */
  lock(tx: Tx, id: string, ctx: AnyContext): Promise<Record>;
  /** The record's id, for the audit event. */
  idOf(record: Record): string;
  /** The pages that show the record: refreshed after any command on it. */
  paths(record: Record): readonly PagePath[];
}

export function defineSubject<Record>(subject: Subject<Record>): Subject<Record> {
  return subject;
}

export type AnyContext = CommandContext | SystemContext;

/** What the audit event of one run says; `entity` overrides the subject (e.g. a record the command created). */
export interface AuditNote {
  summary: string;
  before?: unknown;
  after?: unknown;
  entity?: { type: string; id: string };
  /** Another action name than the command's, where one command records one of several outcomes. */
  action?: AuditActionName;
  /** The person the actor acted for (a designee's ballot is cast on behalf of the member). */
  onBehalfOfId?: string;
}

export interface RunArgs<Input, Record> {
  tx: Tx;
  ctx: AnyContext;
  input: Input;
  record: Record;
  now: Date;
}

interface CommandSpec<Input, Record, Resource, Result, Ctx extends AnyContext> {
  /** `<module>.<verb>`: the audit event's action. */
  name: AuditActionName;
  subject: Subject<Record>;
  /** Which record of the subject the input names. */
  target: (input: Input) => string;
  /**
   * The permission the actor needs on the record; null when the command decides it does
   * not apply (e.g. anyone may close a motion past its deadline). A system context (a job)
   * passes only commands that say `system: true`.
   */
  permission: Permission<Resource> | ((args: { record: Record; input: Input; now: Date; ctx: Ctx }) => Permission<Resource> | null);
  /** What the permission is asked about. */
  resource: (record: Record, now: Date) => Resource;
  /** May the scheduler run it with no person (SYSTEM_CONTEXT)? */
  system?: boolean;
  run: (args: RunArgs<Input, Record> & { ctx: Ctx }) => Promise<Result>;
  /** The audit event; null to append none (the run recorded its own, or nothing changed). */
  audit: (args: { record: Record; input: Input; result: Result }) => AuditNote | null;
  /** Pages beyond the subject's to refresh, e.g. the page of a record the command created. */
  paths?: (args: { record: Record; input: Input; result: Result }) => readonly PagePath[];
  /** "none" where the pages showing the subject refresh themselves (a live roll call). */
  refresh?: "subject" | "none";
}

export interface Outcome<Result> {
  result: Result;
  /** The pages to refresh. */
  paths: readonly PagePath[];
}

export interface Command<Input, Result, Ctx extends AnyContext = CommandContext> {
  (ctx: Ctx, input: Input, now?: Date): Promise<Result>;
  /** Runs inside the caller's transaction; returns what to refresh as well. */
  inTx(tx: Tx, ctx: Ctx, input: Input, now?: Date): Promise<Outcome<Result>>;
  /** Runs in a transaction of its own; returns what to refresh as well (what `defineAction` calls). */
  execute(ctx: Ctx, input: Input, now?: Date): Promise<Outcome<Result>>;
  readonly commandName: AuditActionName;
}

export function defineCommand<Input, Record, Resource, Result, Ctx extends AnyContext = CommandContext>(
  spec: CommandSpec<Input, Record, Resource, Result, Ctx>,
): Command<Input, Result, Ctx> {
  async function inTx(tx: Tx, ctx: Ctx, input: Input, now = new Date()): Promise<Outcome<Result>> {
    const record = await spec.subject.lock(tx, spec.target(input), ctx);
    const permission = typeof spec.permission === "function" ? spec.permission({ record, input, now, ctx }) : spec.permission;
    if (permission) {
      if (ctx.actor) assertCan(ctx.actor, permission, ...([spec.resource(record, now)] as [Resource]));
      else if (!spec.system) throw new ForbiddenError("Only a signed-in person can do that.");
    }
    const result = await spec.run({ tx, ctx, input, record, now });
    const note = spec.audit({ record, input, result });
    if (note) {
      await recordAudit(tx, note.onBehalfOfId ? { ...ctx, onBehalfOfId: note.onBehalfOfId } : ctx, {
        action: note.action ?? spec.name,
        entityType: note.entity?.type ?? spec.subject.type,
        entityId: note.entity?.id ?? spec.subject.idOf(record),
        summary: note.summary,
        before: note.before,
        after: note.after,
      });
    }
    if (spec.refresh === "none") return { result, paths: [] };
    return { result, paths: [...spec.subject.paths(record), ...(spec.paths?.({ record, input, result }) ?? [])] };
  }
  const execute = (ctx: Ctx, input: Input, now = new Date()) => db.$transaction((tx) => inTx(tx, ctx, input, now));
  const command = async (ctx: Ctx, input: Input, now = new Date()) => (await execute(ctx, input, now)).result;
  return Object.assign(command, { inTx, execute, commandName: spec.name });
}

/**
 * A subject for commands that act on no one record (inviting a user, filing a new change
 * request): nothing to lock, and the listing pages to refresh.
 */
export function collectionSubject(type: string, paths: readonly PagePath[]): Subject<null> {
  return { type, lock: () => Promise.resolve(null), idOf: () => "", paths: () => paths };
}

interface StatementCommandSpec<Input, Read, Resource, Result> {
  /** `<module>.<verb>`: the audit event's action (the statement may name another of the module's). */
  name: AuditActionName;
  permission: Permission<Resource>;
  /** What the permission is asked about, from what the statement read. */
  resource: (read: Read, now: Date) => Resource;
  /** Refusals beyond the permission, from what the statement read (throw a UserError). */
  check?: (read: Read, input: Input) => void;
  /**
   * One statement that reads what the permission and the checks need, locks what it must,
   * writes only where their SQL twin holds (so a refused request writes nothing), appends its
   * audit event in the same statement (auditInsertSql), and returns what it read with what it
   * wrote (null when it wrote nothing).
   */
  statement: (args: { ctx: CommandContext; input: Input; now: Date }) => Promise<{ read: Read; written: Result | null }>;
  /** What the person is told when nothing was written and neither the permission nor the checks say why. */
  unexplained: string;
}

/**
 * The command contract for the hottest write, where even a second round trip costs too much
 * (a ballot: a whole committee votes at once). The statement enforces, atomically, the SQL
 * twin of the permission's rule and of the checks; the rule itself is then asked of what the
 * statement read, and its words (or the checks') are what a refused person sees. A statement
 * that wrote what the rule refuses is a defect, reported as one. Nothing to refresh: the pages
 * that show such records refresh themselves.
 */
export function defineStatementCommand<Input, Read, Resource, Result>(spec: StatementCommandSpec<Input, Read, Resource, Result>): Command<Input, Result> {
  async function execute(ctx: CommandContext, input: Input, now = new Date()): Promise<Outcome<Result>> {
    const { read, written } = await spec.statement({ ctx, input, now });
    const refusal = refusalOf(ctx.actor, spec.permission, spec.resource(read, now));
    if (written === null) {
      if (refusal) throw new ForbiddenError(refusal);
      spec.check?.(read, input);
      throw new UserError(spec.unexplained);
    }
    if (refusal) throw new Error(`${spec.name} wrote what ${spec.permission.name} refuses ("${refusal}"): the statement and the rule disagree.`);
    return { result: written, paths: [] };
  }
  const command = async (ctx: CommandContext, input: Input, now = new Date()) => (await execute(ctx, input, now)).result;
  const inTx = () => Promise.reject(new Error(`${spec.name} is one statement of its own; it does not run inside another transaction.`));
  return Object.assign(command, { inTx, execute, commandName: spec.name });
}
