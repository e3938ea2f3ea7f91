// @vitest-environment node
/** Vocabularies by their stable enum values, the sample's Chinese names and the seeder's role labels, in each language. */
import { afterEach, describe, expect, it } from "vitest";
import { ATTESTATION_KINDS, ENTITY_STATUSES, ENTITY_TYPES, FIELDS, PROJECT_STATUSES, ZONE_STATUSES } from "@pilot/sdk/domain";
import sampleText from "../../../data/sample-programme.json?raw";
import i18n from "./index";
import { entityName, entityTypeLabel, fieldLabel, kindLabel, regionName, roleLabel, statusLabel, verdictText, zoneName } from "./labels";

interface Sample {
  readonly zones: readonly { readonly name: string; readonly region: string }[];
  readonly entities: readonly { readonly name: string; readonly fictional: boolean }[];
}
const sample = JSON.parse(sampleText) as Sample;

afterEach(async () => {
  await i18n.changeLanguage("en");
});

describe("labels in the active language", () => {
  it("English shows the data's own words", () => {
    expect(statusLabel("Active")).toBe("Active");
    expect(kindLabel("Expert opinion")).toBe("Expert opinion");
    expect(entityTypeLabel("Government body")).toBe("Government body");
    expect(fieldLabel("Trials (courts)")).toBe("Trials (courts)");
    expect(zoneName("Chengdu")).toBe("Chengdu");
    expect(roleLabel("Signer: Haier (2nd key)")).toBe("Signer: Haier (2nd key)");
    expect(verdictText({ count: 3, valid: 2, revoked: 1, status: "valid" })).toBe("2 valid attestations, 1 revoked (3 in all).");
  });

  it("Chinese: every vocabulary value, the sample's zones, regions and named participants; fictional names stay", async () => {
    await i18n.changeLanguage("zh-CN");
    const cjk = /[\u4e00-\u9fff]/;
    for (const s of [...ZONE_STATUSES, ...ENTITY_STATUSES, ...PROJECT_STATUSES]) expect(statusLabel(s), s).toMatch(cjk);
    for (const k of ATTESTATION_KINDS) expect(kindLabel(k), k).toMatch(cjk);
    for (const ty of ENTITY_TYPES) expect(entityTypeLabel(ty), ty).toMatch(cjk);
    for (const f of FIELDS) expect(fieldLabel(f.label), f.label).toMatch(cjk);
    expect(kindLabel(0)).toBe("进展报告");
    expect(fieldLabel(10)).toBe("人力资源和社会保障");
    for (const z of sample.zones) {
      expect(zoneName(z.name), z.name).toMatch(cjk);
      expect(regionName(z.region), z.region).toMatch(cjk);
    }
    expect(zoneName("Beijing (Haidian)")).toBe("北京（海淀区）");
    for (const e of sample.entities.filter((x) => !x.fictional)) expect(entityName(e.name), e.name).toMatch(cjk);
    const fictional = sample.entities.find((x) => x.fictional)?.name ?? "";
    expect(fictional).toMatch(/^Fictional /);
    expect(entityName(fictional)).toBe(fictional);
    expect(zoneName("Zone #9")).toBe("试点区 #9");
    expect(roleLabel("Signer: Haier (2nd key)")).toBe("签名人：海尔（第二把密钥）");
    expect(roleLabel("Regulator: Health, Education")).toBe("监管部门：卫生健康、教育");
    expect(roleLabel("Zone admin: Chengdu")).toBe("试点区管理员：成都");
    expect(roleLabel("Programme office")).toBe("试点工作办公室");
    expect(roleLabel("Something else")).toBe("Something else");
  });
});
