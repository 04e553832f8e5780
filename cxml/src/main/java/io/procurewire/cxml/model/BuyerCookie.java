package io.procurewire.cxml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** The buyer's opaque session cookie (content ANY); echo it back unchanged in the PunchOutOrderMessage. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "BuyerCookie")
public class BuyerCookie extends MixedContent {

    public BuyerCookie() {
    }

    public static BuyerCookie of(String value) {
        BuyerCookie cookie = new BuyerCookie();
        cookie.setText(value);
        return cookie;
    }
}
