package id.pantau.innovation.region;

import id.pantau.events.RegionLevel;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The list the service ships, against the counts of the decree and codes every Indonesian official knows. */
class OfficialRegionListTest {

    private static final OfficialRegionList SHIPPED = OfficialRegionList.read(new InputStreamReader(
            OfficialRegionListTest.class.getResourceAsStream("/regions/kepmendagri-300.2.2-2138-2025.csv"),
            StandardCharsets.UTF_8));
    private static final Map<String, OfficialRegion> BY_CODE = SHIPPED.regions().stream()
            .collect(Collectors.toMap(OfficialRegion::code, Function.identity()));

    @Test
    void holdsThe38ProvincesAnd514KabupatenKotaOfTheDecree() {
        assertThat(SHIPPED.decree()).isEqualTo("Kepmendagri 300.2.2-2138/2025");
        assertThat(SHIPPED.count(RegionLevel.PROVINCE)).isEqualTo(38);
        assertThat(SHIPPED.count(RegionLevel.REGENCY, RegionLevel.CITY)).isEqualTo(514);
        assertThat(SHIPPED.count(RegionLevel.REGENCY)).isEqualTo(416);
        assertThat(SHIPPED.count(RegionLevel.CITY)).isEqualTo(98);
    }

    @Test
    void knownCodesHaveTheirNamesLevelsParentsAndZones() {
        assertThat(BY_CODE.get("32")).isEqualTo(new OfficialRegion("32", "Jawa Barat", RegionLevel.PROVINCE, null,
                IndonesianTimeZone.WIB));
        assertThat(BY_CODE.get("32.73")).isEqualTo(new OfficialRegion("32.73", "Kota Bandung", RegionLevel.CITY,
                "32", IndonesianTimeZone.WIB));
        assertThat(BY_CODE.get("32.04")).isEqualTo(new OfficialRegion("32.04", "Kabupaten Bandung",
                RegionLevel.REGENCY, "32", IndonesianTimeZone.WIB));
        assertThat(BY_CODE.get("33.74").name()).isEqualTo("Kota Semarang");
        assertThat(BY_CODE.get("31.71").name()).isEqualTo("Kota Administrasi Jakarta Pusat");
        assertThat(BY_CODE.get("11").name()).isEqualTo("Aceh");
        assertThat(BY_CODE.get("96").name()).isEqualTo("Papua Barat Daya");
    }

    @Test
    void eachProvinceKeepsItsTimeZone() {
        assertThat(BY_CODE.get("51.71").timeZone()).as("Kota Denpasar").isEqualTo(IndonesianTimeZone.WITA);
        assertThat(BY_CODE.get("73.71").timeZone()).as("Kota Makassar").isEqualTo(IndonesianTimeZone.WITA);
        assertThat(BY_CODE.get("64").timeZone()).as("Kalimantan Timur").isEqualTo(IndonesianTimeZone.WITA);
        assertThat(BY_CODE.get("61.71").timeZone()).as("Kota Pontianak").isEqualTo(IndonesianTimeZone.WIB);
        assertThat(BY_CODE.get("81.71").timeZone()).as("Kota Ambon").isEqualTo(IndonesianTimeZone.WIT);
        assertThat(BY_CODE.get("91.71").timeZone()).as("Kota Jayapura").isEqualTo(IndonesianTimeZone.WIT);
    }

    @Test
    void aRowThatBreaksTheCodeRulesStopsTheReadingAtItsLine() {
        String list = """
                # decree: Kepmendagri 300.2.2-2138/2025
                code,name,level,parent_code,time_zone
                32,Jawa Barat,PROVINCE,,Asia/Jakarta
                32.73,Kota Bandung,REGENCY,32,Asia/Jakarta
                """;

        assertThatThrownBy(() -> OfficialRegionList.read(new StringReader(list)))
                .hasMessage("official region list, line 4: 32.73 is a CITY");
    }

    @Test
    void aKabupatenKotaBeforeItsProvinceOrAListWithoutDecreeIsRefused() {
        assertThatThrownBy(() -> OfficialRegionList.read(new StringReader("""
                # decree: X
                code,name,level,parent_code,time_zone
                32.73,Kota Bandung,CITY,32,Asia/Jakarta
                """))).hasMessageContaining("province 32 must come before");
        assertThatThrownBy(() -> OfficialRegionList.read(new StringReader("""
                code,name,level,parent_code,time_zone
                32,Jawa Barat,PROVINCE,,Asia/Jakarta
                """))).hasMessageContaining("names no decree");
    }
}
