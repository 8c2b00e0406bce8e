// parseSpec: file or URL -> ApiModel, or an OaswrightError listing every problem with its file,
// JSON pointer and line.

import { NO_TAG_RULES, type OperationTagRules } from "./operation-tag-rules.js";
import { OaswrightError, DiagnosticSink, type Diagnostic } from "../model/diagnostics.js";
import type { ApiModel, JsonValue, OpenApiVersion } from "../model/ir.js";
import { fieldText, specText, type BuildContext } from "./context.js";
import { DEFAULT_INLINE_OPTIONS, normalizerRuns, planInlineSchemas, type InlineOptions } from "./inline.js";
import { normalizerRules } from "./inline-normalizer.js";
import { parseRules } from "./parse-releases.js";
import { nullTypeRules } from "./null-type.js";
import type { LoadedSpec } from "./load.js";
import { SpecReads } from "./spec-reads.js";
import { buildOperations } from "./operation.js";
import { asArray, asObject, entriesOf, extensionsOf, type RawObject } from "./raw.js";
import { buildNamedSchemas, opt } from "./schema.js";
import { buildSecurityRequirements, buildSecuritySchemes } from "./security.js";
import { sharedInstanceFacts } from "./shared-instances.js";
import { buildServers } from "./servers.js";
import { convertSwagger2 } from "./swagger2.js";
import { swagger2SourcePointer } from "./swagger2-pointer.js";

export interface ParseOptions {
  /** OpenAPI-schema validation: findings as errors (`validate` command), as warnings (`generate`), or skipped. */
  readonly validate: "error" | "warning" | "off";
  readonly inline: InlineOptions;
  /** `--openapi-normalizer`'s rules for operations' tags (none by default). */
  readonly tagRules?: OperationTagRules;
}

export const DEFAULT_PARSE_OPTIONS: ParseOptions = { validate: "warning", inline: DEFAULT_INLINE_OPTIONS };

export interface ParseResult {
  readonly model: ApiModel;
  /** Warnings (errors stop the parse with an OaswrightError), with their line:column, found when first read. */
  readonly warnings: readonly Diagnostic[];
  /**
   * The parse's warnings followed by `later` (problems a generator found in this spec), each with its
   * source line:column. One reading of the source text finds the positions of both: on a large JSON
   * spec each reading walks megabytes of text.
   */
  readonly warningsWith: (later: readonly Diagnostic[]) => Diagnostic[];
}

