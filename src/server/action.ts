import "server-only";
import { revalidatePath } from "next/cache";
import { createActionBuilder } from "@/lib/action";
import { requestId } from "@/lib/session";
import { requireUser } from "@/server/session";

/** The app's action builder (src/lib/action.ts), bound to the app's session and to Next's page cache. */
export const defineAction = createActionBuilder({ requireUser, requestId, revalidate: (path, type) => revalidatePath(path, type) });
