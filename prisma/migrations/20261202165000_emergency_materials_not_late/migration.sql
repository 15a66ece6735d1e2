-- Issue 13: material for an emergency meeting is never flagged late (src/domain/meetings/materials.ts
-- materialsDueFor; Governance plan 2.10 asks the three days "Whenever possible", 2.9 calls
-- emergency meetings for "expedited decision-making"). Material posted before this rule was
-- flagged by the three-day rule alone; clear the flag there. Data only: the schema is unchanged.
UPDATE "MeetingMaterial" AS material
   SET late = false
  FROM "Meeting" AS meeting
 WHERE meeting.id = material."meetingId"
   AND meeting.kind = 'EMERGENCY'
   AND material.late;
