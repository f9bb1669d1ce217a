package org.restauth.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/** Rules inside core: no cycles, and time only from an injected Clock. */
final class CoreRules {
    private CoreRules() {
    }

    @ArchTest
    static final ArchRule no_package_cycles = slices()
            .matching("org.restauth.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule core_never_reads_the_wall_clock = noClasses()
            .that().resideInAPackage("org.restauth.core..")
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .because("expiry is decided with a Clock passed in, so tests can fix it");
}
