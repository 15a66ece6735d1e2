import { describe, expect, it } from "vitest";
import { draftMinutes, type MinutesRecord } from "@/domain/meetings/minutes-draft";
import { minutesBlocks } from "@/domain/meetings/minutes-text";
import { printable } from "@/server/meetings/minutes-pdf";
import { attachmentHeaders } from "@/server/storage/download";
import { checkFileName, checkUpload, cleanFileName, formatFileSize, MAX_FILE_BYTES } from "@/domain/storage/uploads";
import { columnOfDay } from "@/domain/calendar/day";

const record: MinutesRecord = {
  committeeName: "CASES Executive Steering Committee",
  title: "October regular meeting",
  kind: "REGULAR",
  startsAt: new Date("2026-10-15T17:00:00Z"),
  location: "Sacramento, Room 101",
  attendance: [
    { name: "Casey Chair", seat: "Chair", status: "PRESENT", designeeName: null },
    { name: "Rosa Delgado", seat: "Caseload category 5", status: "DESIGNEE", designeeName: "Dana Director" },
    { name: "Sam Okafor", seat: "Caseload category 2", status: "ABSENT", designeeName: null },
    { name: "Lee Nakamura", seat: "Caseload category 3", status: null, designeeName: null },
  ],
  agenda: [
    { title: "CR 2026-014 concept vote", presenter: "Pat Leader", description: null, policyNote: null },
    { title: "Budget update", presenter: null, description: "Quarterly numbers", policyNote: null },
  ],
  decisions: [
    {
      question: "Approve CR 2026-014 for impact analysis?",
      agendaItemTitle: "CR 2026-014 concept vote",
      explanation: "Passed: 2 of 2 votes cast approve; quorum of 3 met; 1 recused.",
      rollCall: [
        { member: "Casey Chair", designee: null, vote: "approve", recusalReason: null },
        { member: "Rosa Delgado", designee: "Dana Director", vote: "approve", recusalReason: null },
        { member: "Erin Member", designee: null, vote: null, recusalReason: "My LCSA proposed it" },
        { member: "Sam Okafor", designee: null, vote: null, recusalReason: null },
      ],
    },
  ],
  openMotions: [],
  actionItems: [{ title: "Circulate the impact analysis plan", owner: "Pat Leader", dueOn: columnOfDay("2026-10-30"), status: "OPEN" }],
};

