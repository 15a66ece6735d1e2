import type { FormAction } from "@/components/forms/form-action";

/** The server actions a change request's page passes down to its sections. */
export interface CrActions {
  saveInitiation: FormAction;
  step: FormAction;
  flagImpact: FormAction;
  withdraw: FormAction;
  reconsiderNow: FormAction;
  reopenGateVote: FormAction;
  setReconsiderDate: FormAction;
  backBrief: FormAction;
  comment: FormAction;
  attachFile: FormAction;
  nameTeam: FormAction;
  savePackage: FormAction;
  saveJad: FormAction;
  saveDeveloperTesting: FormAction;
  addScenario: FormAction;
  startPass: FormAction;
  completePass: FormAction;
  reportDefect: FormAction;
  resolveDefect: FormAction;
  signOffDefect: FormAction;
  saveUatSummary: FormAction;
  saveRelease: FormAction;
  addKnownDefect: FormAction;
  removeKnownDefect: FormAction;
}
