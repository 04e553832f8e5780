package io.procurewire.sandbox.buyer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A buyer organisation (the Coupa customer), with the bill-to address its POs carry. */
@Entity
@Table(name = "organisations")
public class Organisation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    @Column(name = "bill_to_name")
    public String billToName;
    @Column(name = "bill_to_street")
    public String billToStreet;
    @Column(name = "bill_to_city")
    public String billToCity;
    @Column(name = "bill_to_postal")
    public String billToPostal;
    @Column(name = "bill_to_country")
    public String billToCountry;
}
