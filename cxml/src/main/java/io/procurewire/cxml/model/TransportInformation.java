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

/** Transport of a shipment: route, shipping contract number, shipping instructions. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "TransportInformation", propOrder = {"route", "shippingContractNumber", "shippingInstructions"})
public class TransportInformation {

    @XmlElement(name = "Route")
    private Route route;

    @XmlElement(name = "ShippingContractNumber")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String shippingContractNumber;

    @XmlElement(name = "ShippingInstructions")
    private ShippingInstructions shippingInstructions;

    public TransportInformation() {
    }

    public Route getRoute() {
        return route;
    }

    public void setRoute(Route route) {
        this.route = route;
    }

    public TransportInformation withRoute(Route route) {
        this.route = route;
        return this;
    }

    public String getShippingContractNumber() {
        return shippingContractNumber;
    }

    public void setShippingContractNumber(String shippingContractNumber) {
        this.shippingContractNumber = shippingContractNumber;
    }

    public TransportInformation withShippingContractNumber(String shippingContractNumber) {
        this.shippingContractNumber = shippingContractNumber;
        return this;
    }

    public ShippingInstructions getShippingInstructions() {
        return shippingInstructions;
    }

    public void setShippingInstructions(ShippingInstructions shippingInstructions) {
        this.shippingInstructions = shippingInstructions;
    }

    public TransportInformation withShippingInstructions(ShippingInstructions shippingInstructions) {
        this.shippingInstructions = shippingInstructions;
        return this;
    }
}
