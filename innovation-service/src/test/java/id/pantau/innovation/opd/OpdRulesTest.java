package id.pantau.innovation.opd;

import id.pantau.innovation.Refusals;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OpdRulesTest {

    private static final Instant NOW = Instant.parse("2026-01-05T03:00:00Z");
    private static final String PTSP = "2.18.0.00.0.00.01.0000";
    private static final Set<String> REGISTERED_IN_REGION = Set.of(PTSP);

    private static Opd register(NewOpd request) {
        return OpdRules.newOpd("32.73", request, REGISTERED_IN_REGION::contains, NOW);
    }

    @Test
    void anOpdWithItsSipdCodeBelongsToItsRegion() {
        Opd ptsp = register(new NewOpd(PTSP, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas PTSP",
                OpdKind.DINAS, null, null));

        assertThat(ptsp).isEqualTo(new Opd(null, "32.73", PTSP,
                "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas PTSP", OpdKind.DINAS, null, true, NOW,
                0, List.of()));
    }

    @Test
    void anOpdOfNoStatedKindIsOtherAndActiveUnlessSaidOtherwise() {
        Opd unit = register(new NewOpd(PTSP, "Unit Layanan", null, null, null, null));
        Opd closed = register(new NewOpd(PTSP, "Unit Layanan", null, OpdKind.UPTD, null, false));

        assertThat(unit.kind()).isEqualTo(OpdKind.OTHER);
        assertThat(unit.active()).isTrue();
        assertThat(closed.kind()).isEqualTo(OpdKind.UPTD);
        assertThat(closed.active()).isFalse();
    }

    @Test
    void aSubUnitNamesItsRegisteredParent() {
        Opd uptd = register(new NewOpd("2.18.0.00.0.00.01.0001", "UPTD Perizinan", null, OpdKind.UPTD, PTSP, null));

        assertThat(uptd.parentCode()).isEqualTo(PTSP);
        assertThat(uptd.shortName()).isNull();
    }

    @Test
    void aParentNotRegisteredInTheRegionIsRefused() {
        assertThat(Refusals.of(() -> register(new NewOpd("2.18.0.00.0.00.01.0001", "UPTD", null, null,
                "1.02.0.00.0.00.01.0000", null)))).containsExactly("parentCode: opd-parent-unknown");
    }

    @Test
    void anOpdCannotBeItsOwnParent() {
        assertThat(Refusals.of(() -> register(new NewOpd(PTSP, "Dinas PTSP", null, null, PTSP, null))))
                .containsExactly("parentCode: opd-parent-self");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "A.02.0.00", "1..02", "1.02.", ".1.02", "1.02.0.00.0.00.01.00000", "1,02,0"})
    void aCodeThatIsNotDotSeparatedDigitGroupsIsRefused(String code) {
        assertThat(Refusals.of(() -> register(new NewOpd(code, "Dinas", null, null, null, null))))
                .containsExactly("code: opd-code-format");
    }

    @Test
    void codeAndNameAreRequiredAndNamesBounded() {
        assertThat(Refusals.of(() -> register(new NewOpd(" ", null, "s".repeat(61), null, null, null))))
                .containsExactlyInAnyOrder("code: required", "name: required", "shortName: too-long");
    }

    private static final String DISKOMINFO = "2.16.2.20.2.21.01.0000";
    private static final String UPTD = "2.18.0.00.0.00.02.0000";
    private static final Opd PTSP_OPD = new Opd("o-1", "32.73", PTSP, "Dinas PTSP", "DPMPTSP", OpdKind.DINAS, null,
            true, NOW, 3, List.of());
    private static final Map<String, Opd> REGION = Map.of(PTSP, PTSP_OPD,
            DISKOMINFO, new Opd("o-2", "32.73", DISKOMINFO, "Diskominfo", null, OpdKind.DINAS, null, true, NOW, 0,
                    List.of()),
            UPTD, new Opd("o-3", "32.73", UPTD, "UPTD Perizinan", null, OpdKind.UPTD, PTSP, true, NOW, 0, List.of()));

    private static Opd change(OpdPatch patch) {
        return OpdRules.update(PTSP_OPD, patch, code -> Optional.ofNullable(REGION.get(code)));
    }

    @Test
    void aChangeReplacesTheFieldsGivenAndCountsOneVersionOn() {
        Opd changed = change(new OpdPatch(" Dinas Penanaman Modal ", "", OpdKind.BADAN, DISKOMINFO, false));
        Opd untouched = change(new OpdPatch(null, null, null, null, null));

        assertThat(changed).isEqualTo(new Opd("o-1", "32.73", PTSP, "Dinas Penanaman Modal", null, OpdKind.BADAN,
                DISKOMINFO, false, NOW, 4, List.of()));
        assertThat(untouched).isEqualTo(new Opd("o-1", "32.73", PTSP, "Dinas PTSP", "DPMPTSP", OpdKind.DINAS, null,
                true, NOW, 4, List.of()));
        assertThat(change(new OpdPatch(null, null, null, DISKOMINFO, null)).parentCode()).isEqualTo(DISKOMINFO);
        assertThat(OpdRules.update(REGION.get(UPTD), new OpdPatch(null, null, null, " ", null),
                code -> Optional.ofNullable(REGION.get(code))).parentCode()).as("a blank parent clears it").isNull();
    }

    @Test
    void aChangedParentIsRegisteredAndNeitherTheOpdNorOneOfItsSubUnits() {
        assertThat(Refusals.of(() -> change(new OpdPatch(" ", null, null, PTSP, null))))
                .containsExactlyInAnyOrder("name: required", "parentCode: opd-parent-self");
        assertThat(Refusals.of(() -> change(new OpdPatch(null, null, null, "9.99.0.00.0.00.01.0000", null))))
                .containsExactly("parentCode: opd-parent-unknown");
        assertThat(Refusals.of(() -> change(new OpdPatch(null, null, null, UPTD, null))))
                .containsExactly("parentCode: opd-parent-cycle");
    }
}
