package org.restauth.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The one store seam (docs/design.md): core knows no store adapter, adapters use core's API and not its
 * engines, and the server's packages depend in one direction.
 */
final class SeamRules {
    private static final String SERVER = "org.restauth.server";

    private SeamRules() {
    }

    @ArchTest
    static final ArchRule core_names_no_store_adapter = noClasses()
            .that().resideInAPackage("org.restauth.core..")
            .should().dependOnClassesThat().resideInAPackage("org.restauth.store..")
            .because("a store plugs into core's ports; core never recognises one");

    @ArchTest
    static final ArchRule no_core_internal_type_outside_core = noClasses()
            .that().resideOutsideOfPackage("org.restauth.core..")
            .should().dependOnClassesThat().resideInAPackage("org.restauth.core..internal..")
            .allowEmptyShould(true)
            .because("core's internal packages are not API");

    /** The HTTP entry points (the root package) and the pages sit on top; nothing below reaches up to them. */
    @ArchTest
    static final ArchRule server_parts_below_the_endpoints_do_not_reach_up = noClasses()
            .that().resideInAnyPackage(SERVER + ".store..", SERVER + ".request..", SERVER + ".ops..",
                    SERVER + ".config..", SERVER + ".health..")
            .should().dependOnClassesThat().resideInAnyPackage(SERVER, SERVER + ".login..", SERVER + ".bench..")
            .because("server packages depend in one direction: endpoints and pages on the parts they use");

    @ArchTest
    static final ArchRule the_server_store_uses_no_other_server_part = noClasses()
            .that().resideInAPackage(SERVER + ".store..")
            .should().dependOnClassesThat().resideInAnyPackage(SERVER + ".ops..", SERVER + ".config..",
                    SERVER + ".request..", SERVER + ".health..")
            .because("the store bundle is made from configuration values alone");
}
