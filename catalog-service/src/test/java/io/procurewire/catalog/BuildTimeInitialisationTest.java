package io.procurewire.catalog;

import io.procurewire.testsupport.nativeimage.BuildTimeInitialisationCheck;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What `-Dquarkus.native.sources-only=true` cannot see: state a native image would freeze while building. */
class BuildTimeInitialisationTest {

    @Test
    void no_class_initialised_at_image_build_time_holds_state_of_the_running_process() {
        List<String> violations = BuildTimeInitialisationCheck.forModule(Path.of("target/classes")).violations();
        assertTrue(violations.isEmpty(), () -> "fix or register for run-time initialisation:\n" + String.join("\n", violations));
    }
}
