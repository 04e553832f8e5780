package io.procurewire.cxml.model;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.annotation.XmlElementDecl;
import jakarta.xml.bind.annotation.XmlRegistry;
import javax.xml.namespace.QName;

/** JAXB registry for the one element used by reference: Description/ShortName. */
@XmlRegistry
public class ObjectFactory {

    static final QName SHORT_NAME = new QName("", "ShortName");

    public ObjectFactory() {
    }

    @XmlElementDecl(name = "ShortName")
    public JAXBElement<String> createShortName(String value) {
        return shortName(value);
    }

    static JAXBElement<String> shortName(String value) {
        return new JAXBElement<>(SHORT_NAME, String.class, value);
    }
}
