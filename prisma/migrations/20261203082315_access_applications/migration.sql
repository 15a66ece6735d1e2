-- CreateEnum
CREATE TYPE "AccessKind" AS ENUM ('INITIAL', 'RENEWAL');

-- CreateEnum
CREATE TYPE "AccessState" AS ENUM ('IDENTIFIED', 'INVITED', 'UNDER_REVIEW', 'AWAITING_DECISION', 'APPROVED', 'MOU_SIGNED', 'ACTIVE', 'REJECTED', 'WITHDRAWN', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "AccessReviewKind" AS ENUM ('LEGAL', 'CONNECTIVITY');

-- CreateTable
CREATE TABLE "AllocationGuideVersion" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,

    CONSTRAINT "AllocationGuideVersion_pkey" PRIMARY KEY ("id")
);

-- DropIndex
DROP INDEX "AllocationGuideRow_sortOrder_key";

-- AlterTable
ALTER TABLE "County" ADD COLUMN     "conversionIsDemo" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "conversionWave" INTEGER,
ADD COLUMN     "cseConversionOn" DATE,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable: the rows already loaded are version 1, the guide as the process document publishes it (section 1.6).
ALTER TABLE "AllocationGuideRow" ADD COLUMN     "versionId" TEXT;
INSERT INTO "AllocationGuideVersion" ("id", "number", "note")
  SELECT gen_random_uuid()::text, 1, 'As published in the CCSAS Third Party Access Process v1.1, section 1.6.'
   WHERE EXISTS (SELECT 1 FROM "AllocationGuideRow");
UPDATE "AllocationGuideRow" SET "versionId" = (SELECT "id" FROM "AllocationGuideVersion" WHERE "number" = 1);
ALTER TABLE "AllocationGuideRow" ALTER COLUMN "versionId" SET NOT NULL;

-- AlterTable
ALTER TABLE "ThirdPartyOrganization" ADD COLUMN     "guideOrganization" TEXT;
UPDATE "ThirdPartyOrganization" o SET "guideOrganization" = r."organization"
  FROM "AllocationGuideRow" r WHERE r."organization" IS NOT NULL AND o."name" = r."label" || ' ' || r."organization";

-- CreateTable
CREATE TABLE "AccessApplication" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" "AccessKind" NOT NULL DEFAULT 'INITIAL',
    "renewalOfId" TEXT,
    "organizationId" TEXT NOT NULL,
    "countyId" TEXT NOT NULL,
    "lcsaId" TEXT NOT NULL,
    "state" "AccessState" NOT NULL DEFAULT 'IDENTIFIED',
    "stateChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "inviteeName" TEXT NOT NULL,
    "inviteeTitle" TEXT NOT NULL,
    "inviteeAddress" TEXT NOT NULL,
    "inviteeEmail" TEXT NOT NULL,
    "coordinatorName" TEXT NOT NULL,
    "coordinatorTitle" TEXT NOT NULL,
    "coordinatorContact" TEXT NOT NULL,
    "sysadminName" TEXT NOT NULL,
    "sysadminTitle" TEXT NOT NULL,
    "sysadminContact" TEXT NOT NULL,
    "recommendedAccounts" INTEGER NOT NULL,
    "invitationOn" DATE NOT NULL,
    "identifiedById" TEXT NOT NULL,
    "identifiedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "invitationSentAt" TIMESTAMP(3),
    "requestorUserId" TEXT,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "approvedAccounts" INTEGER,
    "decisionGuideId" TEXT,
    "reservedAtDecision" INTEGER,
    "overGuideJustification" TEXT NOT NULL DEFAULT '',
    "rejectionReason" TEXT NOT NULL DEFAULT '',
    "packageSentAt" TIMESTAMP(3),
    "signedMouFileId" TEXT,
    "mouReceivedAt" TIMESTAMP(3),
    "countersignedAt" TIMESTAMP(3),
    "countersignedById" TEXT,
    "termStartsOn" DATE,
    "termEndsOn" DATE,
    "officeId" TEXT,
    "officeIdRecordedAt" TIMESTAMP(3),
    "infrastructureEvaluation" TEXT NOT NULL DEFAULT '',
    "infrastructureEvaluatedAt" TIMESTAMP(3),
    "renewalNoticeAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AccessApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessApplicationForm" (
    "applicationId" TEXT NOT NULL,
    "requestorName" TEXT NOT NULL DEFAULT '',
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactTitle" TEXT NOT NULL DEFAULT '',
    "contactPhone" TEXT NOT NULL DEFAULT '',
    "contactFax" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "isoName" TEXT NOT NULL DEFAULT '',
    "isoTitle" TEXT NOT NULL DEFAULT '',
    "isoPhone" TEXT NOT NULL DEFAULT '',
    "isoEmail" TEXT NOT NULL DEFAULT '',
    "mouSignerName" TEXT NOT NULL DEFAULT '',
    "mouSignerTitle" TEXT NOT NULL DEFAULT '',
    "authorities" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "authorityDescription" TEXT NOT NULL DEFAULT '',
    "purpose" TEXT NOT NULL DEFAULT '',
    "usersRequested" INTEGER,
    "signatureName" TEXT NOT NULL DEFAULT '',
    "signedOn" DATE,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AccessApplicationForm_pkey" PRIMARY KEY ("applicationId")
);

