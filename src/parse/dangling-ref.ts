// A schema `$ref` to a schema that does not exist, read as OpenAPI Generator reads it.
//
// swagger-parser keeps such a `$ref` on the Schema it returns (OpenAPIDeserializer.getSchema and
// getJsonSchema set it as written; 3.0's OpenAPIResolver leaves internal refs alone, 3.1's
// ReferenceVisitor.resolveSchemaRef fails, records a message and returns null, so
// OpenAPI31Traverser.traverseSchema keeps the schema). OAG then names the type by the ref's last
// segment: ModelUtils.getSimpleRef (`#/components/...` and `#/definitions/...` refs, URL-decoded,
// `~1`/`~0` unescaped); DefaultCodegen.getSingleSchemaType returns getAlias(that name) since
// getReferencedSchema/unaliasSchema return the `$ref` schema itself when no schema has the name
// ("... is not defined"). From there every generator types, links and imports it like a model
// name, and no model is generated (DefaultGenerator.generateModels walks the schemas that exist).
//
// The IR holds it as an AnySchema (the client passes the value through untyped) with `unknownType`
// set to that name, because OAG's docs go the same way as for a `type` OpenAPI does not define
// (getPrimitiveType returns it as written, then getAlias and the generator's type mapping), and
// `danglingRef` set to the ref as written.

import { childPointer } from "../model/diagnostics.js";
import type { BuildContext } from "./context.js";
import { resolvePointer } from "./context.js";
import { isObject } from "./raw.js";

/**
 * The type name OAG reads from a `$ref` whose target does not exist (ModelUtils.getSimpleRef), or
 * undefined where OAG reads none: refs outside `#/components/` and `#/definitions/` (getSimpleRef
 * returns null, "Failed to get the schema name"), and `#/components/schemas/X/properties/y`, which
 * OAG follows as a property of X (ModelUtils.isRefToSchemaWithProperties; with the property missing,
 * DefaultCodegen.getSingleSchemaType calls itself on the same schema without end).
 */
export function danglingRefName(ref: string): string | undefined {
  if (!ref.startsWith("#/components/") && !ref.startsWith("#/definitions/")) return undefined;
  const parts = ref.split("/");
  if (parts.length === 6 && parts[4] === "properties") return undefined;
  let name = ref.slice(ref.lastIndexOf("/") + 1);
  try {
    // java.net.URLDecoder.decode: `+` is a space, `%XX` a UTF-8 byte.
    name = decodeURIComponent(name.replace(/\+/g, " "));
  } catch {
    // URLDecoder throws on a malformed escape; OAG would stop there. Keep the text as written.
  }
  name = name.replace(/~1/g, "/").replace(/~0/g, "~");
  return name === "" ? undefined : name;
}

/**
 * Whether swagger-parser reports the missing target among its parse messages, which make OAG stop
 * ("There were issues with the specification. The option can be disabled via validateSpec
 * (Maven/Gradle) or --skip-validate-spec (CLI)": CodegenConfigurator.toContext throws a
 * SpecValidationException for any message unless validation is skipped).
 * - 3.1: always. OpenAPIV3Parser resolves 3.1 documents with OpenAPIDereferencer31, whose
 *   ReferenceVisitor.resolveSchemaRef fails to find the fragment ("Could not find ... in contents
 *   of ...") and adds the exception's message to the result's messages.
 * - 3.0 (OpenAPIDeserializer.getSchema): under `paths`, a `#/components/...` ref whose component
 *   kind or named component is missing (ReferenceValidator.validateComponent, "attribute ... is
 *   missing"); elsewhere (the components), a `#/components/schemas/X` ref of exactly that form whose
 *   X is missing ("localSchemaRefs", checked after the components are read: "... is not of type
 *   `schema`"); any `#/components/...` ref that is not under `#/components/schemas` is reported
 *   too ("$ref target ... is not of expected type Schema"). A `#/definitions/...` ref is not.
 * - 2.0: never. swagger-parser v1 (SwaggerDeserializer, SwaggerResolver's ModelProcessor and
 *   PropertyProcessor) leaves internal schema refs unchecked, and the v2 converter re-parses nothing
 *   unless asked to flatten, which OAG does not.
 */
export function oagReportsDanglingRef(ctx: BuildContext, ref: string, pointer: string): boolean {
  if (ctx.swagger2) return false;
  if (ctx.openapi31) return true;
  if (!ref.startsWith("#/components")) return false;
  if (!ref.startsWith("#/components/schemas")) return true;
  const segments = ref.slice("#/components/".length).split("/");
  const schemas = resolvePointer(ctx.root, "/components/schemas");
  const has = (name: string): boolean => isObject(schemas) && Object.prototype.hasOwnProperty.call(schemas, name);
  if (pointer.startsWith("/paths/")) return segments[0] !== "schemas" || segments[1] === undefined || !has(segments[1]);
  return segments.length === 2 && segments[0] === "schemas" && !has(segments[1]!);
}

/**
 * Reports a `$ref` OAG reads as the model `name` although no schema has that name: an error where
 * OAG needs --skip-validate-spec for it and validation is on (or for the `validate` command), a
 * warning otherwise.
 */
export function reportDanglingRef(ctx: BuildContext, ref: string, pointer: string, name: string): void {
  const shown = JSON.stringify(ctx.swagger2 && ref.startsWith("#/components/schemas/") ? `#/definitions/${ref.slice("#/components/schemas/".length)}` : ref);
  const at = childPointer(pointer, "$ref");
  const result = `the docs name the type ${JSON.stringify(name)} as OpenAPI Generator does, no model ${JSON.stringify(name)} is generated, and the client passes the value through untyped (any value)`;
  const reported = oagReportsDanglingRef(ctx, ref, pointer);
  if (ctx.validation === "error" || (reported && ctx.validation === "warning")) {
    ctx.sink.error(at, `$ref ${shown} points to nothing. OpenAPI Generator stops on it too unless --skip-validate-spec; with --skip-validate-spec oaswright generates anyway: ${result}`);
    return;
  }
  const why = reported ? "" : " (OpenAPI Generator's parser does not report it: OpenAPI Generator generates from it without --skip-validate-spec)";
  ctx.sink.warning(at, `$ref ${shown} points to nothing: ${result}${why}`);
}
