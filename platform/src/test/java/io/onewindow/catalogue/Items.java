package io.onewindow.catalogue;

import io.onewindow.catalogue.internal.ItemContent;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Realistic items for the tests: a passport application as the public security bureau publishes it. */
public final class Items {

    private Items() {
    }

    public static ItemContent passport(String code) {
        Map<String, Object> schema = Map.of("$schema", ServiceForm.DIALECT, "type", "object",
                "properties", Map.of(
                        "applicantName", Map.of("type", "string", "minLength", 2, "maxLength", 30),
                        "phone", Map.of("type", "string", "pattern", "^1[3-9][0-9]{9}$"),
                        "destination", Map.of("type", "string", "maxLength", 50)),
                "required", List.of("applicantName", "phone"), "additionalProperties", false);
        List<FormPage> pages = List.of(
                new FormPage(List.of(new FormQuestion("applicantName", new Text("申请人姓名", "Applicant's name"), null, "person.name", null))),
                new FormPage(List.of(new FormQuestion("phone", new Text("联系电话", "Contact phone"), null, "person.phone", null))),
                new FormPage(List.of(new FormQuestion("destination", new Text("前往国家或地区", "Destination"), null, null, null))));
        return new ItemContent(code, new Text("普通护照签发（测试）", "Passport (test)"), new Text("出国旅行申请普通护照。", "A passport for travel."),
                "qd-ga", ItemType.ADMINISTRATIVE_LICENCE, List.of(new LegalBasis("《中华人民共和国护照法》", "第六条")),
                new Text("中国公民。", "Chinese citizens."), new Text("不属于不予签发的情形。", "No grounds for refusal."), 15, 7, 12000L,
                new Text("护照费120元", "Passport fee 120 yuan"), 1, Set.of(Audience.PERSON), Set.of(Channel.COUNTER), Set.of(LifeEvent.TRAVEL),
                Set.of(), Outcome.decision(new Text("普通护照", "Passport")),
                List.of(new Material("id-card", new Text("居民身份证", "Identity card"), MaterialForm.ORIGINAL, 1, true, null, "POPULATION", null)),
                new ServiceForm(schema, pages), List.of("测试护照"));
    }

    public static ItemContent withFee(ItemContent i, long fen) {
        return new ItemContent(i.code(), i.name(), i.summary(), i.departmentCode(), i.type(), i.legalBasis(), i.whoMayApply(), i.conditions(),
                i.statutoryDays(), i.promisedDays(), fen, i.feeNote(), i.trips(), i.audiences(), i.channels(), i.lifeEvents(),
                i.businessEvents(), i.outcome(), i.materials(), i.form(), i.keywords());
    }

    static ItemContent withForm(ItemContent i, ServiceForm form) {
        return new ItemContent(i.code(), i.name(), i.summary(), i.departmentCode(), i.type(), i.legalBasis(), i.whoMayApply(), i.conditions(),
                i.statutoryDays(), i.promisedDays(), i.feeFen(), i.feeNote(), i.trips(), i.audiences(), i.channels(), i.lifeEvents(),
                i.businessEvents(), i.outcome(), i.materials(), form, i.keywords());
    }

    static ItemContent withDays(ItemContent i, int statutory, int promised) {
        return new ItemContent(i.code(), i.name(), i.summary(), i.departmentCode(), i.type(), i.legalBasis(), i.whoMayApply(), i.conditions(),
                statutory, promised, i.feeFen(), i.feeNote(), i.trips(), i.audiences(), i.channels(), i.lifeEvents(),
                i.businessEvents(), i.outcome(), i.materials(), i.form(), i.keywords());
    }
}
