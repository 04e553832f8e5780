package io.procurewire.cxml.model;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/** Element text is trimmed on read: pretty-printed documents wrap identities and part numbers in whitespace. */
public class TrimmedStringAdapter extends XmlAdapter<String, String> {

    @Override
    public String unmarshal(String value) {
        return value == null ? null : value.trim();
    }

    @Override
    public String marshal(String value) {
        return value;
    }
}
