-- CreateEnum
CREATE TYPE "CrKind" AS ENUM ('ENHANCEMENT', 'EMERGENCY_FIX', 'DEFECT');

-- CreateEnum
CREATE TYPE "CrState" AS ENUM ('DRAFT', 'SUBMITTED', 'IMPACT_ANALYSIS', 'PACKAGE_VOTE', 'CCB_REVIEW', 'SUBCOMPONENT_REVIEW', 'JAD_DESIGN', 'JAD_VOTE', 'BUILD_AND_TEST', 'UAT', 'RELEASE', 'CLOSED', 'WITHDRAWN', 'VETOED', 'REJECTED', 'DEFERRED');

-- CreateEnum
CREATE TYPE "LevelOfEffort" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "CrGate" AS ENUM ('CONCEPT', 'PACKAGE', 'CCB', 'JAD');

-- CreateEnum
CREATE TYPE "CrTeam" AS ENUM ('IMPACT_ANALYSIS', 'JAD', 'UAT');

-- CreateEnum
CREATE TYPE "DefectSeverity" AS ENUM ('MAJOR', 'MINOR');

-- CreateEnum
CREATE TYPE "AlertKind" AS ENUM ('SCOPE', 'SCHEDULE', 'COST');

-- CreateEnum
CREATE TYPE "EscalationLevel" AS ENUM ('CPL', 'TSD_DEPUTY_DIRECTOR', 'DCSS_DIRECTORATE');

-- CreateTable
CREATE TABLE "ChangeRequest" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "kind" "CrKind" NOT NULL DEFAULT 'ENHANCEMENT',
    "state" "CrState" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT '',
    "benefits" TEXT[],
    "urgencyDrivers" TEXT NOT NULL DEFAULT '',
    "otherConsortiumAlignment" TEXT NOT NULL DEFAULT '',
    "ccsasAlignment" TEXT NOT NULL DEFAULT '',
    "levelOfEffort" "LevelOfEffort",
    "jadParticipants" TEXT NOT NULL DEFAULT '',
    "assumptions" TEXT NOT NULL DEFAULT '',
    "knownProblems" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT NOT NULL,
    "priorityRank" INTEGER,
    "deferredFrom" "CrState",
    "reconsiderOn" DATE,
    "withdrawnReason" TEXT,
    "backBriefedAt" TIMESTAMP(3),
    "stateChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "externalRef" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CrTeamMember" (
    "changeRequestId" TEXT NOT NULL,
    "team" "CrTeam" NOT NULL,
    "userId" TEXT NOT NULL,
    "lcsaId" TEXT,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CrTeamMember_pkey" PRIMARY KEY ("changeRequestId","team","userId")
);

-- CreateTable
CREATE TABLE "CrImpactPackage" (
    "changeRequestId" TEXT NOT NULL,
    "complexity" TEXT NOT NULL DEFAULT '',
    "alternatives" TEXT NOT NULL DEFAULT '',
    "recommendedSolution" TEXT NOT NULL DEFAULT '',
    "effortHours" INTEGER,
    "elapsedWeeks" INTEGER,
    "cost" DECIMAL(12,2),
    "expectedBenefit" TEXT NOT NULL DEFAULT '',
    "benefitDuration" TEXT NOT NULL DEFAULT '',
    "impacts" JSONB NOT NULL,
    "changesDataElements" BOOLEAN,
    "certificationImpact" TEXT NOT NULL DEFAULT '',
    "issuesAndRisks" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CrImpactPackage_pkey" PRIMARY KEY ("changeRequestId")
);

-- CreateTable
CREATE TABLE "CrJad" (
    "changeRequestId" TEXT NOT NULL,
    "specification" TEXT NOT NULL DEFAULT '',
    "businessRules" TEXT NOT NULL DEFAULT '',
    "revisedEffortHours" INTEGER,
    "revisedElapsedWeeks" INTEGER,
    "revisedCost" DECIMAL(12,2),
    "recommendation" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CrJad_pkey" PRIMARY KEY ("changeRequestId")
);

-- CreateTable
CREATE TABLE "CrGateMotion" (
    "motionId" TEXT NOT NULL,
    "changeRequestId" TEXT NOT NULL,
    "gate" "CrGate" NOT NULL,
    "reconsiderOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CrGateMotion_pkey" PRIMARY KEY ("motionId")
);

-- CreateTable
CREATE TABLE "CrTesting" (
    "changeRequestId" TEXT NOT NULL,
    "unitTestedAt" TIMESTAMP(3),
    "unitTestNotes" TEXT NOT NULL DEFAULT '',
    "systemTestedAt" TIMESTAMP(3),
    "systemTestNotes" TEXT NOT NULL DEFAULT '',
    "uatSummaryReport" TEXT NOT NULL DEFAULT '',
    "releaseNotes" TEXT NOT NULL DEFAULT '',
    "releasedOn" DATE,
    "operationsAffected" TEXT[],
    "operationsNotified" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CrTesting_pkey" PRIMARY KEY ("changeRequestId")
);

