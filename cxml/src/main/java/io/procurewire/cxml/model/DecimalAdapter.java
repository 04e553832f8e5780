package io.procurewire.cxml.model;

import io.procurewire.cxml.CxmlReadException;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.math.BigDecimal;

/** Amounts and quantities as BigDecimal; a value that is not a number fails the read with a clear message. */
public class DecimalAdapter extends XmlAdapter<String, BigDecimal> {

    @Override
    public BigDecimal unmarshal(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw new CxmlReadException(400, "invalid number '" + trimmed + "'");
        }
    }

    @Override
    public String marshal(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
