package org.restauth.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of DESIGN.md: adapters depend on core and format, never the other way. */
final class ModuleRules {
    private static final String CORE = "org.restauth.core..";
    private static final String FORMAT = "org.restauth.format..";
    private static final String SERVER = "org.restauth.server..";
    private static final String CLI = "org.restauth.cli..";
    private static final String REDIS = "org.restauth.store.redis..";
    private static final String SQLITE = "org.restauth.store.sqlite..";

    private ModuleRules() {
    }

    @ArchTest
    static final ArchRule core_depends_only_on_the_jdk = classes()
            .that().resideInAPackage(CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(CORE, "java..", "javax..")
            .because("core is the protocol's rules on the JDK only");

    @ArchTest
    static final ArchRule format_depends_only_on_core_and_jackson = classes()
            .that().resideInAPackage(FORMAT)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    FORMAT, CORE, "java..", "javax..", "com.fasterxml.jackson..", "org.codehaus.stax2..",
                    "com.ctc.wstx..")
            .because("format turns core's results into bytes with Jackson, nothing else");

    @ArchTest
    static final ArchRule nothing_depends_on_the_server = noClasses()
            .that().resideOutsideOfPackage(SERVER)
            .should().dependOnClassesThat().resideInAPackage(SERVER)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule nothing_depends_on_the_cli = noClasses()
            .that().resideOutsideOfPackage(CLI)
            .should().dependOnClassesThat().resideInAPackage(CLI)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule micronaut_only_in_the_server = noClasses()
            .that().resideOutsideOfPackage(SERVER)
            .should().dependOnClassesThat().resideInAPackage("io.micronaut..");

    @ArchTest
    static final ArchRule picocli_only_in_the_cli = noClasses()
            .that().resideOutsideOfPackage(CLI)
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule lettuce_only_in_the_redis_store = noClasses()
            .that().resideOutsideOfPackage(REDIS)
            .should().dependOnClassesThat().resideInAPackage("io.lettuce..");

    @ArchTest
    static final ArchRule the_redis_store_depends_only_on_core_and_lettuce = classes()
            .that().resideInAPackage(REDIS)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    REDIS, CORE, "java..", "javax..", "io.lettuce..", "reactor..", "io.netty..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule sqlite_jdbc_and_flyway_only_in_the_sqlite_store = noClasses()
            .that().resideOutsideOfPackage(SQLITE)
            .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..", "org.flywaydb..")
            .because("one module owns the SQLite file and its schema");

    @ArchTest
    static final ArchRule the_sqlite_store_depends_only_on_core_sqlite_jdbc_and_flyway = classes()
            .that().resideInAPackage(SQLITE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    SQLITE, CORE, "java..", "javax..", "org.sqlite..", "org.flywaydb..")
            .allowEmptyShould(true);
}
