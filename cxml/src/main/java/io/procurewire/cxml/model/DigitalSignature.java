package io.procurewire.cxml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import java.util.Objects;

/**
 * A Credential's digital signature (content ANY, by default a Base64 "PK7 self-contained" signature): kept as read so
 * callers can verify it; this library does not verify signatures.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "DigitalSignature")
public class DigitalSignature extends MixedContent {

    @XmlAttribute(name = "type")
    private String type;

    @XmlAttribute(name = "encoding")
    private String encoding;

    public DigitalSignature() {
    }

    public DigitalSignature(String type, String encoding, String value) {
        this.type = type;
        this.encoding = encoding;
        setText(value);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(String encoding) {
        this.encoding = encoding;
    }

    /** The signature content as one trimmed string. */
    public String getValue() {
        return text();
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && Objects.equals(type, ((DigitalSignature) other).type)
                && Objects.equals(encoding, ((DigitalSignature) other).encoding);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), type, encoding);
    }
}
