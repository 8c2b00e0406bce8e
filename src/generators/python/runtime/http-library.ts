// The HTTP library the python client is built on (the `library` option): which rest.py is
// written and whether the API methods, ApiClient.call_api and RESTResponse.read are coroutines.
//
// PythonClientCodegen.processOpts: urllib3 (default, synchronous), asyncio (aiohttp), tornado
// (deprecated) and, from OAG 7.14, httpx. OAG's asyncio and httpx API methods are `async def`.
// OAG's tornado API methods are plain functions that call a tornado coroutine and then call
// `.read()` on the future it returns, which fails; ours are `async def` there too.

export type PythonHttpLibrary = "urllib3" | "asyncio" | "tornado" | "httpx";

export interface HttpLibraryView {
  readonly library: PythonHttpLibrary;
  /** The rest.py template. */
  readonly restTemplate: string;
  readonly isAsync: boolean;
  /** `async ` before a coroutine's `def` (or nothing). */
  readonly asyncDef: string;
  /** `await ` before a call of one (or nothing). */
  readonly await: string;
}

const REST_TEMPLATES: Readonly<Record<PythonHttpLibrary, string>> = {
  urllib3: "runtime/rest.py",
  asyncio: "runtime/rest_aiohttp.py",
  tornado: "runtime/rest_tornado.py",
  httpx: "runtime/rest_httpx.py",
};

export function isPythonHttpLibrary(name: string): name is PythonHttpLibrary {
  return Object.prototype.hasOwnProperty.call(REST_TEMPLATES, name);
}

export function httpLibraryView(name: string): HttpLibraryView {
  const library: PythonHttpLibrary = isPythonHttpLibrary(name) ? name : "urllib3";
  const isAsync = library !== "urllib3";
  return { library, restTemplate: REST_TEMPLATES[library], isAsync, asyncDef: isAsync ? "async " : "", await: isAsync ? "await " : "" };
}
