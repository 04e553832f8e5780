package io.procurewire.cxml.model;

import io.procurewire.cxml.CxmlDates;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.OffsetDateTime;

/** Lenient on read (see {@link CxmlDates#parse}), always with an offset on write. */
public class DateTimeAdapter extends XmlAdapter<String, OffsetDateTime> {

    @Override
    public OffsetDateTime unmarshal(String value) {
        return value == null ? null : CxmlDates.parse(value);
    }

    @Override
    public String marshal(OffsetDateTime value) {
        return value == null ? null : CxmlDates.format(value);
    }
}
