package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.procurewire.cxml.model.Credential;
import io.procurewire.cxml.model.Header;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void sameIdentityIgnoresDomainCaseButNotIdentityCase() {
        Credential credential = new Credential(" NetworkID ", " AN01000000001 ");

        assertThat(Credentials.sameIdentity(credential, "networkid", "AN01000000001")).isTrue();
        assertThat(Credentials.sameIdentity(credential, "NETWORKID", " AN01000000001")).isTrue();
        assertThat(Credentials.sameIdentity(credential, "NetworkID", "an01000000001")).isFalse();
        assertThat(Credentials.sameIdentity(credential, "DUNS", "AN01000000001")).isFalse();
        assertThat(Credentials.sameIdentity(null, "DUNS", "1")).isFalse();
        assertThat(Credentials.sameIdentity(new Credential(), "DUNS", "1")).isFalse();
        assertThat(Credentials.sameIdentity(credential, null, "AN01000000001")).isFalse();
    }

    @Test
    void emptyDomainOrIdentityNeverMatchesEvenAnEmptyExpectation() {
        assertThat(Credentials.sameIdentity(new Credential("", "123"), "", "123")).isFalse();
        assertThat(Credentials.sameIdentity(new Credential("DUNS", ""), "DUNS", "")).isFalse();
        assertThat(Credentials.sameIdentity(new Credential("DUNS", " "), "DUNS", " ")).isFalse();
    }

    @Test
    void emptyFieldNamesTheFirstEmptyCredentialPartForA401() {
        CxmlReader reader = new CxmlReader();
        Header emptyDomainAndIdentity = reader.read(Fixtures.bytes("posr-empty-credentials.xml")).getHeader();
        Header complete = reader.read(Fixtures.bytes("posr-coupa-create.xml")).getHeader();
        Header emptySenderIdentity = reader.read(Fixtures.bytes("posr-coupa-create.xml")).getHeader();
        emptySenderIdentity.getSender().getCredentials().get(0).setIdentity(" ");

        assertThat(Credentials.emptyField(emptyDomainAndIdentity)).contains("empty Header/From/Credential@domain");
        assertThat(Credentials.emptyField(emptySenderIdentity)).contains("empty Header/Sender/Credential/Identity");
        assertThat(Credentials.emptyField(complete)).isEmpty();
        assertThat(Credentials.emptyField(null)).isEmpty();
        assertThat(CxmlStatus.response(CxmlStatus.UNAUTHORIZED, Credentials.emptyField(emptyDomainAndIdentity).get())
                .getResponse().getStatus()).satisfies(status -> {
                    assertThat(status.getCode()).isEqualTo(401);
                    assertThat(status.getContent()).isEqualTo("empty Header/From/Credential@domain");
                });
    }

    @Test
    void secretMatchesOnlyTheExactSecret() {
        assertThat(Credentials.secretMatches("s3cr3t", "s3cr3t")).isTrue();
        assertThat(Credentials.secretMatches("Straße", "Straße")).isTrue();
        assertThat(Credentials.secretMatches("s3cr3t", "S3CR3T")).isFalse();
        assertThat(Credentials.secretMatches("s3cr3t", "s3cr3t ")).isFalse();
        assertThat(Credentials.secretMatches("s3cr3", "s3cr3t")).isFalse();
        assertThat(Credentials.secretMatches("", "")).isTrue();
    }

    @Test
    void nullSecretNeverMatches() {
        assertThat(Credentials.secretMatches(null, "x")).isFalse();
        assertThat(Credentials.secretMatches("x", null)).isFalse();
        assertThat(Credentials.secretMatches(null, null)).isFalse();
    }

    @Test
    void findsFirstCredentialOfDomainCaseInsensitively() {
        List<Credential> credentials = List.of(new Credential("DUNS", "1"), new Credential("NetworkID", "AN1"),
                new Credential("networkid", "AN2"));

        assertThat(Credentials.find(credentials, "NETWORKID")).map(Credential::getIdentity).contains("AN1");
        assertThat(Credentials.find(credentials, "SystemID")).isEmpty();
        assertThat(Credentials.find(null, "DUNS")).isEmpty();
    }

    @Test
    void toStringNeverShowsTheSecret() {
        assertThat(new Credential("DUNS", "1", "hunter2").toString()).doesNotContain("hunter2").contains("DUNS:1");
    }
}
