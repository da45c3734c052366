package io.gongxin.creditfile;

/**
 * One field of a credit-file item, labelled with the catalog's Chinese field name; code
 * values are shown by their labels.
 *
 * @param personal whether the catalog marks the field as a natural person's personal data
 * (never shown to the public)
 */
public record ItemField(String code, String name, String value, boolean personal) {

}
