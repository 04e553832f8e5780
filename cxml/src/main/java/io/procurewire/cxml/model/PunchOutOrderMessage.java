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

/** The cart returned to the buyer: BuyerCookie, header, ItemIn*. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PunchOutOrderMessage", propOrder = {"buyerCookie", "header", "items"})
public class PunchOutOrderMessage {

    @XmlElement(name = "BuyerCookie")
    private BuyerCookie buyerCookie;

    @XmlElement(name = "PunchOutOrderMessageHeader")
    private PunchOutOrderMessageHeader header;

    @XmlElement(name = "ItemIn")
    private List<ItemIn> items;

    public PunchOutOrderMessage() {
    }

    public PunchOutOrderMessageHeader getHeader() {
        return header;
    }

    public void setHeader(PunchOutOrderMessageHeader header) {
        this.header = header;
    }

    public PunchOutOrderMessage withHeader(PunchOutOrderMessageHeader header) {
        this.header = header;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<ItemIn> getItems() {
        if (items == null) {
            items = new ArrayList<>();
        }
        return items;
    }

    public void setItems(List<ItemIn> items) {
        this.items = items == null ? null : new ArrayList<>(items);
    }

    public PunchOutOrderMessage addItems(ItemIn... values) {
        getItems().addAll(Arrays.asList(values));
        return this;
    }

    /** The BuyerCookie as a string (opaque; markup inside it is returned as serialized XML), or null. */
    public String getBuyerCookie() {
        return buyerCookie == null ? null : buyerCookie.text();
    }

    /** Sets the BuyerCookie from a string; a string that is well-formed markup is written back as markup. */
    public void setBuyerCookie(String cookie) {
        this.buyerCookie = cookie == null ? null : BuyerCookie.of(cookie);
    }

    public PunchOutOrderMessage withBuyerCookie(String cookie) {
        setBuyerCookie(cookie);
        return this;
    }

    /** The BuyerCookie content exactly as read (text and elements), for echoing it back unchanged. */
    public BuyerCookie getBuyerCookieContent() {
        return buyerCookie;
    }

    public void setBuyerCookieContent(BuyerCookie content) {
        this.buyerCookie = content;
    }

}
