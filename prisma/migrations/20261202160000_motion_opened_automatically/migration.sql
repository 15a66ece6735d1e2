-- A gate vote the change request's lifecycle opens is credited to that step, not to a person
-- putting the question (Product rule: src/server/change-requests/gate-votes.ts).
ALTER TABLE "Motion" ADD COLUMN "openedAutomatically" TEXT;
