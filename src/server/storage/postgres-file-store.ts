import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { UserError } from "@/lib/errors";
import type { FileStore } from "@/server/storage/file-store";
import { checkUpload } from "@/domain/storage/uploads";

const INFO = { id: true, fileName: true, contentType: true, size: true, sha256: true } as const;

/** Files as rows of StoredFile: the bytes, their SHA-256 and size (a CHECK keeps size honest). */
export const postgresFileStore: FileStore = {
  async put(tx, file) {
    const check = checkUpload(file);
    if (!check.ok) throw new UserError(check.reason, { file: [check.reason] });
    return tx.storedFile.create({
      data: {
        fileName: check.fileName,
        contentType: check.contentType,
        size: file.bytes.length,
        sha256: createHash("sha256").update(file.bytes).digest("hex"),
        content: new Uint8Array(file.bytes),
        uploadedById: file.uploadedById,
      },
      select: INFO,
    });
  },

  async get(id) {
    return db.storedFile.findUnique({ where: { id }, select: { ...INFO, content: true } });
  },
};
