package io.procurewire.punchout.account;

import java.time.Duration;
import java.time.Instant;

/**
 * The one place for what a punchout does to the account it matched (or provisions): names the buyer sent replace the
 * stored ones, a missing UniqueName or e-mail is filled in (never replaced: they are the keys), and
 * {@code last_login_at} moves only when older than {@link #LOGIN_GRANULARITY}, so a user punching out again and again
 * does not write (and lock) the row on every setup. {@link AccountService} applies it to the entity, the one-statement
 * setup path ({@code SetupStore}) to the row it read; a first punchout is the update of {@link #NONE}.
 */
public record AccountUpdate(String uniqueName, String email, String firstName, String lastName, String businessUnit,
                            Instant lastLoginAt) {

    /** last_login_at is exact to this much: a later punchout within it does not write the account again. */
    public static final Duration LOGIN_GRANULARITY = Duration.ofMinutes(1);

    /** An account that does not exist yet. */
    public static final AccountUpdate NONE = new AccountUpdate(null, null, null, null, null, null);

    /** The account as it is after a punchout of {@code user} at {@code now}; equal to this when nothing changes. */
    public AccountUpdate afterPunchout(BuyerUser user, Instant now) {
        return new AccountUpdate(
                uniqueName == null && user.uniqueName() != null ? user.uniqueName() : uniqueName,
                email == null && user.email() != null ? user.email() : email,
                user.firstName() != null ? user.firstName() : firstName,
                user.lastName() != null ? user.lastName() : lastName,
                user.businessUnit() != null ? user.businessUnit() : businessUnit,
                lastLoginAt == null || lastLoginAt.isBefore(now.minus(LOGIN_GRANULARITY)) ? now : lastLoginAt);
    }
}
