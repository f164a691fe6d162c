package id.pantau.innovation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the rules of the domain free of Spring, and the features free of cycles. */
@AnalyzeClasses(packages = "id.pantau.innovation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule rulesArePlainJava = noClasses()
            .that().haveSimpleNameEndingWith("Rules")
            .or().haveSimpleName("TargetTime")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("id.pantau.innovation.(*)..").should().beFreeOfCycles();
}
