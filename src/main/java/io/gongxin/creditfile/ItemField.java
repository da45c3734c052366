package io.gongxin.creditfile;

/** One field of a credit-file item, labelled with the catalog's Chinese field name. */
public record ItemField(String code, String name, String value) {

}
