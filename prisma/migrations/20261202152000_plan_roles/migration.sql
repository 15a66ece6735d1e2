-- Issue 12, fidelity 9: roles the Governance plan names. The Consortium Business Analysts
-- (1.5, 2.3), and the escalation chain of 5.1.1: the TSD Deputy or Assistant Deputy
-- Director, the DCSS Directorate and the CCSAS Project Leader.
ALTER TYPE "Role" ADD VALUE 'CONSORTIUM_BUSINESS_ANALYST' AFTER 'CONSORTIUM_TECHNICAL_MANAGER';
ALTER TYPE "Role" ADD VALUE 'TSD_DEPUTY_DIRECTOR' AFTER 'CONSORTIUM_BUSINESS_ANALYST';
ALTER TYPE "Role" ADD VALUE 'DCSS_DIRECTORATE' AFTER 'TSD_DEPUTY_DIRECTOR';
ALTER TYPE "Role" ADD VALUE 'CCSAS_PROJECT_LEADER' AFTER 'DCSS_DIRECTORATE';
