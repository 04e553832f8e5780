package io.procurewire.punchout.account;

import java.util.Locale;

/**
 * The user a setup request speaks for, gathered from Coupa-style Extrinsics (UniqueName, UserEmail, FirstName,
 * LastName, BusinessUnit) and the first Contact (Email, Name). Blank values are null.
 */
public record BuyerUser(String uniqueName, String email, String firstName, String lastName, String businessUnit) {

    public BuyerUser {
        uniqueName = clean(uniqueName);
        email = clean(email);
        firstName = clean(firstName);
        lastName = clean(lastName);
        businessUnit = clean(businessUnit);
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
        }
    }

    /** Matching needs a stable key: the buyer's UniqueName or an e-mail address. */
    public boolean identifiable() {
        return uniqueName != null || email != null;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
