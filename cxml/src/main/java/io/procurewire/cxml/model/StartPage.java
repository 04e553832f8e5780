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

/** Where the buyer's browser starts shopping. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "StartPage", propOrder = {})
public class StartPage extends UrlHolder {

    public StartPage() {
    }

    public StartPage(String url) {
        setUrl(url);
    }

}
