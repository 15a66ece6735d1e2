import "server-only";
import { accessAudit } from "@/domain/access/audit-actions";
import type { AnswerSurveyInput, OpenSurveyInput } from "@/domain/access/process-schemas";
import { accessPermissions } from "@/domain/access/permissions";
import { californiaDayOf, columnOfDay, dayOfColumn, type Day } from "@/domain/calendar/day";
import { collectionSubject, defineCommand } from "@/lib/command";
import { db, type Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import { formatDay } from "@/lib/format";
import { organizationSubject } from "@/server/access/subjects";

/**
 * Section 9, "Determination of need for additional access": "the Process Owner will survey all
 * third party organizations that have been granted user accounts … to determine adequacy of the
 * number of user accounts for each organization. If the survey indicates that additional user
 * accounts are needed … the Process Owner will update the UAAG". One survey is open at a time;
 * each organization with accounts answers through its Requestor, and may change its answer until
 * the survey closes (the end of its closing day in California).
 */
const SURVEY_PATHS = ["/access/process"];

/** An organization "granted user accounts": its latest countersigned MOU is in its term today. */
const grantedSql = (today: Day) => db.$queryRaw<{ organizationId: string; organization: string; county: string; approvedAccounts: number | null }[]>`
  SELECT latest."organizationId", latest.organization, latest.county, latest."approvedAccounts" FROM (
    SELECT DISTINCT ON (a."organizationId") a."organizationId", o.name AS organization, c.name AS county, a."approvedAccounts", a."termEndsOn"
      FROM "AccessApplication" a
      JOIN "ThirdPartyOrganization" o ON o.id = a."organizationId"
      JOIN "County" c ON c.id = o."countyId"
     WHERE a.state = 'ACTIVE' AND a."countersignedAt" IS NOT NULL
     ORDER BY a."organizationId", a."countersignedAt" DESC
  ) latest
  WHERE latest."termEndsOn" IS NULL OR latest."termEndsOn" >= ${columnOfDay(today)}::date
  ORDER BY latest.county, latest.organization`;

async function isGranted(tx: Tx, organizationId: string, today: Day): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ granted: boolean }[]>`
    SELECT COALESCE((SELECT a."termEndsOn" IS NULL OR a."termEndsOn" >= ${columnOfDay(today)}::date
                       FROM "AccessApplication" a
                      WHERE a."organizationId" = ${organizationId} AND a.state = 'ACTIVE' AND a."countersignedAt" IS NOT NULL
                      ORDER BY a."countersignedAt" DESC LIMIT 1), false) AS granted`;
  return row?.granted ?? false;
}

const isOpen = (survey: { closesOn: Date; closedAt: Date | null }, today: Day) => survey.closedAt === null && dayOfColumn(survey.closesOn) >= today;

export const openSurvey = defineCommand({
  name: accessAudit.open_survey,
  subject: collectionSubject("AccessSurvey", SURVEY_PATHS),
  target: (_input: OpenSurveyInput) => "",
  permission: accessPermissions.ownProcess,
  resource: () => undefined,
  async run({ tx, input, now }) {
    // Two openings at once queue here, so the second sees the first's survey.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('AccessSurvey.open'))`;
    const today = californiaDayOf(now);
    if (input.closesOn <= today)
      throw new UserError(`The survey must close after today: choose a day after ${formatDay(today)}.`, { closesOn: ["Choose a day after today."] });
    const open = await tx.accessSurvey.findFirst({
      where: { closedAt: null, closesOn: { gte: columnOfDay(today) } },
      select: { title: true, closesOn: true },
    });
    if (open) throw new UserError(`The survey “${open.title}” is open until ${formatDay(open.closesOn)}. One survey is open at a time.`);
    return tx.accessSurvey.create({ data: { title: input.title, closesOn: columnOfDay(input.closesOn), openedAt: now }, select: { id: true, title: true } });
  },
  audit: ({ input, result }) => ({
    summary: `Opened the survey “${result.title}” of third-party organizations' user accounts, closing ${formatDay(input.closesOn)}`,
    after: input,
    entity: { type: "AccessSurvey", id: result.id },
  }),
});

