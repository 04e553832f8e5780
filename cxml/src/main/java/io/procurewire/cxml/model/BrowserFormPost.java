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

/** Where the buyer's browser posts the cart back. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "BrowserFormPost", propOrder = {})
public class BrowserFormPost extends UrlHolder {

    public BrowserFormPost() {
    }

    public BrowserFormPost(String url) {
        setUrl(url);
    }

}
