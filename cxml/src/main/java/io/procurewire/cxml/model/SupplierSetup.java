package io.procurewire.cxml.model;

import jakarta.xml.bind.annotation.*;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;

/** Supplier setup URL. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SupplierSetup", propOrder = {})
public class SupplierSetup extends UrlHolder {

    public SupplierSetup() {
    }

    public SupplierSetup(String url) {
        setUrl(url);
    }

}
