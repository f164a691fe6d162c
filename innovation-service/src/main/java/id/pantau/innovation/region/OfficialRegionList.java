package id.pantau.innovation.region;

import id.pantau.events.RegionCode;
import id.pantau.events.RegionLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The official list of provinces and kabupaten/kota as the service ships it: a CSV file with the columns
 * {@code code,name,level,parent_code,time_zone}, comment lines starting with {@code #}, and the decree it comes
 * from on a line {@code # decree: ...}. The file is data of this service, so a row that breaks the Kemendagri
 * code rules is a defect of the release: reading fails with the line, rather than loading a wrong directory.
 */
public record OfficialRegionList(String decree, List<OfficialRegion> regions) {

    static final String DECREE_PREFIX = "# decree:";
    static final String HEADER = "code,name,level,parent_code,time_zone";

    public OfficialRegionList {
        regions = List.copyOf(regions);
    }

    public static OfficialRegionList read(Reader source) {
        try (BufferedReader lines = new BufferedReader(source)) {
            String decree = null;
            boolean header = false;
            List<OfficialRegion> regions = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.startsWith(DECREE_PREFIX)) {
                    decree = line.substring(DECREE_PREFIX.length()).strip();
                } else if (!line.startsWith("#") && !line.isBlank()) {
                    if (!header) {
                        require(line.strip().equals(HEADER), number, "the header must be " + HEADER);
                        header = true;
                    } else {
                        OfficialRegion region = row(line, number);
                        require(region.parentCode() == null || codes.contains(region.parentCode()), number,
                                "province " + region.parentCode() + " must come before its kabupaten/kota");
                        require(codes.add(region.code()), number, "code " + region.code() + " listed twice");
                        regions.add(region);
                    }
                }
            }
            require(decree != null && !decree.isEmpty(), number, "the list names no decree (" + DECREE_PREFIX + ")");
            return new OfficialRegionList(decree, regions);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static OfficialRegion row(String line, int number) {
        String[] cells = line.split(",", -1);
        require(cells.length == 5, number, "5 columns expected");
        RegionCode code = RegionCode.parse(cells[0].strip()).orElse(null);
        require(code != null, number, "not a Kemendagri code: " + cells[0]);
        String name = cells[1].strip();
        require(!name.isEmpty(), number, "no name");
        require(code.level().name().equals(cells[2].strip()), number, code + " is a " + code.level());
        String parent = cells[3].strip().isEmpty() ? null : cells[3].strip();
        String expectedParent = code.isProvince() ? null : code.province().value();
        require(Objects.equals(parent, expectedParent), number, "the parent of " + code + " is " + expectedParent);
        IndonesianTimeZone zone = IndonesianTimeZone.ofZoneId(cells[4].strip()).orElse(null);
        require(zone != null, number, "not an Indonesian time zone: " + cells[4]);
        return new OfficialRegion(code.value(), name, code.level(), parent, zone);
    }

    public long count(RegionLevel... levels) {
        Set<RegionLevel> counted = Set.of(levels);
        return regions.stream().filter(region -> counted.contains(region.level())).count();
    }

    private static void require(boolean holds, int line, String message) {
        if (!holds) {
            throw new IllegalStateException("official region list, line " + line + ": " + message);
        }
    }
}
