package io.procurewire.catalog.importing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An applied import, for the record (dry runs leave none). */
@Entity
@Table(name = "catalog_import")
public class CatalogImport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String format;
    public String mode;
    @Column(name = "file_name")
    public String fileName;
    public int added;
    public int changed;
    public int removed;
    public int unchanged;
    @Column(name = "applied_at")
    public Instant appliedAt;
}
