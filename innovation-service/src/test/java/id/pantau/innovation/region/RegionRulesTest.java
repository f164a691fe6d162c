package id.pantau.innovation.region;

import id.pantau.events.RegionLevel;
import id.pantau.innovation.Refusals;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionRulesTest {

    private static final Instant NOW = Instant.parse("2026-01-05T03:00:00Z");
    private static final Set<String> REGISTERED = Set.of("32");

    private static Region register(NewRegion request) {
        return RegionRules.newRegion(request, REGISTERED::contains, NOW);
    }

    @Test
    void aProvinceHasNoParent() {
        Region jawaBarat = register(new NewRegion("32", "Provinsi Jawa Barat", RegionLevel.PROVINCE, null,
                "Asia/Jakarta"));

        assertThat(jawaBarat).isEqualTo(new Region("32", "Provinsi Jawa Barat", RegionLevel.PROVINCE, null,
                "Asia/Jakarta", true, null, NOW, NOW, List.of()));
    }

    @Test
    void aKotaUnderItsRegisteredProvinceIsACity() {
        Region bandung = register(new NewRegion("32.73", "Kota Bandung", RegionLevel.CITY, "32", "Asia/Jakarta"));

        assertThat(bandung.level()).isEqualTo(RegionLevel.CITY);
        assertThat(bandung.parentCode()).isEqualTo("32");
    }

    @Test
    void levelParentAndTimeZoneFollowFromTheCodeWhenLeftOut() {
        Region bandungRegency = register(new NewRegion(" 32.04 ", " Kabupaten Bandung ", null, null, null));

        assertThat(bandungRegency).isEqualTo(new Region("32.04", "Kabupaten Bandung", RegionLevel.REGENCY, "32",
                "Asia/Jakarta", true, null, NOW, NOW, List.of()));
    }

    @Test
    void theOtherIndonesianTimeZonesAreAccepted() {
        assertThat(register(new NewRegion("32.71", "Kota Bogor", null, null, "Asia/Makassar")).timeZone())
                .isEqualTo("Asia/Makassar");
        assertThat(register(new NewRegion("32.72", "Kota Sukabumi", null, null, "Asia/Jayapura")).timeZone())
                .isEqualTo("Asia/Jayapura");
    }

    @Test
    void aLevelThatContradictsTheCodeIsRefused() {
        assertThat(Refusals.of(() -> register(new NewRegion("32.73", "Kota Bandung", RegionLevel.REGENCY, null, null))))
                .containsExactly("level: region-level-mismatch");
        assertThat(Refusals.of(() -> register(new NewRegion("33", "Jawa Tengah", RegionLevel.CITY, null, null))))
                .containsExactly("level: region-level-mismatch");
    }

    @Test
    void aProvinceWithAParentIsRefused() {
        assertThat(Refusals.of(() -> register(new NewRegion("33", "Jawa Tengah", null, "32", null))))
                .containsExactly("parentCode: region-province-without-parent");
    }

    @Test
    void aKabupatenKotaParentOtherThanItsProvinceIsRefused() {
        assertThat(Refusals.of(() -> register(new NewRegion("32.73", "Kota Bandung", null, "33", null))))
                .containsExactly("parentCode: region-parent-mismatch");
    }

    @Test
    void aKabupatenKotaOfAnUnregisteredProvinceIsRefused() {
        assertThat(Refusals.of(() -> register(new NewRegion("33.74", "Kota Semarang", null, null, null))))
                .containsExactly("parentCode: region-parent-unknown");
    }

    @Test
    void aTimeZoneOutsideIndonesiaIsRefused() {
        assertThat(Refusals.of(() -> register(new NewRegion("32", "Jawa Barat", null, null, "Asia/Singapore"))))
                .containsExactly("timeZone: time-zone-unknown");
    }

    @Test
    void everyBrokenRuleIsListedAtOnce() {
        assertThat(Refusals.of(() -> register(new NewRegion("32.70", " ", null, null, "WIB"))))
                .containsExactlyInAnyOrder("code: region-code-format", "name: required", "timeZone: time-zone-unknown");
        assertThat(Refusals.of(() -> register(new NewRegion(null, "x".repeat(201), null, null, null))))
                .containsExactlyInAnyOrder("code: required", "name: too-long");
    }

    private static final Region LISTED_KOTA_BANDUNG = new Region("32.73", "Kota Bandung", RegionLevel.CITY, "32",
            "Asia/Jakarta", false, "Kepmendagri 300.2.2-2138/2025", NOW, null, List.of());

    @Test
    void aListedRegionIsSwitchedOnByItsCodeAloneOrWithWhatTheListSays() {
        RegionRules.checkActivation(new NewRegion("32.73", null, null, null, null), LISTED_KOTA_BANDUNG);
        RegionRules.checkActivation(new NewRegion("32.73", "Pemerintah Kota Bandung", RegionLevel.CITY, "32",
                "Asia/Jakarta"), LISTED_KOTA_BANDUNG);
    }

    @Test
    void switchingOnARegionRefusesWhatContradictsTheList() {
        assertThat(Refusals.of(() -> RegionRules.checkActivation(new NewRegion("32.73", "x".repeat(201),
                RegionLevel.REGENCY, "33", "Asia/Makassar"), LISTED_KOTA_BANDUNG))).containsExactlyInAnyOrder(
                "name: too-long", "level: region-level-mismatch", "parentCode: region-parent-mismatch",
                "timeZone: region-time-zone-mismatch");
        assertThat(Refusals.of(() -> RegionRules.checkActivation(new NewRegion("32.73", null, null, null, "UTC"),
                LISTED_KOTA_BANDUNG))).containsExactly("timeZone: time-zone-unknown");
    }
}
