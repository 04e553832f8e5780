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

/** Supplier answers the start page URL. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PunchOutSetupResponse", propOrder = {"startPage"})
public class PunchOutSetupResponse {

    @XmlElement(name = "StartPage")
    private StartPage startPage;

    public PunchOutSetupResponse() {
    }

    public PunchOutSetupResponse(String startPageUrl) {
        this.startPage = new StartPage(startPageUrl);
    }

    public StartPage getStartPage() {
        return startPage;
    }

    public void setStartPage(StartPage startPage) {
        this.startPage = startPage;
    }

    public PunchOutSetupResponse withStartPage(StartPage startPage) {
        this.startPage = startPage;
        return this;
    }

    /** The StartPage URL, if present. */
    public Optional<String> startPageUrl() {
        return startPage == null ? Optional.empty() : Optional.ofNullable(startPage.getUrl());
    }

}