/** The Requestor's answer for its organization: adequate or not, and how many more accounts it needs. */
export const answerSurvey = defineCommand({
  name: accessAudit.answer_survey,
  subject: organizationSubject,
  target: (input: AnswerSurveyInput) => input.organizationId,
  permission: accessPermissions.answerSurvey,
  resource: (organization) => ({ lcsaId: organization.lcsaId, organizationId: organization.id }),
  async run({ tx, input, record: organization, now }) {
    const today = californiaDayOf(now);
    const [survey] = await tx.$queryRaw<{ id: string; title: string; closesOn: Date; closedAt: Date | null }[]>`
      SELECT id, title, "closesOn", "closedAt" FROM "AccessSurvey" WHERE id = ${input.surveyId} FOR SHARE`;
    if (!survey) throw new UserError("That survey was not found.");
    if (!isOpen(survey, today)) throw new UserError(`The survey “${survey.title}” closed on ${formatDay(survey.closesOn)}; it no longer takes answers.`);
    if (!(await isGranted(tx, organization.id, today))) {
      throw new UserError(
        `${organization.name} has no user accounts under an MOU in force, so it is not among the organizations surveyed (Third Party Access Process 9).`,
      );
    }
    const data = { adequate: input.adequate === "yes", additionalAccounts: input.additionalAccounts, comment: input.comment, answeredAt: now };
    const before = await tx.accessSurveyAnswer.findUnique({ where: { surveyId_organizationId: { surveyId: survey.id, organizationId: organization.id } } });
    await tx.accessSurveyAnswer.upsert({
      where: { surveyId_organizationId: { surveyId: survey.id, organizationId: organization.id } },
      create: { surveyId: survey.id, organizationId: organization.id, ...data },
      update: data,
    });
    return { survey: survey.title, organization: organization.name, changed: before !== null, ...data };
  },
  audit: ({ result }) => ({
    summary: `${result.organization} ${result.changed ? "changed its answer to" : "answered"} the survey “${result.survey}”: ${
      result.adequate ? "its accounts are adequate" : `needs ${result.additionalAccounts} more`
    }`,
    after: { adequate: result.adequate, additionalAccounts: result.additionalAccounts, comment: result.comment },
  }),
  paths: () => SURVEY_PATHS,
});

export interface SurveySummary {
  id: string;
  title: string;
  openedAt: Date;
  closesOn: Day;
  open: boolean;
  answers: number;
}

export interface SurveyAnswerRow {
  organizationId: string;
  organization: string;
  county: string;
  approvedAccounts: number;
  answer: { adequate: boolean; additionalAccounts: number; comment: string; answeredAt: Date } | null;
}

export interface SurveyOverview {
  surveys: SurveySummary[];
  /** The open survey, or else the latest: each organization granted accounts, with its answer. */
  current: (SurveySummary & { rows: SurveyAnswerRow[]; additionalAccounts: number }) | null;
}

/**
 * The surveys, and the current one's answers per organization, for the organizations the caller
 * may see (`organizationIds` null: all, for the Process Owner; a Requestor: its own). Three reads.
 */
export async function surveyOverview(organizationIds: readonly string[] | null, now: Date = new Date()): Promise<SurveyOverview> {
  const today = californiaDayOf(now);
  const [surveys, granted] = await Promise.all([
    db.accessSurvey.findMany({
      orderBy: { openedAt: "desc" },
      select: { id: true, title: true, openedAt: true, closesOn: true, closedAt: true, _count: { select: { answers: true } } },
    }),
    grantedSql(today),
  ]);
  const summaries = surveys.map((survey) => ({
    id: survey.id,
    title: survey.title,
    openedAt: survey.openedAt,
    closesOn: dayOfColumn(survey.closesOn),
    open: isOpen(survey, today),
    answers: survey._count.answers,
  }));
  const latest = summaries.find((survey) => survey.open) ?? summaries[0];
  if (!latest) return { surveys: summaries, current: null };
  const visible = organizationIds === null ? granted : granted.filter((row) => organizationIds.includes(row.organizationId));
  const answers = await db.accessSurveyAnswer.findMany({
    where: { surveyId: latest.id, ...(organizationIds === null ? {} : { organizationId: { in: [...organizationIds] } }) },
    select: { organizationId: true, adequate: true, additionalAccounts: true, comment: true, answeredAt: true },
  });
  const byOrganization = new Map(answers.map(({ organizationId, ...answer }) => [organizationId, answer]));
  const rows = visible.map((row) => ({ ...row, approvedAccounts: row.approvedAccounts ?? 0, answer: byOrganization.get(row.organizationId) ?? null }));
  return {
    surveys: summaries,
    current: { ...latest, rows, additionalAccounts: rows.reduce((sum, row) => sum + (row.answer?.additionalAccounts ?? 0), 0) },
  };
}
