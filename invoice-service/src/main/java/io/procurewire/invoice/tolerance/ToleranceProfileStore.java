package io.procurewire.invoice.tolerance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.procurewire.invoice.matching.ToleranceProfile;
import io.procurewire.invoice.matching.ToleranceProfiles;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/** Tolerance profiles from the database; with none configured, {@link ToleranceProfile#strict()} applies. */
@ApplicationScoped
public class ToleranceProfileStore {

    private final ObjectMapper json;

    public ToleranceProfileStore(ObjectMapper json) {
        this.json = json;
    }

    public ToleranceProfiles current() {
        List<ToleranceProfile> profiles = new ArrayList<>();
        for (ToleranceProfileRecord record : ToleranceProfileRecord.<ToleranceProfileRecord>listAll()) {
            profiles.add(read(record));
        }
        return new ToleranceProfiles(profiles, ToleranceProfile.strict());
    }

    public ToleranceProfile read(ToleranceProfileRecord record) {
        try {
            ToleranceProfile rules = json.readValue(record.rules, ProfileRules.class).toProfile();
            return rules.toBuilder().scope(record.buyer, record.supplier, record.commodity).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tolerance profile " + record.id + " is unreadable", e);
        }
    }

    public String write(ToleranceProfile profile) {
        try {
            return json.writeValueAsString(ProfileRules.of(profile));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