/** @param reads the load and schema check, shared with other parses of one process (a batch); by default this parse's own */
export async function parseSpec(location: string, options: ParseOptions = DEFAULT_PARSE_OPTIONS, reads = new SpecReads()): Promise<ParseResult> {
  const oagVersion = options.inline.oagVersion;
  const releaseRules = parseRules(oagVersion);
  const loadOptions = { yamlAliasesAsAnchorNames: releaseRules.yamlAliasesAsAnchorNames, yaml11Numbers: releaseRules.yaml11, yaml11Keys: releaseRules.yaml11 };
  const loaded = await reads.load(location, loadOptions);
  const sink = new DiagnosticSink(location);
  sink.items.push(...loaded.warnings);
  const version = detectVersion(loaded.root, sink);
  if (version === undefined) throw withPositions(loaded, sink, `invalid spec ${location}`);

  // Every stage runs even when an earlier one found errors, so that one run lists every problem;
  // the builders only read what they can make sense of.
  if (options.validate !== "off") sink.items.push(...(await reads.check(loaded, loadOptions, options.validate)));
  const root = version.version === "2.0" ? convertSwagger2(loaded.root, sink, loaded.numberLiterals) : loaded.root;
  // Problems found from here on point into the converted document; show them at the 2.0 source.
  const convertedFrom = sink.items.length;

  const shared = sharedInstanceFacts(root, options.inline.oagVersion, options.inline.refactorAllOfInlineSchemas);
  const normalizer = normalizerRules(oagVersion);
  const ctx: BuildContext = {
    root,
    plan: planInlineSchemas(root, options.inline, sink, version.version === "2.0" ? undefined : loaded.numberLiterals),
    sink,
    schemasPointer: "/components/schemas",
    numberLiterals: version.version === "2.0" ? new Map() : loaded.numberLiterals,
    yaml11Booleans: version.version === "2.0" ? new Map() : loaded.yaml11Booleans,
    yaml11Numbers: version.version === "2.0" ? new Map() : loaded.yaml11Numbers,
    yaml11Keys: version.version === "2.0" ? new Map() : loaded.yaml11Keys,
    refSiblings: version.version !== "3.0",
    refSiblingType: version.version !== "2.0",
    openapi31: version.version === "3.1",
    swagger2: version.version === "2.0",
    typedDefaults: version.version === "3.0",
    blankTextAbsent: version.version !== "2.0" && releaseRules.blankTextAbsent,
    normalizes31Untyped: normalizer.normalize31Untyped,
    oneOfMembersFirst: !normalizer.oneOfSimplifiedFirst && normalizer.normalize31Spec,
    anyOfMembersStored: normalizer.storeAnyOfMembers,
    scalarOneOfDropped: normalizerRuns(options.inline) && !normalizer.keepScalarOneOf,
    refSiblingsAllOf31: version.version === "3.1" && normalizer.refSiblingsAllOf31,
    sharedNullable: shared.nullable,
    copiedDefaults: shared.copiedDefaults,
    copiedExamples: shared.copiedExamples,
    nullDefaults: shared.nullDefaults,
    copiedRequired: shared.copiedRequired,
    copiedPropertyOrder: shared.copiedPropertyOrder,
    nullTypeRules: normalizerRuns(options.inline) ? nullTypeRules(oagVersion) : undefined,
    generateAliasAsModel: options.inline.generateAliasAsModel === true,
    tagRules: options.tagRules ?? NO_TAG_RULES,
    validation: options.validate,
    met: { oagDocsDiffer: false },
    expanding: new Set(),
    resolved: new Map(),
  };
  const model = buildModel(ctx, loaded, version);
  if (version.version !== "3.1" && entriesOf(root.webhooks).length > 0) {
    // OpenAPIDeserializer reads `webhooks` only when the document is 3.1 (result.isOpenapi31()).
    sink.warning("/webhooks", `webhooks are an OpenAPI 3.1 field: a ${version.version} document's are not read (OpenAPI Generator ignores them too)`);
  }
  if (version.version === "2.0") mapToSwagger2Source(sink, convertedFrom, loaded.root);
  if (sink.errors.length > 0) throw withPositions(loaded, sink, `invalid spec ${location}`);
  const toSource = (d: Diagnostic): Diagnostic => (version.version === "2.0" && d.pointer !== "" ? { ...d, pointer: swagger2SourcePointer(loaded.root, d.pointer) } : d);
  let warnings: Diagnostic[] | undefined;
  return {
    model,
    get warnings() {
      return (warnings ??= positioned(loaded, sink.warnings));
    },
    warningsWith: (later) => positioned(loaded, [...(warnings ?? sink.warnings), ...later.map(toSource)]),
  };
}

function buildModel(ctx: BuildContext, loaded: LoadedSpec, version: { version: OpenApiVersion; declared: string }): ApiModel {
  const root = ctx.root;
  const info = asObject(root.info) ?? {};
  const contact = asObject(info.contact);
  const license = asObject(info.license);
  // The Info and Tag Objects sit at the same place in a 2.0 document and its conversion: read the source's scalars.
  const text = (value: unknown, pointer: string) => fieldText(loaded, value, pointer);
  // The fields OpenAPIDeserializer set only when not blank before swagger-parser 2.0.29 (specText).
  const blankless = { numberLiterals: loaded.numberLiterals, yaml11Booleans: loaded.yaml11Booleans, yaml11Numbers: loaded.yaml11Numbers, blankTextAbsent: ctx.blankTextAbsent };
  const optText = (value: unknown, pointer: string) => specText(blankless, value, pointer);
  const urlBase = loaded.isUrl ? loaded.base : undefined;
  const servers = buildServers(ctx, root.servers, "/servers", urlBase);
  return {
    source: { location: loaded.location, openapiVersion: version.version, declaredVersion: version.declared },
    info: {
      title: text(info.title, "/info/title") ?? "",
      ...opt("description", optText(info.description, "/info/description")),
      version: text(info.version, "/info/version") ?? "",
      ...opt("termsOfService", optText(info.termsOfService, "/info/termsOfService")),
      ...opt(
        "contact",
        contact && {
          ...opt("name", optText(contact.name, "/info/contact/name")),
          ...opt("email", optText(contact.email, "/info/contact/email")),
          ...opt("url", optText(contact.url, "/info/contact/url")),
        },
      ),
      ...opt(
        "license",
        license && {
          ...opt("name", text(license.name, "/info/license/name")),
          ...opt("url", optText(license.url, "/info/license/url")),
          ...opt("identifier", text(license.identifier, "/info/license/identifier")),
        },
      ),
    },
    servers: servers.length > 0 ? servers : [{ url: "/", variables: [], pointer: "/servers" }],
    tags: (asArray(root.tags) ?? []).flatMap((t, i) => {
      const tag = asObject(t);
      const name = text(tag?.name, `/tags/${i}/name`);
      return name === undefined ? [] : [{ name, ...opt("description", optText(tag?.description, `/tags/${i}/description`)), pointer: `/tags/${i}` }];
    }),
    operations: buildOperations(ctx, urlBase),
    webhooks: version.version === "3.1" ? buildOperations(ctx, urlBase, "webhooks") : [],
    schemas: buildNamedSchemas(ctx),
    securitySchemes: buildSecuritySchemes(ctx),
    security: root.security === undefined ? undefined : buildSecurityRequirements(ctx, root.security, "/security"),
    extensions: extensionsOf(root) as Record<string, JsonValue>,
    ...(oagNamesDiffer(ctx) || ctx.met.oagDocsDiffer ? { oagDocsDiffer: true as const } : {}),
  };
}

