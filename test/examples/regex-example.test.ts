import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { JavaRandom } from "../../src/examples/java-random.js";
import {
  exampleFromPattern,
  isolatePattern,
  RgxGenError,
  UnsupportedPatternError,
  type ExampleFromPatternOptions,
} from "../../src/examples/regex-example.js";

// Expected values below come from two sources only:
//   - the Markdown docs OpenAPI Generator wrote (the golden cases, copied in fixtures/golden), and
//   - java.util.Random / RgxGen 1.3 and 1.4 themselves, run on a JDK with OAG's exact
//     pre-processing (Pattern "^/?(.+?)/?(.?)$" or "(i?)", new Random(18)) while writing this port.

interface Row {
  oagVersion: string;
  generator: "typescript" | "python-prior";
  /** Where the example appears, relative to fixtures/golden. */
  doc: string;
  pattern: string;
  want: string;
}

/** Every pattern example found in the golden docs. */
const golden: Row[] = [
  {
    oagVersion: "7.12.0",
    generator: "typescript",
    doc: "seeds/osparc-typescript/docs/SolversApi.md", // solverKey
    pattern: "^simcore/services/comp/([a-z0-9][a-z0-9_.-]*/)*([a-z0-9-_]+[a-z0-9])$",
    want: "simcore/services/comp/8otgfww_r74cm.fyln9uyrj1gzi.i4v8m.oy3c3lv1-42d1z89qs7dlt2ggwxdm.u-j/x2lxgmsvd0b8j4ra3umkkogaqmyxcz.gh7x972hdi1rwy1dz1zlrqoa6cxag8esaiij7xep_iu01gk_5/4.44oo8eknpzwkvcjiy_je4uwcu2vp5f1qwcasmy.1j-m/8cy2p2mvpbh_8rt3k89i.ar_jx8zp-ijblab5eu.qsama3i.qu6nw2c5uhx16mm-xc/t_d3c7g1z8jjihw870..qmzk-8jiaj62_84ka_4ohhtc65cwqhsz3kwm10velwgrqut-um/zgt0p7xoj1l4vy4r8xh5azigdbkuougrjor.x-.8wlvcjncnvr4b68ccagxhh/whzdjbvr.ig668cjaz/53w8vc_x.mc8ifb4uko2no27m-af-qkyv8_e2jzvnf1-q08x60g93c36-vetxr84zb3ng0g/enf3e29ikdar0ofvw9byzq.ay9ehsja7hmk5ub7n8a5x9rz7o1w631jejzlwbk70et6gb6pu--lkwrg8u2sw7xsa51xun346t4./m7tffuzvkot.9ee3_2pm1_h0imdy6y-x_gypj47m-ahleosjco.hinlinxveky-k-jkvhmxfr00ucsmo84ux-qqk_iybg/1-3cbgh-53y1jjf98wksvndhtrcp.wx4k2skhrlxowc02l2gspbo6t7.a3o5qhi_2-l/ib3n-a8-we61irnsw1rtyqcbmlax.ce7d19ddoa-/oz8xcldft.ge9pbgxw-_p2hpy2k5bv3w1fxa7m8r4p9x2w6ep555-5hp6ke_iq_o7t.7hy41-0xf9rgjl0gtkyhmpbpzplbue_cc/xh5x_al-s6_zstb.7q3hjs6yo2_vd6cgl7c-d7sx1fink93rdakl6g.wne7x3sm88xtn0fthkj0x/n6p-q1nc93vamm4i_m10.ymt7qe.wltib886zn.5u4yyql75.lb95d1wombtrcitja2ptgcumad0q1pbni4hiqza81vpdqp2gnfo/ete01uk.hsjz2ek7f0dz9pj304h8g-1tnn4k56p_ms5viyrt_q5i/b-6bv1vogztii913wtc75mjcrqd4_ymj8bwcznsi_3yl9f09.g/zfqecufflukhsndm.vc4sdl5aiy7bm/1cmhfo04l5kkydv7s/ukulwp_58fegzw0e1ir-f_k590/rfpih_yfzg3yamsy1rww5_2wiemb-b8l58kn3kz60ii9psq9jimc-oys1v5g4x7-0jvywt_a-oxwa1l9wks0pp.skt2cno3g20y/5eqtgzs77ifr37g9zpbfh.2zeo.4dugv0vj_m.62_bbsjbfu52h71t59_nvsklvpf91ea-1yj-iwjs-29/e9unpef7hv0jk-rpjrhk5r--49ik5smjmy8rdfom-o17rzqlbrf_6zqfs9d5p8t4jra8vsfq-11v2llci",
  },
  {
    oagVersion: "7.12.0",
    generator: "typescript",
    doc: "seeds/osparc-typescript/docs/ProgramsApi.md", // programKey
    pattern: "^simcore/services/dynamic/([a-z0-9][a-z0-9_.-]*/)*([a-z0-9-_]+[a-z0-9])$",
    want: "simcore/services/dynamic/8otgfww_r74cm.fyln9uyrj1gzi.i4v8m.oy3c3lv1-42d1z89qs7dlt2ggwxdm.u-j/x2lxgmsvd0b8j4ra3umkkogaqmyxcz.gh7x972hdi1rwy1dz1zlrqoa6cxag8esaiij7xep_iu01gk_5/4.44oo8eknpzwkvcjiy_je4uwcu2vp5f1qwcasmy.1j-m/8cy2p2mvpbh_8rt3k89i.ar_jx8zp-ijblab5eu.qsama3i.qu6nw2c5uhx16mm-xc/t_d3c7g1z8jjihw870..qmzk-8jiaj62_84ka_4ohhtc65cwqhsz3kwm10velwgrqut-um/zgt0p7xoj1l4vy4r8xh5azigdbkuougrjor.x-.8wlvcjncnvr4b68ccagxhh/whzdjbvr.ig668cjaz/53w8vc_x.mc8ifb4uko2no27m-af-qkyv8_e2jzvnf1-q08x60g93c36-vetxr84zb3ng0g/enf3e29ikdar0ofvw9byzq.ay9ehsja7hmk5ub7n8a5x9rz7o1w631jejzlwbk70et6gb6pu--lkwrg8u2sw7xsa51xun346t4./m7tffuzvkot.9ee3_2pm1_h0imdy6y-x_gypj47m-ahleosjco.hinlinxveky-k-jkvhmxfr00ucsmo84ux-qqk_iybg/1-3cbgh-53y1jjf98wksvndhtrcp.wx4k2skhrlxowc02l2gspbo6t7.a3o5qhi_2-l/ib3n-a8-we61irnsw1rtyqcbmlax.ce7d19ddoa-/oz8xcldft.ge9pbgxw-_p2hpy2k5bv3w1fxa7m8r4p9x2w6ep555-5hp6ke_iq_o7t.7hy41-0xf9rgjl0gtkyhmpbpzplbue_cc/xh5x_al-s6_zstb.7q3hjs6yo2_vd6cgl7c-d7sx1fink93rdakl6g.wne7x3sm88xtn0fthkj0x/n6p-q1nc93vamm4i_m10.ymt7qe.wltib886zn.5u4yyql75.lb95d1wombtrcitja2ptgcumad0q1pbni4hiqza81vpdqp2gnfo/ete01uk.hsjz2ek7f0dz9pj304h8g-1tnn4k56p_ms5viyrt_q5i/b-6bv1vogztii913wtc75mjcrqd4_ymj8bwcznsi_3yl9f09.g/zfqecufflukhsndm.vc4sdl5aiy7bm/1cmhfo04l5kkydv7s/ukulwp_58fegzw0e1ir-f_k590/rfpih_yfzg3yamsy1rww5_2wiemb-b8l58kn3kz60ii9psq9jimc-oys1v5g4x7-0jvywt_a-oxwa1l9wks0pp.skt2cno3g20y/5eqtgzs77ifr37g9zpbfh.2zeo.4dugv0vj_m.62_bbsjbfu52h71t59_nvsklvpf91ea-1yj-iwjs-29/e9unpef7hv0jk-rpjrhk5r--49ik5smjmy8rdfom-o17rzqlbrf_6zqfs9d5p8t4jra8vsfq-11v2llci",
  },
  {
    oagVersion: "7.12.0",
    generator: "typescript",
    doc: "seeds/osparc-typescript/docs/SolversApi.md", // version
    pattern:
      "^(0|[1-9]\\d*)(\\.(0|[1-9]\\d*)){2}(-(0|[1-9]\\d*|\\d*[-a-zA-Z][-\\da-zA-Z]*)(\\.(0|[1-9]\\d*|\\d*[-a-zA-Z][-\\da-zA-Z]*))*)?(\\+[-\\da-zA-Z]+(\\.[-\\da-zA-Z-]+)*)?$",
    want: "9072888001528021798096225500850762068629339333975650685139102691291.0.0+RjsmInY9s-EmMH6kw8gsnXv2Z7jRPK542XGp8ZohR8p.ziKqEde8fXg9wdpfxa2-zRi2iAxU4NCUavTrirUe4ba7JnjrgEdBCJE-ArE6U3CZ-Vnrj9RmauFxv71lRsCjOv6MeuvKG.DRGKUIQ8yNXhXoEdbZpGptfI4pvLXGuLk-kwwO2jcMEEkIa.W5ApNaDi5ackLaR2kw9-zmvqRnM-dar09VaHCQz0TlT4b42Jml4PJXMbVMO8G0e5q9Z4WMWovY63Gk6ixTd5NxR.25mQYd6VBLRGkQ5H9-FH2v5iUaMQ6iIJ-7auxDSR-lIIfhhw9bP3XhsKpT6YkX2ymMVY.YsFBx8OyxaBZ75cAidDZ6lvrLQxekRdyiJFjhCbEZunVXTqV3VP-DPQpzY-c9WhD1h649MeAEDz67NG9dihNlL1.PO1GvRUDnbsR0-SswaNzc7s9ONPZw-HNPtVfykpnotMPK4.qhv7VjToBNn1oLFWRpSx-dyd2clYhZAGiUmDTPB5iVX1lhmY7Gh2I3pT2S.uv6.tyxEBpX6RQusWUzrY2Ial.FJfz8Zwx6YGCNhQCndVdQ8Zqh8o9Fu3-luW1PzrlptgIbB7lMjnQXJdim087U4e00bXYP.263P2Qk0LGzQ-Q5b8qpf900OPrJ7NsXeu0SeHiC.or8kJwu9CQe1tTxWk3GoxqObZMXxUrU.PuO24.6xCEEGYs5NZ9BhURG1p1vKPKEsa.a3pD3hXM15Q-LQUOofFYT6wb4OCgvTgDaAqbKuYurrDjTDCxu.ecKtov6lMCwqpGvF10AyNzlABWKNXeFooO85mDfPdkPvuMP4UItRxglXsbfmNlQ5dxg25oBYSAJH9pP2AsvJ1ScQkpdOFo.b48VqkgYNMd7LrDcYKGedFO0HBfI81yv9G-D76SNMcY0UPPPdI22mRwN8gXBGGp92k53.1KEc7ag0ak9ETa6LnPl34V.5Jc4YC3r.ILhaa6Jcc4hzAqllACM9319wGio4p44OFkGlPpgNlbtJZS0AaW9X3CHj-n2hyQAB8SPpfju.1nTBPTJPb-Hj0L.cV6H860Rpwn8zGLfibFlAiPGyvhU8Ye52iQcNh1XhyIjU5N0a56m2ONPCsy2yJE2MQH9Vtj3dWmBLqET.auRy5wUhGt7xNZoWfe9JGrar3ZeHRc4dSsd0RIlQ1YUo31fGOwi1Xfgv.he4JPG5EYj9qSsH3icZps5aXdx--TYsRRGn8p-Q2t9ufMVk0G3LCRAkC2MHGjLeFDChVzm1sl-Bu5nHUPV3JcSLLtzHgWd203hy.cgItmozD9jSoTmmDlQzmeuMjs4cmyHkc7OcK.a5ZkmXKIhuWWL1PB8JQFInAlUihvIRKWmd74vVNVouUUq7lr13izMpQeXTwCX7eZR4diuBp12rqic.-pO1cprK6eZP-b1SuInOS2bPzpLsEcDg9JOefS2IKCBgZkZN1VM5iisCMqqvZJfQbTm0l8TqUvVVYQzBM3pTF3YFunJjn79r.X76dFbUfrQdC.CsMXdVXhXKWhK7aKxfLZMGV1t5ZLSwBhCBeSp3g1WqnxFKTMlmqL5kYD0D-.lZnDQWB6CfFrfdWw.lB5yxG2ZsNwUTxPepPDck0MHjx1bWWkthueuyZwIYJFC-DP.pDz0q9BcSZ9lSO3Fm1Aw-wm4asDrqk8Aqw1gHodBjUGpKTy8xuN4TvW3wydnv61CL6-Ma55v-.ci4bPbKvnn4ON1zDx0RE5Nx-CnGmqNNhQQuMJYkjplO3Qdqu9Y32Xmk.ws1aTVFSrXW-Cc3Zlfh6YwbO-wd61ok6dkgj3fNOb.daoZA1F02Pi3WxdBRfK7kZq-foRRQUAGEMz-biz--psyEvzi6C8Y89wwxrOADQYuRsYgAFe.Oz26sXflDj3ZKPbb.5LwwjHM1Zfj0bJ3cHAnEwK3LXdBrD99XSqFR6aV9uyoVGq.EJe-wvWZmWi.Ihctr-seZcIsU78A-6.6uPNyWu.as5q7-lfce9-8Do101kYW1tCLjm3EPHhKxm.hBJAlXkoQZqOkDB7wcPWkqotc6fQJs52.QKpgtkhgJP2pCWDIqetgTZsY7xlN3E7zxLDrXBGblu1s7At6U2M5I0H33HhkJRPicrz91Mnqr4yUQy3nOCQv4yqY.M8d7UUXqQdz8ORLX7PhYoA5ITVLr1rCs1.daEl0tG5if.npOOAVHva9i7wKGIOmsYkpwPB08qBqbgiKD8h-jhgoAD6oEaEIg9hqdBk87piJu2fHTHWNw1WGbDvKMClEM0pWG7gx2yb.AuT6q1dUrLCN6NPK0brTSwMFavOBDfYh6SWUkJ7XO32vfW9YRga.03cIqVgnG7dDviEQYeYsVp6bNv9XqJoDDSwcwkJvnEdiYdDcVLlRMsgGfQl-tGvdMnDqnxRe7EAipxSvUxD6lhGX0wQGc87.OhmM3dQkRuht7pIqysrRPSNqVg2qV7yPxS6zN1jFxe9RVYcK-J.hbgms67HfNYbVp9oaT6x-W9PX5eTeltcxj.VBajOnyD0pkOF1WFBnF.mcWC6Ggb7ozlleM8QgTjBaA9mfSMCxZLogapWzy373M4zkkTNr-J5dkUMXZbHzFcOhyLEEaimeL.3YKjuAetlS3KzQ3re5yyNydVmSrcU07T2IefMatN.9EwBjoSdfp0qUZT9ZEikdceGh-PrN5eZiRnbnxhaAGJdNWy8YuT1nhbdHhnszeIEGYoiOAz3w8t8JeOqP.8wcdt3n9Q18SKzea-IlLBLRzcEhoqVuUCEMQ93-aK7kTUKwGpNFs6oxf4rK2c2cqKr6NdT0mVcCzXpEYgd4j2pfz2OhgwjH.7.TeTNn-kC1tWGTwvSe04Vuj8uQ5FMrHjWbBFGHMprQcHDQ9X.R45mJyb0kvP09gLqmLT2ZBctrFe4rKz49D.bgU2rmVhxKQwKj2CvvcelO-a4qXa3zFRMnF0L.Tb2XXgfhZnLhogeg-lX38MmIJ9H8.woZJXltyMySvaJ2YVjDcbdQ3VQQRHJW1zsoJEJN7qLewjxfK3R3vVJYDnMtqbnX0dYax2JyQF6TkCgEBc.KhM4sm4rjZsdx7lu4l53pRPPb8XS149u1VRYFMhW1wn.rzgV53Dpcj0YE965xb8tPZiBI",
  },
  {
    oagVersion: "7.12.0",
    generator: "typescript",
    doc: "seeds/osparc-typescript/docs/FilesApi.md", // sha256Checksum (anyOf [pattern, null])
    pattern: "^[a-fA-F0-9]{64}$",
    want: "62ECB020842930cc01FFCCfeEe150AC32DcAEc8a83DDD7dBF7567C88195ffcea",
  },
  {
    oagVersion: "7.14.0-SNAPSHOT",
    generator: "typescript",
    doc: "openapi-generator/typescript-petstore/docs/PetApi.md", // Category.name
    pattern: "^[a-zA-Z0-9]+[a-zA-Z0-9\\.\\-_]*[a-zA-Z0-9]+$",
    want: "CbUUGjjNSwg0_bs9ZayIMrKdgNvb6gvxmPb9GcsM61ate1RA89q3w1l4eH4XxEz.5awLMdeXylwK0lMGUSM4jsrh4dstlnQUN5vVdMLPA",
  },
  {
    oagVersion: "6.6.0",
    generator: "python-prior",
    doc: "openapi-generator/python-prior-petstore/docs/docs/FakeApi.md", // pattern_without_delimiter
    pattern: "^[A-Z].*",
    want: "AUR,rZ#UM/?R,Fp^l6$ARjbhJk C>",
  },
  {
    oagVersion: "6.6.0",
    generator: "python-prior",
    doc: "openapi-generator/python-prior-petstore/docs/docs/FakeApi.md", // string
    pattern: "/[a-z]/i",
    want: "A",
  },
];

