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

/** The item a buyer selected for a level-2 punchout. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "SelectedItem", propOrder = {"itemId"})
public class SelectedItem {

    @XmlElement(name = "ItemID")
    private ItemID itemId;

    public SelectedItem() {
    }

    public ItemID getItemId() {
        return itemId;
    }

    public void setItemId(ItemID itemId) {
        this.itemId = itemId;
    }

    public SelectedItem withItemId(ItemID itemId) {
        this.itemId = itemId;
        return this;
    }

}
