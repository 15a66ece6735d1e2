import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { seed } from "../../prisma/seed/run.ts";
import { DEMO_PASSWORD } from "../../prisma/seed/demo.ts";
import { ROLE_DEFINITIONS, type Role } from "../../src/domain/identity/roles.ts";
import { PrismaClient, type Prisma } from "../../src/generated/prisma/client.ts";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../src/lib/db/embedded-postgres.ts";
import { migrate } from "../../src/lib/db/migrate.ts";
import { accessContext, generateAccessApplications, type AccessContext } from "./access.ts";
import { crContext, generateChangeRequests, generateStatusReports, type CrContext } from "./change-requests.ts";

/**
 * The bench's own database: an embedded PostgreSQL under the bench data dir, migrated and
 * seeded with the demo accounts, then filled with a generated data set whose size is
 * `--size`. Later features add a generator to GENERATORS for their own tables.
 */
export const DATABASE_NAME = "ccsas";
const BATCH = 1000;

export interface BenchDatabase {
  url: string;
  db: PrismaClient;
  stop(): Promise<void>;
}

/**
 * pg_stat_statements counts the statements each page runs (tests/bench/query-count.ts). It
 * must be preloaded, so the first start sets it and restarts once.
 */
async function withStatementStats(server: EmbeddedServer, pgDir: string): Promise<EmbeddedServer> {
  const admin = new pg.Client({ connectionString: server.urlFor("postgres") });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ shared_preload_libraries: string }>("SHOW shared_preload_libraries");
    if (rows[0]?.shared_preload_libraries.includes("pg_stat_statements")) return server;
    await admin.query("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
  } finally {
    await admin.end();
  }
  await server.stop();
  return startEmbeddedPostgres(pgDir, { quiet: true });
}

