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

/** Advance ship notice (Fulfill.dtd). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ShipNoticeRequest", propOrder = {"header", "shipControls", "portions"})
public class ShipNoticeRequest {

    @XmlElement(name = "ShipNoticeHeader")
    private ShipNoticeHeader header;

    @XmlElement(name = "ShipControl")
    private List<ShipControl> shipControls;

    @XmlElement(name = "ShipNoticePortion")
    private List<ShipNoticePortion> portions;

    public ShipNoticeRequest() {
    }

    public ShipNoticeHeader getHeader() {
        return header;
    }

    public void setHeader(ShipNoticeHeader header) {
        this.header = header;
    }

    public ShipNoticeRequest withHeader(ShipNoticeHeader header) {
        this.header = header;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<ShipControl> getShipControls() {
        if (shipControls == null) {
            shipControls = new ArrayList<>();
        }
        return shipControls;
    }

    public void setShipControls(List<ShipControl> shipControls) {
        this.shipControls = shipControls == null ? null : new ArrayList<>(shipControls);
    }

    public ShipNoticeRequest addShipControls(ShipControl... values) {
        getShipControls().addAll(Arrays.asList(values));
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<ShipNoticePortion> getPortions() {
        if (portions == null) {
            portions = new ArrayList<>();
        }
        return portions;
    }

    public void setPortions(List<ShipNoticePortion> portions) {
        this.portions = portions == null ? null : new ArrayList<>(portions);
    }

    public ShipNoticeRequest addPortions(ShipNoticePortion... values) {
        getPortions().addAll(Arrays.asList(values));
        return this;
    }

}