-- CreateTable
CREATE TABLE "AccessReview" (
    "applicationId" TEXT NOT NULL,
    "kind" "AccessReviewKind" NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "favorable" BOOLEAN,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "delays" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "AccessReview_pkey" PRIMARY KEY ("applicationId","kind")
);

-- CreateTable
CREATE TABLE "AccessAccount" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userName" TEXT NOT NULL,
    "userEmail" TEXT NOT NULL,
    "trainedOn" DATE NOT NULL,
    "confidentialitySignedOn" DATE NOT NULL,
    "listedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3),
    "createdById" TEXT,
    "suspendedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AccessAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditFinding" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "finding" TEXT NOT NULL,
    "foundOn" DATE NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT NOT NULL,
    "clearedAt" TIMESTAMP(3),
    "clearedById" TEXT,
    "evidence" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AuditFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessSurvey" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closesOn" DATE NOT NULL,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "AccessSurvey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessSurveyAnswer" (
    "surveyId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "adequate" BOOLEAN NOT NULL,
    "additionalAccounts" INTEGER NOT NULL DEFAULT 0,
    "comment" TEXT NOT NULL DEFAULT '',
    "answeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessSurveyAnswer_pkey" PRIMARY KEY ("surveyId","organizationId")
);

-- CreateTable
CREATE TABLE "AttestationCampaign" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "deadlineOn" DATE NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AttestationCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountAttestation" (
    "campaignId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "confirmedById" TEXT,
    "stillNeeded" BOOLEAN,
    "trainedOn" DATE,
    "confidentialitySignedOn" DATE,

    CONSTRAINT "AccountAttestation_pkey" PRIMARY KEY ("campaignId","accountId")
);

