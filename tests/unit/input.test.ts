import { describe, expect, it } from "vitest";
import { listFilterFields } from "@/domain/change-requests/list-filter";
import { attachSchema } from "@/domain/change-requests/schemas";
import { postMaterialSchema } from "@/domain/meetings/schemas";
import { cleanFileName } from "@/domain/storage/uploads";
import * as session from "@/lib/session";
import { attachmentHeaders } from "@/server/storage/download";

/** Issue 12, item 7: file names that display as something else, oversize files, unchecked request ids. */
describe("a stored file name", () => {
  it("loses right-to-left overrides, isolates and marks, which make it read as something else", () => {
    // "résumé \u202Efdp.exe.txt" displays as "résumé txt.exe.pdf".
    expect(cleanFileName("résumé \u202Efdp.exe.txt")).toBe("résumé fdp.exe.txt");
    expect(cleanFileName("a\u202Ab\u202Bc\u202Cd\u202De.pdf")).toBe("abcde.pdf");
    expect(cleanFileName("\u2066x\u2067y\u2068z\u2069.csv")).toBe("xyz.csv");
    expect(cleanFileName("left\u200Eright\u200Farabic\u061C.docx")).toBe("leftrightarabic.docx");
  });

  it("loses control characters and folders, and keeps the letters people use", () => {
    expect(cleanFileName("C:\\Users\\ana\\minutes\u0000\u0007\u0085.pdf")).toBe("minutes.pdf");
    expect(cleanFileName("Informe de la reunión – 2026.pdf")).toBe("Informe de la reunión – 2026.pdf");
    expect(cleanFileName("会议纪要.pdf")).toBe("会议纪要.pdf");
  });
});

describe("a download", () => {
  it("is named without the bidirectional controls of a name stored before they were stripped", () => {
    const headers = attachmentHeaders({ fileName: "résumé \u202Efdp.exe.txt", contentType: "text/plain", size: 10 });
    expect(headers["Content-Disposition"]).toBe(`attachment; filename="r_sum_ fdp.exe.txt"; filename*=UTF-8''${encodeURIComponent("résumé fdp.exe.txt")}`);
  });
});

describe("an upload field", () => {
  const crId = "6f1c2a4e-0b7d-4c1e-9a55-3b2f1d0e9c8a";
  const file = (bytes: number, name = "minutes.pdf") => new File([new Uint8Array(bytes)], name);
  const messages = (parsed: { success: boolean; error?: { issues: { message: string }[] } }) => parsed.error?.issues.map((issue) => issue.message) ?? [];

  it("gives the size message for a file over 10 MB, as the browser does before sending it", () => {
    expect(messages(attachSchema.safeParse({ crId, file: file(11 * 1024 * 1024) }))).toEqual(["“minutes.pdf” is 11.0 MB; files can be at most 10 MB."]);
    expect(messages(postMaterialSchema.safeParse({ meetingId: crId, title: "Minutes", file: file(12 * 1024 * 1024) }))).toEqual([
      "“minutes.pdf” is 12.0 MB; files can be at most 10 MB.",
    ]);
  });

  it("accepts a file of exactly 10 MB, and asks for a file when none was chosen", () => {
    expect(attachSchema.safeParse({ crId, file: file(10 * 1024 * 1024) }).success).toBe(true);
    expect(messages(attachSchema.safeParse({ crId, file: file(0, "") }))).toEqual(["Choose a file to attach."]);
    expect(messages(attachSchema.safeParse({ crId }))).toEqual(["Choose a file to attach."]);
  });
});

describe("the request id an audit event records", () => {
  const accepted = (given: string | null) => (session as unknown as { acceptedRequestId: (given: string | null) => string }).acceptedRequestId(given);
  const SAFE = /^[A-Za-z0-9._:-]{1,64}$/;

  it("is the client's when it is a short safe token", () => {
    expect(accepted("req-1.2:3_abc")).toBe("req-1.2:3_abc");
    expect(accepted("a".repeat(64))).toBe("a".repeat(64));
  });

  it("is a new one when the client's is missing, long or unsafe", () => {
    for (const given of [null, "", "a".repeat(65), "x".repeat(4096), "<script>", "id with spaces", "line\nbreak", "ünïcode"]) {
      const id = accepted(given);
      expect(id, String(given)).toMatch(SAFE);
      expect(id).not.toBe(given);
    }
    expect(accepted(null)).not.toBe(accepted(null));
  });
});

// Issue 12, item 7: a NUL in a search box is a PostgreSQL error (22021) if it reaches a query.
describe("search boxes", () => {
  it("drop control characters from what is searched for", () => {
    expect(listFilterFields.parse({ q: "road\u0000map\u0007 " }).q).toBe("roadmap");
    expect(listFilterFields.parse({ q: "\u0000" }).q).toBeUndefined();
  });
});
