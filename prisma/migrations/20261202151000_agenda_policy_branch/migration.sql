-- Governance plan 2.1: an agenda item that is a policy question is routed to the Policy
-- Branch, with a record of when, by whom and why, instead of being put to a vote.
ALTER TABLE "AgendaItem" ADD COLUMN "policyRoutedAt" TIMESTAMP(3),
ADD COLUMN "policyRoutedById" TEXT,
ADD COLUMN "policyNote" TEXT;

-- Every date column is bounded (migration 20261202150000_sane_dates).
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_policyRoutedAt_sane_date" CHECK ("policyRoutedAt" IS NULL OR ("policyRoutedAt" >= '1900-01-01' AND "policyRoutedAt" < '2200-01-01'));
