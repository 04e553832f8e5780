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

/** International telephone number. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "TelephoneNumber", propOrder = {"countryCode", "areaOrCityCode", "number", "extension"})
public class TelephoneNumber {

    @XmlElement(name = "CountryCode")
    private CountryCode countryCode;

    @XmlElement(name = "AreaOrCityCode")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String areaOrCityCode;

    @XmlElement(name = "Number")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String number;

    @XmlElement(name = "Extension")
    @XmlJavaTypeAdapter(TrimmedStringAdapter.class)
    private String extension;

    public TelephoneNumber() {
    }

    public CountryCode getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(CountryCode countryCode) {
        this.countryCode = countryCode;
    }

    public TelephoneNumber withCountryCode(CountryCode countryCode) {
        this.countryCode = countryCode;
        return this;
    }

    public String getAreaOrCityCode() {
        return areaOrCityCode;
    }

    public void setAreaOrCityCode(String areaOrCityCode) {
        this.areaOrCityCode = areaOrCityCode;
    }

    public TelephoneNumber withAreaOrCityCode(String areaOrCityCode) {
        this.areaOrCityCode = areaOrCityCode;
        return this;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public TelephoneNumber withNumber(String number) {
        this.number = number;
        return this;
    }

    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = extension;
    }

    public TelephoneNumber withExtension(String extension) {
        this.extension = extension;
        return this;
    }

}
