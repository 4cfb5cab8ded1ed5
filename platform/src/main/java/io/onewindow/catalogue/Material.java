package io.onewindow.catalogue;

/**
 * A material an applicant hands in (申请材料). {@code key} is stable across versions, so a case can say which
 * material a file is. The seam the e-licence and data-exchange modules fill: when
 * {@code satisfiedByLicenceType} names a licence type (e.g. {@code BUSINESS_LICENCE}) a licence of that type
 * held by the applicant replaces the material; when {@code satisfiedByData} names a data resource (e.g.
 * {@code POPULATION}) the department reads it from shared data instead. Either may be null.
 */
public record Material(String key, Text name, MaterialForm form, int count, boolean required,
                       String satisfiedByLicenceType, String satisfiedByData, Text note) {

    /** Whether the applicant may be spared bringing it, because a licence or shared data can stand for it. */
    public boolean canBeSpared() {
        return satisfiedByLicenceType != null || satisfiedByData != null;
    }
}