describe("drafting minutes from the meeting record (Governance plan 2.10)", () => {
  const text = draftMinutes(record);

  it("documents the meeting, attendees, decisions with their roll call, and action items", () => {
    expect(text).toBe(`# CASES Executive Steering Committee: minutes

Regular meeting: October regular meeting
Date: Thursday, October 15, 2026 at 10:00 AM (Pacific time)
Location: Sacramento, Room 101

## Attendance
Present:
- Casey Chair, Chair
Represented by a designee:
- Rosa Delgado, Caseload category 5: represented by Dana Director
Absent:
- Sam Okafor, Caseload category 2
Attendance not recorded:
- Lee Nakamura, Caseload category 3

## Agenda
- 1. CR 2026-014 concept vote (presented by Pat Leader)
- 2. Budget update

## Decisions
### Motion 1: Approve CR 2026-014 for impact analysis?
Agenda item: CR 2026-014 concept vote
Result: Passed: 2 of 2 votes cast approve; quorum of 3 met; 1 recused.
Roll call:
- Casey Chair: approve
- Rosa Delgado (by designee Dana Director): approve
- Erin Member: recused (My LCSA proposed it)
- Sam Okafor: did not vote

## Action items
- Circulate the impact analysis plan. Owner: Pat Leader. Due: Oct 30, 2026. Status: Open.
`);
  });

  it("says so when nothing was recorded, and lists motions still open", () => {
    const empty = draftMinutes({
      ...record,
      location: null,
      attendance: [],
      agenda: [],
      decisions: [],
      actionItems: [],
      openMotions: [{ question: "Adopt the calendar?", deadline: new Date("2026-10-16T17:00:00Z") }],
    });
    expect(empty).toContain("No attendance was recorded.");
    expect(empty).toContain("No agenda items were recorded.");
    expect(empty).toContain("No motions were decided at this meeting.");
    expect(empty).toContain("Still open for voting:\n- Adopt the calendar? (closes Friday, October 16, 2026 at 10:00 AM)");
    expect(empty).toContain("No action items were recorded.");
    expect(empty).not.toContain("Location:");
  });

  // Issue 12, fidelity 10. Governance plan 2.1: "policy discussions are routed to the Policy
  // Branch for research and resolution"; the minutes say which items went there, and why.
  it("records the items routed to the Policy Branch instead of a vote", () => {
    const routed = draftMinutes({
      ...record,
      agenda: [
        { title: "Budget update", presenter: null, description: null, policyNote: null },
        { title: "Arrears interest waiver", presenter: "Pat Leader", description: null, policyNote: "A question of policy, not of automation." },
      ],
      decisions: [],
      actionItems: [],
    });
    expect(routed).toContain("## Agenda\n- 1. Budget update\n- 2. Arrears interest waiver (presented by Pat Leader; routed to the Policy Branch)\n");
    expect(routed).toContain(
      "No motions were decided at this meeting.\n\n## Routed to the Policy Branch\nNot put to a vote: policy questions go to the Policy Branch for research and resolution.\n- Arrears interest waiver: A question of policy, not of automation.\n\n## Action items",
    );
    expect(text).not.toContain("Policy Branch");
  });

  it("reads back as an outline of title, sections, decisions, lists and paragraphs", () => {
    const blocks = minutesBlocks(text);
    expect(blocks[0]).toEqual({ kind: "title", text: "CASES Executive Steering Committee: minutes" });
    expect(blocks[1]).toEqual({
      kind: "paragraph",
      lines: ["Regular meeting: October regular meeting", "Date: Thursday, October 15, 2026 at 10:00 AM (Pacific time)", "Location: Sacramento, Room 101"],
    });
    expect(blocks.filter((block) => block.kind === "section").map((block) => "text" in block && block.text)).toEqual([
      "Attendance",
      "Agenda",
      "Decisions",
      "Action items",
    ]);
    expect(blocks).toContainEqual({ kind: "subsection", text: "Motion 1: Approve CR 2026-014 for impact analysis?" });
    expect(blocks).toContainEqual({
      kind: "list",
      items: [
        "Casey Chair: approve",
        "Rosa Delgado (by designee Dana Director): approve",
        "Erin Member: recused (My LCSA proposed it)",
        "Sam Okafor: did not vote",
      ],
    });
  });

  it("splits paragraphs at blank lines and accepts Windows line ends and * bullets", () => {
    expect(minutesBlocks("One\r\ntwo\r\n\r\nThree\n* a\n* b\n\n\n- c")).toEqual([
      { kind: "paragraph", lines: ["One", "two"] },
      { kind: "paragraph", lines: ["Three"] },
      { kind: "list", items: ["a", "b"] },
      { kind: "list", items: ["c"] },
    ]);
    expect(minutesBlocks("")).toEqual([]);
  });
});

