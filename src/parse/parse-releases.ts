// What the parse reads differently by OpenAPI Generator release before the inline planner runs
// (the planner's own table is inline.ts PROFILE_ROWS, its normalizer's inline-normalizer.ts
// NORMALIZER_ROWS): how swagger-parser read the YAML and the operations.

import { behaviourOf, type ReleaseRow } from "../codegen/release-table.js";

export interface ParseRules {
  /** Every YAML alias reads as its anchor's name (LoadOptions.yamlAliasesAsAnchorNames). */
  readonly yamlAliasesAsAnchorNames: boolean;
  /** SnakeYAML's YAML 1.1 readings of plain scalars and keys are recorded (LoadOptions.yaml11Numbers, yaml11Keys). */
  readonly yaml11: boolean;
  /** A blank text of a 3.x document reads as absent (BuildContext.blankTextAbsent, context.ts specText). */
  readonly blankTextAbsent: boolean;
  /**
   * swagger-parser's 3.1 dereferencing runs an IdsTraverser pass over the document on its first read
   * of the document a `$ref` points into (src/parse/shared-instances.ts, which objects places share).
   */
  readonly idsTraverserPass: boolean;
  /**
   * swagger-parser dereferences a 3.1 document with OpenAPI31Traverser, whose `deepcopy` (a Json31
   * round trip) fills later equal places and `$ref`'d components: their `example`/`default` lists and
   * objects are Java collections (src/parse/shared-instances.ts copiedExamples, copiedDefaults).
   */
  readonly deepCopies31: boolean;
}

/** 5.0.0, the oldest release reproduced: swagger-parser 2.0.24 to 2.0.29, YAML read by Jackson's mapper alone. */
const FIRST: ParseRules = { yamlAliasesAsAnchorNames: true, yaml11: false, blankTextAbsent: true, idsTraverserPass: false, deepCopies31: false };

export const PARSE_ROWS: readonly ReleaseRow<ParseRules>[] = [
  {
    since: "6.0.0",
    source: "d86b4849b0 update parser to 2.0.31 (#11981, 2022-03-27), before the 6.0.0 beta release commit 914b539eea: swagger-parser ba4642a7 reads YAML through SnakeYAML first (aliases resolved, YAML 1.1 scalars, CustomResolver)",
    change: { yamlAliasesAsAnchorNames: false, yaml11: true },
  },
  {
    since: "6.0.0",
    source: "swagger-parser 2d129e71 (2021-10-12, first in 2.0.29): before it OpenAPIDeserializer sets an operation's summary and description, a parameter's, header's, request body's, tag's, server's and server variable's description, the info's description and termsOfService, the contact's name/url/email, the license's url, an example's summary and description and a schema's title and description only when StringUtils.isNotBlank; from it ParseOptions.allowEmptyStrings (default true, never set by OAG) keeps them. OAG's pom: 2.0.26 at the 5.4.0 release commit 4a36be7002, 2.0.29 from df05e6f4bc (#11388, 2022-02-21), 2.0.31 at 6.0.0 (d86b4849b0). OAG's 5.x typescript and python samples print no notes for `description: ''`, 6.0.0's the empty paragraph; ddhub-python-prior (5.4.0) writes no `# ` line for `summary: \"\"`",
    change: { blankTextAbsent: false },
  },
  {
    since: "6.2.0",
    source: "OAG's pom names swagger-parser 2.1.1 at the 6.2.0 release commit 24f476a381 (2.0.31 at 6.1.0's 43dbb5ff9c); OpenAPI31Traverser (with deepcopy) is first in swagger-parser 2.1.0 (11b31ecb) and unchanged from 2.1.1 to 2.1.22 (7.13.0's); OpenAPIV3Parser runs it for a 3.1 document read with resolve, which CodegenConfigurator.toContext sets (6.2.0, 6.6.0, 7.x)",
    change: { deepCopies31: true },
  },
  {
    since: "7.14.0",
    source: "swagger-parser 2.1.28 (7.13.0 had 2.1.22: the version table of swagger-parser issue #2271; OAG's pom bump came after b3935922cd, 2025-05-17, the newest commit of the mirror): swagger-parser 47e9f665 (first in 2.1.24) ReferenceVisitor.parse runs an IdsTraverser over the document before reading a `$ref`'s document. Observed by running OAG built from source at b3935922cd with swagger-parser 2.1.22 and with 2.1.28 on across-python's spec",
    change: { idsTraverserPass: true },
  },
];

/** The parse's readings of release `oagVersion` (absent: the newest). */
export function parseRules(oagVersion: string | undefined): ParseRules {
  return behaviourOf(FIRST, PARSE_ROWS, oagVersion);
}
