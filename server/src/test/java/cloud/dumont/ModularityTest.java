package cloud.dumont;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages keep their boundaries: no module reaches into another's internals or forms a cycle. */
class ModularityTest {

    @Test
    void featureModulesKeepTheirBoundaries() {
        // cloud.dumont.api is the shared records library of the api/ Maven module, not a feature module.
        ApplicationModules.of(DumontApplication.class, resideInAPackage("cloud.dumont.api.."))
                .verify();
    }
}