describe("exampleFromPattern: golden docs", () => {
  it.each(golden)("$oagVersion $generator $pattern", ({ oagVersion, generator, pattern, want }) => {
    expect(exampleFromPattern(pattern, { oagVersion, generator })).toBe(want);
  });

  // The docs show the raw string between double quotes, with no escaping at all (the project's copy
  // of the golden docs, fixtures/golden).
  const goldenDir = fileURLToPath(new URL("../../fixtures/golden/", import.meta.url));
  it.each(golden)("appears quoted as-is in $doc", ({ doc, want }) => {
    expect(readFileSync(goldenDir + doc, "utf8")).toContain(`"${want}"`);
  });
});

// A negative lookaround is RgxGen's NotSymbol, generated by NotMatchingGenerationVisitor (ported but
// for what needs java.util.regex: a choice nested in it, an empty not-matching alternative). MongoDB Atlas's IPv4-or-IPv6 pattern (the atlas corpus case, typescript
// 6.4.0, fixtures/conformance/atlas-typescript/docs/ProjectIPAccessListApi.md) draws the IPv6
// alternative, which has none.
const ATLAS_IP = "^((25[0-5]|(2[0-4]|1\\d|[1-9]|)\\d)(\\.(?!$)|$)){4}|([0-9a-f]{1,4}:){7}[0-9a-f]{1,4}$";
describe("exampleFromPattern: negative lookarounds (atlas corpus case)", () => {
  it("reproduces a pattern whose drawn alternative has none", () => {
    expect(exampleFromPattern(ATLAS_IP, { oagVersion: "6.4.0" })).toBe("3253:5e:3:f:cba0:9:7:1");
    const doc = fileURLToPath(new URL("../../fixtures/conformance/atlas-typescript/docs/ProjectIPAccessListApi.md", import.meta.url));
    expect(readFileSync(doc, "utf8")).toContain('ipAddress: "3253:5e:3:f:cba0:9:7:1"');
  });

  it("generates what does not match it as NotMatchingGenerationVisitor does (S3 bucket names)", () => {
    // fixtures/conformance/atlas-typescript/docs/CloudBackupsApi.md: `(?!xn--)` is four random
    // printable symbols, `(?!.*-s3alias)` draws a repeat count for `.` (which lacks no symbol, so
    // adds nothing) and eight random symbols.
    const want = "/jURrZ#UM/?Rozmetozkhdomha1bae37b8ocvx8o53ow2eg7p6qw9qklp6l4y0j";
    expect(exampleFromPattern("^((?!xn--)(?!.*-s3alias)[a-z0-9][a-z0-9-]{1,61}[a-z0-9])$", { oagVersion: "6.4.0" })).toBe(want);
    const doc = fileURLToPath(new URL("../../fixtures/conformance/atlas-typescript/docs/CloudBackupsApi.md", import.meta.url));
    expect(readFileSync(doc, "utf8")).toContain(`exportBucketId: "${want}"`);
  });

  it("draws one alternative of a lookaround that is a choice (custom role names)", () => {
    // fixtures/conformance/atlas-typescript/docs/CustomDatabaseRolesApi.md: `(?<!\\atlasAdmin|read|...)`,
    // one alternative drawn and generated not matching; java.util.regex cannot match a non-empty result.
    const pattern = String.raw`^\b(?!xgen-)([0-9A-Za-z_\-]+)\b(?<!\atlasAdmin|read|readWrite|dbAdmin|dbOwner|userAdmin|clusterAdmin|clusterManager|clusterMonitor|hostManager|backup|restore|readAnyDatabase|readWriteAnyDatabase|userAdminAnyDatabase|dbAdminAnyDatabase|root|__system)$`;
    const want = '/jUR,TMv2D2ylmgd10Z3UB6UkJSISSB512iz2DiJykO4IVP7YNsKQHh9BsaMPOiOuo3_QLOpkBmKIPOf2Flbsh1TpRS00PDvgo^z"mfqec';
    expect(exampleFromPattern(pattern, { oagVersion: "6.4.0" })).toBe(want);
    const doc = fileURLToPath(new URL("../../fixtures/conformance/atlas-typescript/docs/CustomDatabaseRolesApi.md", import.meta.url));
    expect(readFileSync(doc, "utf8")).toContain(`roleName: "${want}"`);
  });

  it("refuses what depends on java.util.regex there: a nested choice, an empty result", () => {
    expect(() => exampleFromPattern("(?!(a|b)c)d", {})).toThrow(UnsupportedPatternError);
    expect(() => exampleFromPattern("(?!.|.)d", {})).toThrow(UnsupportedPatternError);
  });
});

