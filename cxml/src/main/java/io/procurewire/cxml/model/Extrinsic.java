package io.procurewire.cxml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A named extension value (content ANY: text, or markup kept as read). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Extrinsic")
public class Extrinsic extends MixedContent {

    @XmlAttribute(name = "name", required = true)
    private String name;

    public Extrinsic() {
    }

    public Extrinsic(String name, String value) {
        this.name = name;
        setText(value);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The value as a trimmed string (markup serialized). */
    public String getValue() {
        return text();
    }

    public void setValue(String value) {
        setText(value);
    }

    /** Value of the first Extrinsic with this name (case-insensitive, trimmed), if any and not blank. */
    public static Optional<String> find(List<Extrinsic> extrinsics, String name) {
        if (extrinsics == null || name == null) {
            return Optional.empty();
        }
        return extrinsics.stream()
                .filter(e -> e.getName() != null && e.getName().trim().equalsIgnoreCase(name.trim()))
                .map(Extrinsic::getValue)
                .filter(v -> !v.isEmpty())
                .findFirst();
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && Objects.equals(name, ((Extrinsic) other).name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), name);
    }

    @Override
    public String toString() {
        return "Extrinsic[" + name + "=" + getValue() + "]";
    }
}
