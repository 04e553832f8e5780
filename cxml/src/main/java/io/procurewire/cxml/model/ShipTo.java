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

/** Ship-to address. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ShipTo", propOrder = {"address", "carrierIdentifiers", "transportInformation"})
public class ShipTo {

    @XmlElement(name = "Address")
    private Address address;

    @XmlElement(name = "CarrierIdentifier")
    private List<CarrierIdentifier> carrierIdentifiers;

    @XmlElement(name = "TransportInformation")
    private List<TransportInformation> transportInformation;

    public ShipTo() {
    }

    public ShipTo(Address address) {
        this.address = address;
    }

    public Address getAddress() {
        return address;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    public ShipTo withAddress(Address address) {
        this.address = address;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<CarrierIdentifier> getCarrierIdentifiers() {
        if (carrierIdentifiers == null) {
            carrierIdentifiers = new ArrayList<>();
        }
        return carrierIdentifiers;
    }

    public void setCarrierIdentifiers(List<CarrierIdentifier> carrierIdentifiers) {
        this.carrierIdentifiers = carrierIdentifiers == null ? null : new ArrayList<>(carrierIdentifiers);
    }

    public ShipTo addCarrierIdentifiers(CarrierIdentifier... values) {
        getCarrierIdentifiers().addAll(Arrays.asList(values));
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<TransportInformation> getTransportInformation() {
        if (transportInformation == null) {
            transportInformation = new ArrayList<>();
        }
        return transportInformation;
    }

    public void setTransportInformation(List<TransportInformation> transportInformation) {
        this.transportInformation = transportInformation == null ? null : new ArrayList<>(transportInformation);
    }

    public ShipTo addTransportInformation(TransportInformation... values) {
        getTransportInformation().addAll(Arrays.asList(values));
        return this;
    }
}