-- CreateTable
CREATE TABLE "UatScenario" (
    "id" TEXT NOT NULL,
    "changeRequestId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "script" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UatScenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UatPass" (
    "id" TEXT NOT NULL,
    "changeRequestId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "regression" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "passed" BOOLEAN,
    "notes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "UatPass_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UatDefect" (
    "id" TEXT NOT NULL,
    "changeRequestId" TEXT NOT NULL,
    "foundInPass" INTEGER NOT NULL,
    "severity" "DefectSeverity" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "reportedById" TEXT NOT NULL,
    "reportedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolution" TEXT,
    "signedOffById" TEXT,
    "signedOffAt" TIMESTAMP(3),

    CONSTRAINT "UatDefect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnownDefect" (
    "id" TEXT NOT NULL,
    "changeRequestId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "impact" TEXT NOT NULL,
    "expectedFixOn" DATE,
    "workaround" TEXT NOT NULL,

    CONSTRAINT "KnownDefect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CrComment" (
    "id" TEXT NOT NULL,
    "changeRequestId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CrComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CrAttachment" (
    "id" TEXT NOT NULL,
    "changeRequestId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CrAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CrAlert" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "changeRequestId" TEXT,
    "kind" "AlertKind" NOT NULL,
    "description" TEXT NOT NULL,
    "raisedById" TEXT NOT NULL,
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolution" TEXT,

    CONSTRAINT "CrAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusReport" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "periodEnding" DATE NOT NULL,
    "body" TEXT NOT NULL,
    "filedById" TEXT NOT NULL,
    "filedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Escalation" (
    "id" TEXT NOT NULL,
    "consortiumId" TEXT NOT NULL,
    "changeRequestId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "level" "EscalationLevel" NOT NULL DEFAULT 'CPL',
    "raisedById" TEXT NOT NULL,
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolution" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Escalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EscalationStep" (
    "id" TEXT NOT NULL,
    "escalationId" TEXT NOT NULL,
    "level" "EscalationLevel" NOT NULL,
    "note" TEXT NOT NULL,
    "byId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EscalationStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChangeRequest_number_key" ON "ChangeRequest"("number");

-- CreateIndex
CREATE UNIQUE INDEX "ChangeRequest_externalRef_key" ON "ChangeRequest"("externalRef");

-- CreateIndex
CREATE INDEX "ChangeRequest_consortiumId_state_idx" ON "ChangeRequest"("consortiumId", "state");

-- CreateIndex
CREATE INDEX "ChangeRequest_state_stateChangedAt_idx" ON "ChangeRequest"("state", "stateChangedAt");

-- CreateIndex
CREATE INDEX "ChangeRequest_updatedAt_idx" ON "ChangeRequest"("updatedAt");

-- CreateIndex
CREATE INDEX "ChangeRequest_authorId_idx" ON "ChangeRequest"("authorId");

-- CreateIndex
CREATE INDEX "CrTeamMember_userId_idx" ON "CrTeamMember"("userId");

-- CreateIndex
CREATE INDEX "CrGateMotion_changeRequestId_idx" ON "CrGateMotion"("changeRequestId");

-- CreateIndex
CREATE INDEX "UatScenario_changeRequestId_idx" ON "UatScenario"("changeRequestId");

-- CreateIndex
CREATE UNIQUE INDEX "UatPass_changeRequestId_number_key" ON "UatPass"("changeRequestId", "number");

-- CreateIndex
CREATE INDEX "UatDefect_changeRequestId_idx" ON "UatDefect"("changeRequestId");

-- CreateIndex
CREATE INDEX "KnownDefect_changeRequestId_idx" ON "KnownDefect"("changeRequestId");

-- CreateIndex
CREATE INDEX "CrComment_changeRequestId_createdAt_idx" ON "CrComment"("changeRequestId", "createdAt");

-- CreateIndex
CREATE INDEX "CrAttachment_changeRequestId_idx" ON "CrAttachment"("changeRequestId");

-- CreateIndex
CREATE INDEX "CrAlert_consortiumId_resolvedAt_idx" ON "CrAlert"("consortiumId", "resolvedAt");

-- CreateIndex
CREATE INDEX "StatusReport_consortiumId_periodEnding_idx" ON "StatusReport"("consortiumId", "periodEnding");

-- CreateIndex
CREATE INDEX "Escalation_consortiumId_resolvedAt_idx" ON "Escalation"("consortiumId", "resolvedAt");

-- CreateIndex
CREATE INDEX "EscalationStep_escalationId_idx" ON "EscalationStep"("escalationId");

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrTeamMember" ADD CONSTRAINT "CrTeamMember_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrTeamMember" ADD CONSTRAINT "CrTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrTeamMember" ADD CONSTRAINT "CrTeamMember_lcsaId_fkey" FOREIGN KEY ("lcsaId") REFERENCES "Lcsa"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrImpactPackage" ADD CONSTRAINT "CrImpactPackage_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrJad" ADD CONSTRAINT "CrJad_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrGateMotion" ADD CONSTRAINT "CrGateMotion_motionId_fkey" FOREIGN KEY ("motionId") REFERENCES "Motion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrGateMotion" ADD CONSTRAINT "CrGateMotion_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrTesting" ADD CONSTRAINT "CrTesting_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UatScenario" ADD CONSTRAINT "UatScenario_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UatPass" ADD CONSTRAINT "UatPass_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UatDefect" ADD CONSTRAINT "UatDefect_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UatDefect" ADD CONSTRAINT "UatDefect_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UatDefect" ADD CONSTRAINT "UatDefect_signedOffById_fkey" FOREIGN KEY ("signedOffById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnownDefect" ADD CONSTRAINT "KnownDefect_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrComment" ADD CONSTRAINT "CrComment_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrComment" ADD CONSTRAINT "CrComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrAttachment" ADD CONSTRAINT "CrAttachment_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrAttachment" ADD CONSTRAINT "CrAttachment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrAlert" ADD CONSTRAINT "CrAlert_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrAlert" ADD CONSTRAINT "CrAlert_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrAlert" ADD CONSTRAINT "CrAlert_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusReport" ADD CONSTRAINT "StatusReport_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusReport" ADD CONSTRAINT "StatusReport_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscalationStep" ADD CONSTRAINT "EscalationStep_escalationId_fkey" FOREIGN KEY ("escalationId") REFERENCES "Escalation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscalationStep" ADD CONSTRAINT "EscalationStep_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