describe("upload limits", () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  const pdf = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37);

  it("accepts the document types of this work, typed from the name and confirmed from the content", () => {
    expect(checkUpload({ name: "Agenda.PDF", bytes: pdf })).toEqual({ ok: true, contentType: "application/pdf", fileName: "Agenda.PDF" });
    expect(checkUpload({ name: "budget.xlsx", bytes: bytes(0x50, 0x4b, 0x03, 0x04, 0) })).toMatchObject({
      ok: true,
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    expect(checkUpload({ name: "old.doc", bytes: bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1) })).toMatchObject({
      ok: true,
      contentType: "application/msword",
    });
    expect(checkUpload({ name: "counts.csv", bytes: new TextEncoder().encode("county,cases\nButte,1200\n") })).toMatchObject({
      ok: true,
      contentType: "text/csv",
    });
    expect(checkUpload({ name: "chart.png", bytes: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) })).toMatchObject({
      ok: true,
      contentType: "image/png",
    });
    expect(checkUpload({ name: "photo.jpeg", bytes: bytes(0xff, 0xd8, 0xff, 0xe0) })).toMatchObject({ ok: true, contentType: "image/jpeg" });
  });

  it("tells from the name and size alone, before a browser sends the file, what is refused for its size or type", () => {
    expect(checkFileName("Spec v2.DOCX", 1000)).toMatchObject({ ok: true, fileName: "Spec v2.DOCX", kind: { label: "Word" } });
    expect(checkFileName("screen.png", MAX_FILE_BYTES)).toMatchObject({ ok: true });
    expect(checkFileName("big.pdf", MAX_FILE_BYTES + 1)).toEqual({ ok: false, reason: "“big.pdf” is 10.0 MB; files can be at most 10 MB." });
    expect(checkFileName("setup.exe", 2)).toMatchObject({ ok: false, reason: expect.stringContaining("is not a file type accepted here") });
    expect(checkFileName("", 2)).toEqual({ ok: false, reason: "Choose a file; the one chosen has no name." });
    expect([formatFileSize(512), formatFileSize(1536), formatFileSize(2 * 1024 * 1024), formatFileSize(1.5 * 1024 * 1024)]).toEqual([
      "512 bytes",
      "2 KB",
      "2 MB",
      "1.5 MB",
    ]);
  });

  it("refuses, saying why: too large, empty, another type, or content that does not match", () => {
    expect(checkUpload({ name: "big.pdf", bytes: new Uint8Array(MAX_FILE_BYTES + 1).fill(0x25) })).toEqual({
      ok: false,
      reason: "“big.pdf” is 10.0 MB; files can be at most 10 MB.",
    });
    expect(checkUpload({ name: "empty.pdf", bytes: new Uint8Array() })).toEqual({ ok: false, reason: "“empty.pdf” is empty." });
    expect(checkUpload({ name: "setup.exe", bytes: bytes(0x4d, 0x5a) })).toEqual({
      ok: false,
      reason: "“setup.exe” is not a file type accepted here. Upload a PDF, Word, Excel, PowerPoint, text, CSV, PNG or JPEG, up to 10 MB.",
    });
    expect(checkUpload({ name: "report.pdf", bytes: bytes(0x4d, 0x5a, 0x90) })).toEqual({
      ok: false,
      reason: "“report.pdf” does not contain what a PDF file contains; it may be damaged or misnamed.",
    });
    expect(checkUpload({ name: "notes.txt", bytes: bytes(0x41, 0, 0x42) })).toMatchObject({ ok: false });
    expect(checkUpload({ name: "noextension", bytes: pdf })).toMatchObject({ ok: false });
  });

  it("keeps exactly 10 MB, and cleans names of folders and control characters", () => {
    const exact = new Uint8Array(MAX_FILE_BYTES);
    exact.set(pdf);
    expect(checkUpload({ name: "exact.pdf", bytes: exact })).toMatchObject({ ok: true });
    expect(cleanFileName('C:\\Users\\me\\Agenda "final".pdf')).toBe("Agenda final.pdf");
    expect(cleanFileName("../../etc/passwd\u0000.txt")).toBe("passwd.txt");
  });
});

describe("files going out", () => {
  it("keeps what the PDF's standard font draws and spells out or replaces the rest", () => {
    expect(printable("Quorum ≥ 4 → passed — “approve” café")).toBe("Quorum >= 4 -> passed — “approve” café");
    expect(printable("日本 ok")).toBe("?? ok");
  });

  it("sends a download as an attachment with an ASCII name and the UTF-8 one", () => {
    expect(attachmentHeaders({ fileName: 'Año "final".pdf', contentType: "application/pdf", size: 12 })).toMatchObject({
      "Content-Type": "application/pdf",
      "Content-Length": "12",
      "Content-Disposition": `attachment; filename="A_o _final_.pdf"; filename*=UTF-8''A%C3%B1o%20%22final%22.pdf`,
    });
  });
});
