package io.procurewire.testsupport.nativeimage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuildTimeInitialisationCheckTest {

    private static final Path FIXTURES = Path.of("target/test-classes/io/procurewire/testsupport/nativeimage/fixtures");
    private static final String PKG = "io.procurewire.testsupport.nativeimage.fixtures.";

    @Test
    void reports_static_random_host_name_through_a_helper_and_a_lazy_holder_but_not_run_time_uses() {
        assertThat(BuildTimeInitialisationCheck.of(FIXTURES, Set.of()).violations()).containsExactlyInAnyOrder(
                PKG + "StaticSecureRandom.RANDOM: static final java.security.SecureRandom is created at image build time",
                PKG + "StaticSecureRandom: static initialiser freezes a SecureRandom seeded at build time"
                        + " (<clinit> -> class java/security/SecureRandom)",
                PKG + "HostNameViaHelper: static initialiser freezes the build machine's host name"
                        + " (<clinit> -> host -> java/net/InetAddress.getLocalHost)",
                PKG + "LazyMapper$Holder.MAPPER: static final com.fasterxml.jackson.databind.ObjectMapper"
                        + " is created at image build time",
                PKG + "LazyMapper$Holder: static initialiser freezes an ObjectMapper built into the image heap"
                        + " (<clinit> -> class com/fasterxml/jackson/databind/ObjectMapper)");
    }

    @Test
    void classes_and_packages_registered_for_run_time_initialisation_may_hold_run_time_state() {
        assertThat(BuildTimeInitialisationCheck.of(FIXTURES,
                Set.of(PKG + "LazyMapper$Holder", PKG + "StaticSecureRandom", PKG + "HostNameViaHelper")).violations())
                .isEmpty();
        assertThat(BuildTimeInitialisationCheck.of(FIXTURES, Set.of(PKG.substring(0, PKG.length() - 1))).violations())
                .isEmpty();
    }

    @Test
    void reads_the_run_time_list_from_application_properties_and_native_image_properties(@TempDir Path classes)
            throws IOException {
        Files.writeString(classes.resolve("application.properties"), """
                quarkus.native.additional-build-args=-H:+ReportExceptionStackTraces,\\
                  --initialize-at-run-time=a.b.Tokens\\\\,a.b.Json$Holder,-march=compatibility
                """);
        Path nativeImage = Files.createDirectories(classes.resolve("META-INF/native-image/io.procurewire/lib"));
        Files.writeString(nativeImage.resolve("native-image.properties"),
                "Args = --initialize-at-run-time=lib.Context$Holder,lib.other --enable-url-protocols=http\n");

        assertThat(BuildTimeInitialisationCheck.runTimeInitialisedClasses(classes))
                .containsExactly("a.b.Tokens", "a.b.Json$Holder", "lib.Context$Holder", "lib.other");
    }

    @Test
    void refuses_to_pass_a_module_that_was_not_compiled(@TempDir Path module) {
        assertThatThrownBy(() -> BuildTimeInitialisationCheck.forModule(module.resolve("target/classes")).violations())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no compiled classes");
    }
}
