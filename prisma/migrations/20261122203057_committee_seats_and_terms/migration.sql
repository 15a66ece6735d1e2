-- CreateEnum
CREATE TYPE "QuorumRule" AS ENUM ('MAJORITY_OF_VOTING_SEATS', 'ALL_VOTING_SEATS');

-- CreateEnum
CREATE TYPE "MajorityRule" AS ENUM ('MAJORITY_OF_VOTES_CAST', 'MAJORITY_OF_ALL_MEMBERS', 'TWO_THIRDS_OF_VOTES_CAST');

-- CreateEnum
CREATE TYPE "SeatKind" AS ENUM ('CHAIR', 'VOTING', 'ADVISORY');

-- AlterTable
ALTER TABLE "Committee" ADD COLUMN     "majorityRule" "MajorityRule" NOT NULL DEFAULT 'MAJORITY_OF_VOTES_CAST',
ADD COLUMN     "quorumRule" "QuorumRule" NOT NULL DEFAULT 'MAJORITY_OF_VOTING_SEATS';

-- CreateTable
CREATE TABLE "Seat" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "SeatKind" NOT NULL,
    "caseloadCategory" INTEGER,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Seat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Term" (
    "id" TEXT NOT NULL,
    "seatId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "lcsaId" TEXT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Term_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Seat_committeeId_sortOrder_key" ON "Seat"("committeeId", "sortOrder");

-- CreateIndex
CREATE INDEX "Term_seatId_startsOn_idx" ON "Term"("seatId", "startsOn");

-- CreateIndex
CREATE INDEX "Term_userId_startsOn_idx" ON "Term"("userId", "startsOn");

-- AddForeignKey
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "Seat"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_lcsaId_fkey" FOREIGN KEY ("lcsaId") REFERENCES "Lcsa"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A term cannot end before it starts.
ALTER TABLE "Term" ADD CONSTRAINT "Term_dates_in_order" CHECK ("endsOn" IS NULL OR "endsOn" >= "startsOn");