-- CreateTable
CREATE TABLE "AccessProcessReview" (
    "id" TEXT NOT NULL,
    "reviewedOn" DATE NOT NULL,
    "documentVersion" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "reviewedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessProcessReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessClockNotice" (
    "applicationId" TEXT NOT NULL,
    "clock" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessClockNotice_pkey" PRIMARY KEY ("applicationId","clock","level")
);

-- CreateIndex
CREATE UNIQUE INDEX "AllocationGuideVersion_number_key" ON "AllocationGuideVersion"("number");

-- CreateIndex
CREATE UNIQUE INDEX "AccessApplication_number_key" ON "AccessApplication"("number");

-- CreateIndex
CREATE UNIQUE INDEX "AccessApplication_renewalOfId_key" ON "AccessApplication"("renewalOfId");

-- CreateIndex
CREATE INDEX "AccessApplication_state_stateChangedAt_idx" ON "AccessApplication"("state", "stateChangedAt");

-- CreateIndex
CREATE INDEX "AccessApplication_lcsaId_state_idx" ON "AccessApplication"("lcsaId", "state");

-- CreateIndex
CREATE INDEX "AccessApplication_organizationId_state_idx" ON "AccessApplication"("organizationId", "state");

-- CreateIndex
CREATE INDEX "AccessApplication_requestorUserId_idx" ON "AccessApplication"("requestorUserId");

-- CreateIndex
CREATE INDEX "AccessApplication_termEndsOn_idx" ON "AccessApplication"("termEndsOn");

-- CreateIndex
CREATE INDEX "AccessAccount_applicationId_idx" ON "AccessAccount"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "AccessAccount_organizationId_userEmail_key" ON "AccessAccount"("organizationId", "userEmail");

-- CreateIndex
CREATE INDEX "AuditFinding_organizationId_clearedAt_idx" ON "AuditFinding"("organizationId", "clearedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AttestationCampaign_year_key" ON "AttestationCampaign"("year");

-- CreateIndex
CREATE UNIQUE INDEX "AllocationGuideRow_versionId_sortOrder_key" ON "AllocationGuideRow"("versionId", "sortOrder");

-- AddForeignKey
ALTER TABLE "AllocationGuideRow" ADD CONSTRAINT "AllocationGuideRow_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "AllocationGuideVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllocationGuideVersion" ADD CONSTRAINT "AllocationGuideVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessApplication" ADD CONSTRAINT "AccessApplication_renewalOfId_fkey" FOREIGN KEY ("renewalOfId") REFERENCES "AccessApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessApplication" ADD CONSTRAINT "AccessApplication_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "ThirdPartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessApplication" ADD CONSTRAINT "AccessApplication_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessApplication" ADD CONSTRAINT "AccessApplication_lcsaId_fkey" FOREIGN KEY ("lcsaId") REFERENCES "Lcsa"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessApplication" ADD CONSTRAINT "AccessApplication_identifiedById_fkey" FOREIGN KEY ("identifiedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessApplication" ADD CONSTRAINT "AccessApplication_requestorUserId_fkey" FOREIGN KEY ("requestorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessApplication" ADD CONSTRAINT "AccessApplication_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessApplication" ADD CONSTRAINT "AccessApplication_decisionGuideId_fkey" FOREIGN KEY ("decisionGuideId") REFERENCES "AllocationGuideVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessApplication" ADD CONSTRAINT "AccessApplication_signedMouFileId_fkey" FOREIGN KEY ("signedMouFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessApplication" ADD CONSTRAINT "AccessApplication_countersignedById_fkey" FOREIGN KEY ("countersignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessApplicationForm" ADD CONSTRAINT "AccessApplicationForm_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "AccessApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessReview" ADD CONSTRAINT "AccessReview_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "AccessApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessReview" ADD CONSTRAINT "AccessReview_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessAccount" ADD CONSTRAINT "AccessAccount_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "AccessApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessAccount" ADD CONSTRAINT "AccessAccount_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "ThirdPartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessAccount" ADD CONSTRAINT "AccessAccount_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditFinding" ADD CONSTRAINT "AuditFinding_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "ThirdPartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditFinding" ADD CONSTRAINT "AuditFinding_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditFinding" ADD CONSTRAINT "AuditFinding_clearedById_fkey" FOREIGN KEY ("clearedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessSurveyAnswer" ADD CONSTRAINT "AccessSurveyAnswer_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "AccessSurvey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessSurveyAnswer" ADD CONSTRAINT "AccessSurveyAnswer_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "ThirdPartyOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountAttestation" ADD CONSTRAINT "AccountAttestation_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "AttestationCampaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountAttestation" ADD CONSTRAINT "AccountAttestation_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "AccessAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountAttestation" ADD CONSTRAINT "AccountAttestation_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessProcessReview" ADD CONSTRAINT "AccessProcessReview_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessClockNotice" ADD CONSTRAINT "AccessClockNotice_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "AccessApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

