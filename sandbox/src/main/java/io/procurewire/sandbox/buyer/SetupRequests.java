package io.procurewire.sandbox.buyer;

import io.procurewire.cxml.CxmlReadException;
import io.procurewire.cxml.CxmlReader;
import io.procurewire.cxml.CxmlStatus;
import io.procurewire.cxml.PayloadIds;
import io.procurewire.cxml.model.Address;
import io.procurewire.cxml.model.BrowserFormPost;
import io.procurewire.cxml.model.Contact;
import io.procurewire.cxml.model.Country;
import io.procurewire.cxml.model.Credential;
import io.procurewire.cxml.model.CxmlDocument;
import io.procurewire.cxml.model.Extrinsic;
import io.procurewire.cxml.model.Header;
import io.procurewire.cxml.model.Name;
import io.procurewire.cxml.model.Party;
import io.procurewire.cxml.model.PostalAddress;
import io.procurewire.cxml.model.PunchOutSetupRequest;
import io.procurewire.cxml.model.PunchOutSetupResponse;
import io.procurewire.cxml.model.Request;
import io.procurewire.cxml.model.Sender;
import io.procurewire.cxml.model.ShipTo;
import io.procurewire.cxml.model.Status;
import io.procurewire.cxml.model.SupplierSetup;

import java.util.Optional;

/**
 * Builds the PunchOutSetupRequest the way Coupa sends it and reads the supplier's answer into a StartPage or the
 * message a real buyer sees. Plain class: unit-tested without Quarkus or network.
 */
public final class SetupRequests {

    /** What the requester, the ship-to and the session contribute to one setup request. */
    public record Setup(PunchoutSite site, BuyerUser user, Requisition requisition, String buyerCookie,
                        String browserFormPostUrl, String userAgent) {
    }

    private SetupRequests() {
    }

    /**
     * Coupa's shape (Coupa "Sample Punchout Setup Request"): From/To/Sender credentials from the site record, shared
     * secret only when one is set, Extrinsics FirstName, LastName, UniqueName, UserEmail, User, BusinessUnit,
     * BrowserFormPost to the buyer's checkout URL, Contact role="endUser", SupplierSetup/URL, ShipTo.
     */
    public static CxmlDocument build(Setup setup) {
        PunchoutSite site = setup.site();
        BuyerUser user = setup.user();
        Requisition requisition = setup.requisition();
        String secret = site.sharedSecret == null || site.sharedSecret.isEmpty() ? null : site.sharedSecret;
        Header header = new Header()
                .withFrom(new Party(new Credential(site.fromDomain, site.fromIdentity)))
                .withTo(new Party(new Credential(site.toDomain, site.toIdentity)))
                .withSender(new Sender(setup.userAgent(), new Credential(site.senderDomain, site.senderIdentity, secret)));
        PunchOutSetupRequest request = new PunchOutSetupRequest().withOperation("create");
        request.setBuyerCookie(setup.buyerCookie());
        request.addExtrinsics(new Extrinsic("FirstName", user.firstName), new Extrinsic("LastName", user.lastName),
                new Extrinsic("UniqueName", user.uniqueName), new Extrinsic("UserEmail", user.email),
                new Extrinsic("User", user.uniqueName));
        if (user.businessUnit != null) {
            request.addExtrinsics(new Extrinsic("BusinessUnit", user.businessUnit));
        }
        request.setBrowserFormPost(new BrowserFormPost(setup.browserFormPostUrl()));
        request.addContacts(new Contact().withRole("endUser").withName(new Name("en-US", user.fullName()))
                .addEmails(user.email));
        request.setSupplierSetup(new SupplierSetup(site.punchoutUrl));
        request.setShipTo(new ShipTo(new Address()
                .withIsoCountryCode(requisition.shipToCountry)
                .withName(new Name("en-US", requisition.shipToName))
                .withPostalAddress(new PostalAddress()
                        .withName("default")
                        .addDeliverTo(user.fullName())
                        .addStreets(requisition.shipToStreet)
                        .withCity(requisition.shipToCity)
                        .withPostalCode(requisition.shipToPostal)
                        .withCountry(new Country(requisition.shipToCountry, requisition.shipToCountry)))));
        CxmlDocument document = CxmlDocument.request(header, new Request()
                .withDeploymentMode(site.deploymentMode).withPunchOutSetupRequest(request));
        document.setPayloadId(PayloadIds.next("sandbox.procurewire"));
        return document;
    }

    /**
     * The supplier's answer, as the buyer sees it: the StartPage URL, or the error. Messages follow what Coupa users
     * see ("No status element in setup response").
     */
    public static String startPage(CxmlReader reader, int httpStatus, String body) {
        if (httpStatus < 200 || httpStatus > 299) {
            throw new PunchoutFailed("The supplier's punchout site answered HTTP " + httpStatus);
        }
        CxmlDocument answer;
        try {
            answer = reader.read(body == null ? "" : body);
        } catch (CxmlReadException e) {
            throw new PunchoutFailed("No status element in setup response (" + e.getMessage() + ")");
        }
        Status status = Optional.ofNullable(answer.getResponse()).map(r -> r.getStatus()).orElse(null);
        if (status == null) {
            throw new PunchoutFailed("No status element in setup response");
        }
        if (status.getCode() == null || !CxmlStatus.isSuccess(status.getCode())) {
            String detail = status.getContent() == null || status.getContent().isBlank() ? "" : ": " + status.getContent().trim();
            throw new PunchoutFailed("Punchout setup failed with status " + status.getCode() + " " + status.getText() + detail);
        }
        return Optional.ofNullable(answer.getResponse().getPunchOutSetupResponse())
                .flatMap(PunchOutSetupResponse::startPageUrl)
                .filter(url -> !url.isBlank())
                .orElseThrow(() -> new PunchoutFailed("The supplier's setup response has no StartPage URL"));
    }
}