/**
 * Whether OAG may name or require some object's members otherwise (ApiModel.oagDocsDiffer): a plain
 * key it reads as a Boolean, or such a value in a `required` list (schema.ts objectShape).
 */
function oagNamesDiffer(ctx: BuildContext): boolean {
  if (ctx.yaml11Keys.size > 0) return true;
  for (const pointer of ctx.yaml11Booleans.keys()) if (/\/required\/\d+$/.test(pointer)) return true;
  return false;
}

function detectVersion(root: RawObject, sink: DiagnosticSink): { version: OpenApiVersion; declared: string } | undefined {
  const openapi = root.openapi;
  const swagger = root.swagger;
  if (openapi !== undefined && swagger !== undefined) {
    sink.error("/swagger", 'both "openapi" and "swagger" are set: a document is either OpenAPI 3 ("openapi") or Swagger 2.0 ("swagger")');
    return undefined;
  }
  if (typeof openapi === "number" || typeof swagger === "number") {
    // `openapi: 3.0` or `swagger: 2.0` unquoted in YAML: a number, and 3.10 would read as 3.1.
    const [key, value] = typeof openapi === "number" ? ["openapi", openapi] : ["swagger", swagger as number];
    const written = Number.isInteger(value) ? value.toFixed(1) : String(value);
    const suggested = key === "openapi" ? `${written}.0` : written;
    sink.error(`/${key}`, `the ${key} version must be a string, found the number ${written} (write it quoted: ${key}: "${suggested}")`);
    return undefined;
  }
  if (typeof openapi === "string") {
    if (/^3\.0\.\d+/.test(openapi)) return { version: "3.0", declared: openapi };
    if (/^3\.1\.\d+/.test(openapi)) return { version: "3.1", declared: openapi };
    sink.error("/openapi", `unsupported OpenAPI version ${JSON.stringify(openapi)} (supported: 2.0, 3.0.x, 3.1.x)`);
    return undefined;
  }
  if (openapi !== undefined) {
    sink.error("/openapi", `the openapi version must be a string such as "3.0.3", found ${JSON.stringify(openapi)}`);
    return undefined;
  }
  if (swagger !== undefined) {
    if (swagger === "2.0") return { version: "2.0", declared: "2.0" };
    sink.error("/swagger", `unsupported Swagger version ${JSON.stringify(swagger)} (supported: 2.0, 3.0.x, 3.1.x)`);
    return undefined;
  }
  sink.error("", 'not an OpenAPI document: no "openapi" or "swagger" version field');
  return undefined;
}

function mapToSwagger2Source(sink: DiagnosticSink, from: number, root: RawObject): void {
  for (let i = from; i < sink.items.length; i++) {
    const d = sink.items[i]!;
    sink.items[i] = { ...d, pointer: swagger2SourcePointer(root, d.pointer) };
  }
}

function positioned(loaded: LoadedSpec, items: readonly Diagnostic[]): Diagnostic[] {
  const wanted = (d: Diagnostic) => !d.position && d.file === loaded.location;
  const positions = loaded.sourceMap.positionsOf([...new Set(items.filter(wanted).map((d) => d.pointer))]);
  return items.map((d) => {
    const position = wanted(d) ? positions.get(d.pointer) : undefined;
    return position ? { ...d, position } : d;
  });
}

function withPositions(loaded: LoadedSpec, sink: DiagnosticSink, message: string): OaswrightError {
  // The schema validator and the IR builder may both flag one node: report it once.
  const seen = new Set<string>();
  const unique = sink.items.filter((d) => {
    const key = `${d.level}\u0000${d.pointer}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return new OaswrightError(message, positioned(loaded, unique));
}