/** TypeScript before ffaf173db1 (#14180, 6.3.0) stripped delimiters and flags first. */
const TS_62: ExampleFromPatternOptions = { oagVersion: "6.2.1" };

describe("exampleFromPattern: behaviour checked against RgxGen on a JDK", () => {
  const rows: Array<[string, ExampleFromPatternOptions, string]> = [
    // TypeScript before 6.3.0: the delimiter regex eats the last character, whatever it is.
    [".+", TS_62, "/"],
    ["^workspace/.*", TS_62, "workspace//"],
    ["^[A-Z].*", TS_62, "Aj"],
    ['this is "something"', TS_62, 'this is "something'],
    ["^hi", TS_62, "H"], // `^h` with the "flag" `i`: case-insensitive
    ["abc/i", TS_62, "ABc"],
    ["/^image_\\d{1,3}$/i", TS_62, "IMage_88"],
    ["^([^\\s/]+/?){1,10}$", TS_62, "ZCuMd"],
    ["^\\d+\\.\\d+\\.\\d+$", TS_62, "4.072888001528021798096225500850762068629.39333975650685139102691291732729478601482026"],
    ["^[^_\\W0-9]\\w*$", TS_62, "AqXzyCBw3_uufVPIPFhB9JcGRYnua"],
    ["^#(?:[0-9a-fA-F]{3}){1,2}$", TS_62, "#2ECB02"],
    ["^[a-zA-Z\\s]*$", TS_62, "IaQn\u000bEaqioxT\toASzjxaSH"],
    // \uNNNN: RgxGen 1.4 (OAG 7.x) parses it, 1.3 (OAG 5.x) reads the letter u.
    ["\\u0041\\u00e9x", { oagVersion: "7.12.0" }, "A\u00e9x"],
    // TypeScript from 6.3.0 hands the pattern to RgxGen as it is: `\$?` may generate nothing
    // (neptis-typescript, OAG 7.11.0, fixtures/conformance: "awat5ikwowtta-3mh2lcafqw3zhes").
    ["^[a-z][-a-z0-9_]*\\$?", { oagVersion: "7.11.0" }, "awat5ikwowtta-3mh2lcafqw3zhes"],
    [".+", { oagVersion: "7.12.0" }, "j"], // as python-prior 6.6.0, which also passes it as it is
    ["\\u0041\\u00e9x", { oagVersion: "5.3.0", generator: "python-prior" }, "u0041u00e9"],
    // OAG's pom has RgxGen 1.3 up to 6.2.1 and 1.4 from 6.3.0 (bfcb3864a7, #13881).
    ["\\u0041x", { oagVersion: "6.2.1", generator: "python-prior" }, "u0041x"],
    ["\\u0041x", { oagVersion: "6.3.0", generator: "python-prior" }, "Ax"],
    ["\\u0041x", { oagVersion: "6.6.0", generator: "python-prior" }, "Ax"],
    ["\\u0041\\u00e9x", { oagVersion: "6.0.0" }, "u0041u00e9"],
    ["\\u0041\\u00e9x", { oagVersion: "6.3.0" }, "A\u00e9x"],
    // python-prior since 6.1.0 only strips `/.../` and a trailing `i`.
    ["^[A-Z].*", { oagVersion: "6.6.0", generator: "python-prior" }, "AUR,rZ#UM/?R,Fp^l6$ARjbhJk C>"],
    ["^[A-Z].*", { oagVersion: "5.3.0", generator: "python-prior" }, "Aj"],
    [".+", { oagVersion: "6.6.0", generator: "python-prior" }, "j"],
    ["^workspace/.*", { oagVersion: "6.6.0", generator: "python-prior" }, "workspace/jUR,rZ#UM/?R,Fp^l6$ARj"],
    ['this is "something"', { oagVersion: "6.6.0", generator: "python-prior" }, 'this is "something"'],
    ["[0-9a-f]{8}-[0-9a-f]{4}", { oagVersion: "6.6.0", generator: "python-prior" }, "bf325375-e030"],
    ["[\u00e0-\u00ff]{5}", { oagVersion: "6.6.0", generator: "python-prior" }, "\u00f7\u00ff\u00e6\u00e5\u00eb"],
    ["(ab|cd)\\1", { oagVersion: "6.6.0", generator: "python-prior" }, "cdcd"],
    ["a{2,}", { oagVersion: "6.6.0", generator: "python-prior" }, "a".repeat(52)],
    ["[a-z]{3}\\b", { oagVersion: "6.6.0", generator: "python-prior" }, "aei"],
    ["(?=abc)d", { oagVersion: "6.6.0", generator: "python-prior" }, "abcd"],
    ["x\\Qa.b\\Ey", { oagVersion: "6.6.0", generator: "python-prior" }, "xa.by"],
  ];
  it.each(rows)("%s %o", (pattern, options, want) => {
    expect(exampleFromPattern(pattern, options)).toBe(want);
  });

  it("OAG's python before 5.1.1 generates from the pattern as written and cuts the sample (its 5.0.0 and 5.1.0 FakeApi.md)", () => {
    for (const oagVersion of ["5.0.0", "5.1.0"]) {
      const options = { oagVersion, generator: "python-prior" } as const;
      expect(exampleFromPattern("^[A-Z].*", options)).toBe("AUR,rZ#UM/?R,Fp^l6$ARjbhJk C");
      expect(exampleFromPattern("/[a-z]/i", options)).toBe("a");
    }
    expect(exampleFromPattern("/[a-z]/i", { oagVersion: "5.1.1", generator: "python-prior" })).toBe("A");
    expect(exampleFromPattern("/[a-z]/i", { oagVersion: "5.0.0" })).toBe("A"); // typescript isolated it already
  });

  it("throws RgxGenError where RgxGen (and so OAG) fails", () => {
    // TypeScript before 6.3.0 strips the final `}`: "Unbalanced '{'" (OAG issue #10395).
    expect(() => exampleFromPattern("[0-9a-f]{8}-[0-9a-f]{4}", TS_62)).toThrow(RgxGenError);
    for (const pattern of ["(ab|cd)\\1", "[a]", "a{2,}", "[a-z]{3}\\b", "a$bc", "(?<n>x)", "[z-a]x", "[]x"]) {
      expect(() => exampleFromPattern(pattern, TS_62), pattern).toThrow(RgxGenError);
    }
  });

  it("refuses what it cannot reproduce with UnsupportedPatternError", () => {
    for (const [pattern, options] of [
      ["(?!(a|b)c)d", {}],
      ["/\u00e9/i", TS_62],
      ["  ", {}],
    ] as Array<[string, ExampleFromPatternOptions]>) {
      let error: unknown;
      try {
        exampleFromPattern(pattern, options);
      } catch (e) {
        error = e;
      }
      expect(error, pattern).toBeInstanceOf(UnsupportedPatternError);
      expect(error, pattern).not.toBeInstanceOf(RgxGenError);
    }
  });
});

