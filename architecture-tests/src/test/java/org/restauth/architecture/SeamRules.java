package org.restauth.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

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

    /**
     * The server's parts, top to bottom: the entry points (the root package: Main, Launcher, HealthProbe), the
     * pages and bench routes, the API endpoints, the meters and logs, the configuration, the store bundle. A part
     * uses only parts below it; health, tls and tracing are leaves used from above, validation (the settings'
     * constraints) a leaf any part may use.
     */
    @ArchTest
    static final ArchRule server_packages_depend_in_one_direction = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("entry").definedBy(SERVER)
            .layer("pages").definedBy(SERVER + ".login..", SERVER + ".bench..")
            .layer("api").definedBy(SERVER + ".api..")
            .layer("health").definedBy(SERVER + ".health..")
            .layer("tls").definedBy(SERVER + ".tls..")
            .layer("tracing").definedBy(SERVER + ".tracing..")
            .layer("metrics").definedBy(SERVER + ".metrics..")
            .layer("config").definedBy(SERVER + ".config..")
            .layer("store").definedBy(SERVER + ".store..")
            .layer("validation").definedBy(SERVER + ".validation..")
            .whereLayer("pages").mayOnlyBeAccessedByLayers("entry")
            .whereLayer("api").mayOnlyBeAccessedByLayers("entry", "pages")
            .whereLayer("health").mayOnlyBeAccessedByLayers("entry")
            .whereLayer("tls").mayOnlyBeAccessedByLayers("entry")
            .whereLayer("tracing").mayOnlyBeAccessedByLayers("entry")
            .whereLayer("metrics").mayOnlyBeAccessedByLayers("entry", "pages", "api")
            .whereLayer("config").mayOnlyBeAccessedByLayers("entry", "pages", "api", "metrics")
            .whereLayer("store").mayOnlyBeAccessedByLayers("entry", "pages", "api", "metrics", "config", "health")
            .whereLayer("validation").mayOnlyBeAccessedByLayers("entry", "pages", "api", "metrics", "config", "store")
            .because("server packages depend in one direction: endpoints and pages on the parts they use");

    @ArchTest
    static final ArchRule the_server_store_uses_no_other_server_part = noClasses()
            .that().resideInAPackage(SERVER + ".store..")
            .should().dependOnClassesThat().resideInAnyPackage(SERVER, SERVER + ".api..", SERVER + ".login..",
                    SERVER + ".bench..", SERVER + ".metrics..", SERVER + ".config..", SERVER + ".health..",
                    SERVER + ".tls..", SERVER + ".tracing..")
            .because("the store bundle is made from configuration values alone");
}
