// Whether a release writes a 3.1 document's `webhooks` (ApiModel.webhooks). DefaultGenerator's
// generateWebhooks renders them after the APIs (generate: generateModels, generateApis,
// generateWebhooks, then the supporting files) through the generator's API templates: per tag an
// API file and an API doc, operations sorted by operationId, under the names the paths' APIs get
// (apiFilename/apiDocFilename, so a webhook tag equal to a path tag writes over that API's files).
// The supporting files iterate `apiInfo` only: no README row, package export or index entry.
// codegen/operations.ts groups them (ApiGroup.webhooks); codegen/select-files.ts selects them
// (`--global-property webhooks`).

import type { ApiModel } from "../model/ir.js";
import type { ApiGroup } from "./operations.js";
import { behaviourOf, type ReleaseRow } from "./release-table.js";

export interface WebhookRules {
  /** DefaultGenerator.generateWebhooks exists (its `generateWebhooks` switch on by default). */
  readonly generated: boolean;
}

const FIRST: WebhookRules = { generated: false };

export const WEBHOOK_ROWS: readonly ReleaseRow<WebhookRules>[] = [
  { since: "7.2.0", source: "9eb5882f94 OpenAPI 3.1.0 Add webhooks support (#17174): DefaultGenerator.generateWebhooks/processWebhooks, after the 7.1.0 release commit e2a62ace74, before the 7.2.0 release commit fe638d0093", change: { generated: true } },
];

export function webhookRules(oagVersion: string | undefined): WebhookRules {
  return behaviourOf(FIRST, WEBHOOK_ROWS, oagVersion);
}

/** The webhook groups a run writes (buildApiGroupsWithDocs' webhookGroups and webhookDocGroups): none before 7.2.0. */
export function webhookGroupsOf(
  model: ApiModel,
  sets: { readonly webhookGroups: ApiGroup[]; readonly webhookDocGroups: ApiGroup[] },
  oagVersion: string | undefined,
  ctx: { warn(pointer: string, message: string): void },
): { groups: ApiGroup[]; docGroups: ApiGroup[] } {
  if ((model.webhooks ?? []).length === 0) return { groups: [], docGroups: [] };
  if (!webhookRules(oagVersion).generated) {
    ctx.warn("/webhooks", `webhooks are requests the API sends, not calls a client makes: not generated (OpenAPI Generator writes them as APIs from 7.2.0 on, not in ${oagVersion ?? "this release"})`);
    return { groups: [], docGroups: [] };
  }
  const names = sets.webhookDocGroups.map((g) => g.className).join(", ");
  ctx.warn("/webhooks", `webhooks are requests the API sends, not calls a client makes: written as OpenAPI Generator writes them, as API classes and docs (${names}) that the package does not export`);
  return { groups: sets.webhookGroups, docGroups: sets.webhookDocGroups };
}
