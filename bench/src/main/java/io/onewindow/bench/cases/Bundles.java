package io.onewindow.bench.cases;

import io.onewindow.bench.platform.PlatformUnderTest;
import io.onewindow.catalogue.internal.CatalogueTransfer;
import io.onewindow.catalogue.internal.EditorScope;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bundle the clients apply for. The target names a bundle of three items; the demo city's bundles have four,
 * 开办餐饮店 among them (sole trader registration, food business licence, public place hygiene licence, outdoor shop
 * sign). Three items is 开办餐饮店 for a restaurant that puts up no outdoor sign: the same bundle without the sign's
 * item and its questions, published through the catalogue's own import, as the data bureau would publish it.
 */
final class Bundles {

    static final String RESTAURANT = "370200-YJS-0001";
    static final String SIGN_ITEM = "370200-XZSP-XK-0003";
    static final String RESTAURANT_WITHOUT_SIGN = "370200-YJS-0901";
    private static final String WITHOUT_SIGN_ZH = "开办餐饮店（不设户外招牌）";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SHARED_ANSWERS = """
            "shopName": "海边饺子", "businessAddress": "青岛市市南区香港中路28号", "businessScope": "餐饮服务", "floorArea": 75""";

    /**
     * A bundle to apply for: its code and name, how many items (and so cases) it has, and an application for it:
     * the answers as the plain JDBC baseline stores them, and the API's request body.
     */
    record Bundle(String code, String name, int items, String answers) {

        String body() {
            return "{\"code\": \"" + code + "\", \"answers\": " + answers + "}";
        }
    }

    private Bundles() {
    }

    /** The bundle of {@code items} items (3 or 4), published first when it is not the demo city's own. */
    static Bundle of(PlatformUnderTest platform, int items) {
        return switch (items) {
            case 4 -> new Bundle(RESTAURANT, "开办餐饮店", 4, "{" + SHARED_ANSWERS + ", \"signText\": \"海边饺子\", \"signSize\": \"3米×1米\"}");
            case 3 -> {
                CatalogueTransfer catalogue = platform.bean(CatalogueTransfer.class);
                catalogue.importDocument(withoutSign(catalogue.export()), true, EditorScope.EVERY_DEPARTMENT);
                yield new Bundle(RESTAURANT_WITHOUT_SIGN, WITHOUT_SIGN_ZH, 3, "{" + SHARED_ANSWERS + "}");
            }
            default -> throw new IllegalArgumentException("a bundle of 3 or 4 items, not " + items);
        };
    }

    /** A catalogue document holding only 开办餐饮店 without the sign: its item left out of the members and the questions. */
    static String withoutSign(String exported) {
        JsonNode catalogue = JSON.readTree(exported);
        ObjectNode bundle = null;
        for (JsonNode candidate : catalogue.get("bundles")) {
            if (RESTAURANT.equals(candidate.get("code").asString())) {
                bundle = ((ObjectNode) candidate).deepCopy();
            }
        }
        if (bundle == null) {
            throw new IllegalStateException(RESTAURANT + " is not in the catalogue");
        }
        bundle.put("code", RESTAURANT_WITHOUT_SIGN);
        bundle.putObject("name").put("zh", WITHOUT_SIGN_ZH).put("en", "Opening a restaurant without an outdoor sign");
        bundle.putArray("keywords");
        removeWhere((ArrayNode) bundle.get("members"), member -> SIGN_ITEM.equals(member.get("itemCode").asString()));
        for (JsonNode question : bundle.get("sharedQuestions")) {
            removeWhere((ArrayNode) question.get("fields"), field -> SIGN_ITEM.equals(field.get("itemCode").asString()));
        }
        removeWhere((ArrayNode) bundle.get("sharedQuestions"), question -> question.get("fields").isEmpty());
        ObjectNode document = JSON.createObjectNode();
        document.put("format", catalogue.get("format").asString());
        document.putArray("items");
        document.putArray("bundles").add(bundle);
        return JSON.writeValueAsString(document);
    }

    private static void removeWhere(ArrayNode array, Predicate<JsonNode> unwanted) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (unwanted.test(array.get(i))) {
                array.remove(i);
            }
        }
    }
}
