-- Issue 12, fidelity of change requests to the Governance plan.

-- Plan 3.1.3: "If the CCB approves the CR, the ESC authorizes development activities to begin."
-- (A value added to an enum cannot be used in the transaction that adds it; nothing here uses it.)
ALTER TYPE "CrState" ADD VALUE 'ESC_AUTHORIZATION' AFTER 'CCB_REVIEW';
ALTER TYPE "CrGate" ADD VALUE 'AUTHORIZE' AFTER 'CCB';

-- Plan 2.1: "policy discussions are routed to the Policy Branch for research and resolution".
ALTER TYPE "CrState" ADD VALUE 'POLICY_BRANCH' AFTER 'REJECTED';
ALTER TABLE "ChangeRequest" ADD COLUMN "policy" BOOLEAN NOT NULL DEFAULT false,
                            ADD COLUMN "policyRoutedAt" TIMESTAMP(3);

-- Plan 3.1.4: the Executive Overview compares the impact analysis "scope, approach, and estimates" with the revised ones.
ALTER TABLE "CrJad" ADD COLUMN "revisedScope" TEXT NOT NULL DEFAULT '',
                    ADD COLUMN "revisedApproach" TEXT NOT NULL DEFAULT '';

-- Plan 3.1.6: a CCSAS-level change is released by each subcomponent at the same time.
ALTER TABLE "CrTesting" ADD COLUMN "releaseSubcomponents" TEXT[],
                        ADD COLUMN "subcomponentsReady" TEXT[];
