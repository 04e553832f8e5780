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

/** Buyer asks to start a punchout session (operation create|edit|inspect|source). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "PunchOutSetupRequest", propOrder = {"buyerCookie", "extrinsics", "browserFormPost", "contacts", "supplierSetup", "shipTo", "selectedItem", "itemOuts"})
public class PunchOutSetupRequest {

    @XmlAttribute(name = "operation", required = true)
    private String operation;

    @XmlElement(name = "BuyerCookie")
    private BuyerCookie buyerCookie;

    @XmlElement(name = "Extrinsic")
    private List<Extrinsic> extrinsics;

    @XmlElement(name = "BrowserFormPost")
    private BrowserFormPost browserFormPost;

    @XmlElement(name = "Contact")
    private List<Contact> contacts;

    @XmlElement(name = "SupplierSetup")
    private SupplierSetup supplierSetup;

    @XmlElement(name = "ShipTo")
    private ShipTo shipTo;

    @XmlElement(name = "SelectedItem")
    private SelectedItem selectedItem;

    @XmlElement(name = "ItemOut")
    private List<ItemOut> itemOuts;

    public PunchOutSetupRequest() {
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public PunchOutSetupRequest withOperation(String operation) {
        this.operation = operation;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Extrinsic> getExtrinsics() {
        if (extrinsics == null) {
            extrinsics = new ArrayList<>();
        }
        return extrinsics;
    }

    public void setExtrinsics(List<Extrinsic> extrinsics) {
        this.extrinsics = extrinsics == null ? null : new ArrayList<>(extrinsics);
    }

    public PunchOutSetupRequest addExtrinsics(Extrinsic... values) {
        getExtrinsics().addAll(Arrays.asList(values));
        return this;
    }

    public BrowserFormPost getBrowserFormPost() {
        return browserFormPost;
    }

    public void setBrowserFormPost(BrowserFormPost browserFormPost) {
        this.browserFormPost = browserFormPost;
    }

    public PunchOutSetupRequest withBrowserFormPost(BrowserFormPost browserFormPost) {
        this.browserFormPost = browserFormPost;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<Contact> getContacts() {
        if (contacts == null) {
            contacts = new ArrayList<>();
        }
        return contacts;
    }

    public void setContacts(List<Contact> contacts) {
        this.contacts = contacts == null ? null : new ArrayList<>(contacts);
    }

    public PunchOutSetupRequest addContacts(Contact... values) {
        getContacts().addAll(Arrays.asList(values));
        return this;
    }

    public SupplierSetup getSupplierSetup() {
        return supplierSetup;
    }

    public void setSupplierSetup(SupplierSetup supplierSetup) {
        this.supplierSetup = supplierSetup;
    }

    public PunchOutSetupRequest withSupplierSetup(SupplierSetup supplierSetup) {
        this.supplierSetup = supplierSetup;
        return this;
    }

    public ShipTo getShipTo() {
        return shipTo;
    }

    public void setShipTo(ShipTo shipTo) {
        this.shipTo = shipTo;
    }

    public PunchOutSetupRequest withShipTo(ShipTo shipTo) {
        this.shipTo = shipTo;
        return this;
    }

    public SelectedItem getSelectedItem() {
        return selectedItem;
    }

    public void setSelectedItem(SelectedItem selectedItem) {
        this.selectedItem = selectedItem;
    }

    public PunchOutSetupRequest withSelectedItem(SelectedItem selectedItem) {
        this.selectedItem = selectedItem;
        return this;
    }

    /** Live list, never null; add to it directly. */
    public List<ItemOut> getItemOuts() {
        if (itemOuts == null) {
            itemOuts = new ArrayList<>();
        }
        return itemOuts;
    }

    public void setItemOuts(List<ItemOut> itemOuts) {
        this.itemOuts = itemOuts == null ? null : new ArrayList<>(itemOuts);
    }

    public PunchOutSetupRequest addItemOuts(ItemOut... values) {
        getItemOuts().addAll(Arrays.asList(values));
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

    public PunchOutSetupRequest withBuyerCookie(String cookie) {
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

    /** Extrinsic value by name (case-insensitive), e.g. extrinsic("UserEmail"). */
    public Optional<String> extrinsic(String name) {
        return Extrinsic.find(extrinsics, name);
    }

    /** The operation, lower-cased and trimmed (create, edit, inspect, source), or empty. */
    public Optional<String> normalizedOperation() {
        return operation == null || operation.isBlank() ? Optional.empty()
                : Optional.of(operation.trim().toLowerCase(java.util.Locale.ROOT));
    }

    /** The BrowserFormPost URL, if present. */
    public Optional<String> browserFormPostUrl() {
        return browserFormPost == null ? Optional.empty() : Optional.ofNullable(browserFormPost.getUrl()).filter(u -> !u.isBlank());
    }

    /** First Contact with this role (case-insensitive), e.g. "endUser". */
    public Optional<Contact> contact(String role) {
        return contacts == null ? Optional.empty() : contacts.stream()
                .filter(c -> c.getRole() != null && c.getRole().trim().equalsIgnoreCase(role)).findFirst();
    }

    /**
     * What a punchout server needs to start a session: a known operation, a BuyerCookie and, for create/edit/inspect,
     * a BrowserFormPost URL. Returns the problems found (empty when usable); the element paths are in the texts.
     */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        String op = normalizedOperation().orElse(null);
        if (op == null) {
            problems.add("missing required attribute PunchOutSetupRequest@operation");
        } else if (!List.of("create", "edit", "inspect", "source").contains(op)) {
            problems.add("unknown PunchOutSetupRequest@operation '" + operation + "' (expected create, edit, inspect or source)");
        }
        if (buyerCookie == null) {
            problems.add("missing required element PunchOutSetupRequest/BuyerCookie");
        }
        if (op != null && !"source".equals(op) && browserFormPostUrl().isEmpty()) {
            problems.add("missing required element PunchOutSetupRequest/BrowserFormPost/URL");
        }
        return problems;
    }

}
