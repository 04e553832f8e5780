package io.procurewire.cxml.model;

import io.procurewire.cxml.CxmlReadException;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/** Line numbers, codes, days: a value that is not an integer fails the read with a clear message. */
public class IntegerAdapter extends XmlAdapter<String, Integer> {

    @Override
    public Integer unmarshal(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(trimmed);
        } catch (NumberFormatException e) {
            throw new CxmlReadException(400, "invalid integer '" + trimmed + "'");
        }
    }

    @Override
    public String marshal(Integer value) {
        return value == null ? null : value.toString();
    }
}