describe("isolatePattern (OAG's delimiter and flag extraction)", () => {
  it.each([
    ["^[a-fA-F0-9]{64}$", TS_62, "^[a-fA-F0-9]{64}", false],
    ["/[a-z]/i", TS_62, "[a-z]", true],
    ["/[a-z]/", TS_62, "[a-z]", false],
    ["^hi", TS_62, "^h", true],
    ["/", TS_62, "/", false],
    ["a\nb", TS_62, "a\nb", false],
    // TypeScript from 6.3.0 (ffaf173db1): the pattern as it is
    ["/[a-z]/i", {}, "/[a-z]/i", false],
    ["^[a-fA-F0-9]{64}$", { oagVersion: "6.3.0" }, "^[a-fA-F0-9]{64}$", false],
    ["^[A-Z].*", { oagVersion: "6.6.0", generator: "python-prior" }, "^[A-Z].*", false],
    ["/^image_\\d{1,3}$/i", { oagVersion: "6.6.0", generator: "python-prior" }, "^image_\\d{1,3}$", true],
    ["^[A-Z].*", { oagVersion: "6.0.1", generator: "python-prior" }, "^[A-Z].", false],
  ] as Array<[string, ExampleFromPatternOptions, string, boolean]>)("%s %o", (pattern, options, isolated, caseInsensitive) => {
    expect(isolatePattern(pattern, options)).toEqual({ isolated, caseInsensitive });
  });
});

