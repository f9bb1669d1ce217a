package org.restauth.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** Every module's production classes, checked against the rules of DESIGN.md. */
@AnalyzeClasses(packages = "org.restauth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests modules = ArchTests.in(ModuleRules.class);

    @ArchTest
    static final ArchTests core = ArchTests.in(CoreRules.class);

    @ArchTest
    static final ArchTests seam = ArchTests.in(SeamRules.class);
}
