package io.onewindow.catalogue.web;

/**
 * The form a new item starts with: the three questions nearly every citizen's application asks, prefilled
 * from identity, for the editor to add the item's own questions to.
 */
final class FormTemplate {

    static final String PERSON = """
            {
              "schema": {
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "type": "object",
                "properties": {
                  "applicantName": {"type": "string", "minLength": 2, "maxLength": 30},
                  "citizenId": {"type": "string", "pattern": "^[0-9]{17}[0-9X]$"},
                  "phone": {"type": "string", "pattern": "^1[3-9][0-9]{9}$"}
                },
                "required": ["applicantName", "citizenId", "phone"],
                "additionalProperties": false
              },
              "pages": [
                {"questions": [{"field": "applicantName", "label": {"zh": "申请人姓名", "en": "Applicant's name"}, "prefill": "person.name"}]},
                {"questions": [{"field": "citizenId", "label": {"zh": "申请人公民身份号码", "en": "Applicant's citizen ID number"}, "prefill": "person.citizenId"}]},
                {"questions": [{"field": "phone", "label": {"zh": "联系电话", "en": "Contact phone"}, "prefill": "person.phone"}]}
              ]
            }""";

    private FormTemplate() {
    }
}
