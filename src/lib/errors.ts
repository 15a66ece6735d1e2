/**
 * Errors meant for the person using the app carry a plain message. Anything else is a
 * defect: it is logged with a reference id and the user sees a generic message.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "UserError";
  }
}

export class ForbiddenError extends UserError {
  constructor(message = "You do not have permission to do that.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export class NotFoundError extends UserError {
  constructor(what = "That record") {
    super(`${what} was not found. It may have been removed, or you may not have access to it.`);
    this.name = "NotFoundError";
  }
}

/** An edit that lost a race with someone else's save (optimistic concurrency). */
export class ConflictError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "ConflictError";
  }
}