describe("JavaRandom (java.util.Random)", () => {
  it("matches new Random(42)", () => {
    const r = new JavaRandom(42);
    expect([r.nextInt(), r.nextInt()]).toEqual([-1170105035, 234785527]);
    const bounds = [10, 16, 1, 2, 100, 1 << 30, 0x7fffffff, 3, 1000000007, 95, 101];
    expect(bounds.map((b) => r.nextInt(b))).toEqual([8, 0, 0, 1, 5, 759898459, 1429255519, 2, 939977175, 52, 35]);
    expect(r.nextBoolean()).toBe(false);
    expect(r.nextLong()).toBe(5086654115216342560n);
    expect(r.nextDouble()).toBe(0.46365357580915334);
    expect(r.nextFloat()).toBe(Math.fround(0.78290176));
    const bytes = new Uint8Array(7);
    r.nextBytes(bytes);
    expect([...bytes]).toEqual([227, 161, 136, 255, 241, 16, 89]);
  });

  it("matches new Random(18), OAG's seed", () => {
    const r = new JavaRandom(18);
    expect([r.nextInt(), r.nextInt()]).toEqual([-1148559096, -47841287]);
    const s = new JavaRandom(18);
    expect(Array.from({ length: 20 }, () => s.nextInt(101))).toEqual([
      22, 28, 66, 32, 26, 76, 23, 90, 100, 100, 35, 25, 0, 22, 88, 67, 96, 51, 62, 21,
    ]);
  });

  it("matches nextInt(10) sequences and seed scrambling", () => {
    const r = new JavaRandom(42);
    expect(Array.from({ length: 10 }, () => r.nextInt(10))).toEqual([0, 3, 8, 4, 0, 5, 5, 8, 9, 3]);
    expect(new JavaRandom(-1).nextInt()).toBe(1155099827);
    expect(new JavaRandom(0).nextInt()).toBe(-1155484576);
    // Only the low 48 bits of the seed count: Long.MIN_VALUE behaves like 0.
    expect(new JavaRandom(-9223372036854775808n).nextLong()).toBe(new JavaRandom(0).nextLong());
    expect(new JavaRandom(123456789012345n).nextInt()).toBe(-1421006947);
  });

  it("takes the rejection loop exactly like Java, and fast", () => {
    const r = new JavaRandom(7);
    let sum = 0;
    for (let i = 0; i < 1_000_000; i++) sum += r.nextInt(1000000007);
    expect(sum).toBe(500081200590551);
  });

  it("rejects non-positive bounds like Java", () => {
    expect(() => new JavaRandom(1).nextInt(0)).toThrow(RangeError);
  });
});