export async function startDatabase(pgDir: string): Promise<BenchDatabase> {
  let server: EmbeddedServer | null = await startEmbeddedPostgres(pgDir, { quiet: true });
  let db: PrismaClient | null = null;
  const stop = async () => {
    await db?.$disconnect().catch(() => {});
    db = null;
    const running = server;
    server = null;
    await running?.stop().catch(() => {});
  };
  try {
    server = await withStatementStats(server, pgDir);
    const admin = new pg.Client({ connectionString: server.urlFor("postgres") });
    await admin.connect();
    try {
      const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE_NAME]);
      if (!rowCount) await admin.query(`CREATE DATABASE "${DATABASE_NAME}"`);
    } finally {
      await admin.end();
    }
    const url = server.urlFor(DATABASE_NAME);
    const stats = new pg.Client({ connectionString: url });
    await stats.connect();
    await stats.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").finally(() => stats.end());
    await migrate(url);
    await seed(url, { demo: true });
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    return { url, db, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** What the generators made, for scenarios that need ids or counts. */
export interface DataSet {
  size: number;
  adminId: string;
  /** Rows added per table. */
  counts: Record<string, number>;
  userIds: string[];
  /** The "cast ballot" scenario's open motion and its voters (ballotCommittee). */
  ballot?: { motionId: string; voterEmails: string[] };
  /** How many change requests exist (the first INITIAL_CHANGE_REQUESTS are made up front). */
  changeRequests: number;
  crContext?: CrContext;
  /** How many third-party access applications the bench made (the first INITIAL_APPLICATIONS up front). */
  applications: number;
  accessContext?: AccessContext;
}

export interface DataGenerator {
  name: string;
  generate(db: PrismaClient, data: DataSet): Promise<void>;
}

/** Inserts rows with createMany, BATCH at a time; returns how many were inserted. */
export async function insertBatched<T>(rows: T[], insert: (batch: T[]) => Promise<{ count: number }>): Promise<number> {
  let total = 0;
  for (let i = 0; i < rows.length; i += BATCH) total += (await insert(rows.slice(i, i + BATCH))).count;
  return total;
}

const pad = (n: number) => String(n).padStart(6, "0");
const DAY_MS = 24 * 60 * 60 * 1000;

/** N extra users, each holding one role in a scope the role allows. */
const users: DataGenerator = {
  name: "users and role assignments",
  async generate(db, data) {
    const [consortia, lcsas, committees, organizations] = await Promise.all([
      db.consortium.findMany({ select: { id: true }, orderBy: { code: "asc" } }),
      db.lcsa.findMany({ select: { id: true }, orderBy: { code: "asc" } }),
      db.committee.findMany({ select: { id: true }, orderBy: { code: "asc" } }),
      db.thirdPartyOrganization.findMany({ select: { id: true }, orderBy: { name: "asc" } }),
    ]);
    const pick = <T>(list: T[], i: number): T | undefined => list[i % Math.max(list.length, 1)];
    const roles = Object.keys(ROLE_DEFINITIONS) as Role[];
    const passwordHash = await hash(DEMO_PASSWORD);
    const now = Date.now();

    const userRows: Prisma.UserCreateManyInput[] = [];
    const roleRows: Prisma.RoleAssignmentCreateManyInput[] = [];
    for (let i = 0; i < data.size; i++) {
      const id = randomUUID();
      const role = roles[i % roles.length]!;
      const scopeType = ROLE_DEFINITIONS[role].scopes[0];
      const target = {
        consortiumId: scopeType === "CONSORTIUM" ? (pick(consortia, i)?.id ?? null) : null,
        lcsaId: scopeType === "LCSA" ? (pick(lcsas, i)?.id ?? null) : null,
        committeeId: scopeType === "COMMITTEE" ? (pick(committees, i)?.id ?? null) : null,
        organizationId: scopeType === "ORGANIZATION" ? (pick(organizations, i)?.id ?? null) : null,
      };
      const createdAt = new Date(now - (i % 365) * DAY_MS);
      userRows.push({
        id,
        email: `bench.user.${pad(i)}@bench.local`,
        name: `Bench User ${pad(i)}`,
        title: `Generated user ${i}`,
        passwordHash,
        status: i % 10 === 9 ? "INVITED" : "ACTIVE",
        createdAt,
        lastSignInAt: i % 10 === 9 ? null : new Date(createdAt.getTime() + DAY_MS),
      });
      roleRows.push({ userId: id, role, scopeType, ...target, grantedAt: createdAt, grantedById: data.adminId });
      data.userIds.push(id);
    }
    data.counts.User = await insertBatched(userRows, (batch) => db.user.createMany({ data: batch }));
    data.counts.RoleAssignment = await insertBatched(roleRows, (batch) => db.roleAssignment.createMany({ data: batch }));
  },
};

/** About five audit events per generated user, spread over the last year. */
const auditEvents: DataGenerator = {
  name: "audit events",
  async generate(db, data) {
    const admin = await db.user.findUniqueOrThrow({ where: { id: data.adminId }, select: { id: true, email: true } });
    const now = Date.now();
    const rows: Prisma.AuditEventCreateManyInput[] = [];
    for (const [i, userId] of data.userIds.entries()) {
      const email = `bench.user.${pad(i)}@bench.local`;
      const base = now - (i % 365) * DAY_MS;
      const events = [
        { actorId: admin.id, actorEmail: admin.email, action: "identity.invite", summary: `Invited ${email}` },
        { actorId: admin.id, actorEmail: admin.email, action: "identity.grant_role", summary: `Granted a role to ${email}` },
        { actorId: userId, actorEmail: email, action: "identity.accept_invitation", summary: "Chose a password" },
        { actorId: userId, actorEmail: email, action: "identity.sign_in", summary: "Signed in (password)" },
        { actorId: userId, actorEmail: email, action: "identity.sign_in", summary: "Signed in (password)" },
      ];
      events.forEach((event, k) => {
        rows.push({ ...event, at: new Date(base + k * 60_000), entityType: "User", entityId: userId, requestId: randomUUID() });
      });
    }
    data.counts.AuditEvent = await insertBatched(rows, (batch) => db.auditEvent.createMany({ data: batch }));
  },
};

/** How many people vote at once in the "cast ballot" scenario. */
export const BALLOT_VOTERS = 50;

/**
 * A committee whose 50 voting seats are held today (terms from last year on), and one
 * motion open for a week with those 50 as its eligible voters, as openMotionInTx would
 * fix them. A week, so the worker's "closes within 24 hours" reminders stay out of it.
 */
const ballotCommittee: DataGenerator = {
  name: `a committee of ${BALLOT_VOTERS} voters with an open motion`,
  async generate(db, data) {
    const passwordHash = await hash(DEMO_PASSWORD);
    const now = Date.now();
    const committee = await db.committee.create({ data: { code: "BENCH-ESC", name: "Bench Steering Committee", kind: "ESC" } });
    const voters = Array.from({ length: BALLOT_VOTERS }, (_, i) => ({
      id: randomUUID(),
      email: `bench.voter.${pad(i)}@bench.local`,
      name: `Bench Voter ${pad(i)}`,
      passwordHash,
      status: "ACTIVE" as const,
    }));
    await db.user.createMany({ data: voters });
    const seats = voters.map((_, i) => ({ id: randomUUID(), committeeId: committee.id, title: `Bench seat ${i + 1}`, kind: "VOTING" as const, sortOrder: i }));
    await db.seat.createMany({ data: seats });
    await db.term.createMany({ data: voters.map((voter, i) => ({ seatId: seats[i]!.id, userId: voter.id, startsOn: new Date(now - 365 * DAY_MS) })) });
    const motion = await db.motion.create({
      data: {
        committeeId: committee.id,
        question: "Approve the bench change request?",
        options: ["approve", "reject", "defer"],
        deadline: new Date(now + 7 * DAY_MS),
        quorumRule: "MAJORITY_OF_VOTING_SEATS",
        majorityRule: "MAJORITY_OF_VOTES_CAST",
        openedById: data.adminId,
        subjectType: "QUESTION",
        voters: { create: voters.map((voter) => ({ userId: voter.id })) },
      },
      select: { id: true },
    });
    data.ballot = { motionId: motion.id, voterEmails: voters.map((voter) => voter.email) };
    data.counts.Voter = voters.length;
  },
};

/**
 * The queries-per-page check needs a small set first: the bench starts with this many
 * change requests and grows to `--change-requests` once the small count is taken.
 */
export const INITIAL_CHANGE_REQUESTS = 100;

const changeRequests: DataGenerator = {
  name: "change requests with history",
  async generate(db, data) {
    data.crContext = await crContext(db, data.adminId, data.userIds);
    addCounts(data, await generateChangeRequests(db, data.crContext, 1, INITIAL_CHANGE_REQUESTS + 1));
    data.counts.StatusReport = await generateStatusReports(db, data.crContext);
    data.changeRequests = INITIAL_CHANGE_REQUESTS;
  },
};

/** The access queue's query count is taken at this many applications first, then at `--applications`. */
export const INITIAL_APPLICATIONS = 100;

const accessApplications: DataGenerator = {
  name: "third-party access applications",
  async generate(db, data) {
    const director = await db.user.findUniqueOrThrow({ where: { email: "director@demo.local" }, select: { id: true } });
    data.accessContext = await accessContext(db, director.id);
    addCounts(data, await generateAccessApplications(db, data.accessContext, 1, INITIAL_APPLICATIONS + 1));
    data.applications = INITIAL_APPLICATIONS;
  },
};

function addCounts(data: DataSet, counts: Record<string, number>) {
  for (const [table, n] of Object.entries(counts)) data.counts[table] = (data.counts[table] ?? 0) + n;
}

/** Adds change requests (with their history) until there are `total`, and access applications until there are `applications`. */
export async function growChangeRequests(db: PrismaClient, data: DataSet, total: number, applications = 0): Promise<void> {
  if (data.accessContext && applications > data.applications) {
    addCounts(data, await generateAccessApplications(db, data.accessContext, data.applications + 1, applications + 1));
    data.applications = applications;
  }
  if (!data.crContext || total <= data.changeRequests) return;
  addCounts(data, await generateChangeRequests(db, data.crContext, data.changeRequests + 1, total + 1));
  data.changeRequests = total;
  // Fresh statistics and visibility maps, as autovacuum leaves a database that has settled;
  // otherwise autovacuum does this work during the first measurements after the bulk load.
  await db.$executeRawUnsafe("VACUUM (ANALYZE)");
}

export const GENERATORS: DataGenerator[] = [users, auditEvents, ballotCommittee, changeRequests, accessApplications];

export async function generateData(db: PrismaClient, size: number, log: (line: string) => void): Promise<DataSet> {
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@demo.local" }, select: { id: true } });
  const data: DataSet = { size, adminId: admin.id, counts: {}, userIds: [], changeRequests: 0, applications: 0 };
  for (const generator of GENERATORS) {
    const started = Date.now();
    await generator.generate(db, data);
    log(`generated ${generator.name} in ${Date.now() - started} ms`);
  }
  return data;
}
