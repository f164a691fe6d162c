package id.pantau.notification.web;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.events.RegionCode;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The {@code region} query parameter of the lists: a kabupaten/kota code selects that region, a province code
 * the province and every region under it. Documents carry both {@code regionCode} and {@code provinceCode}.
 */
public final class RegionFilter {

    private RegionFilter() {
    }

    /** Null when no region was asked for; a 400 problem naming the parameter when it is not a region code. */
    public static Criteria criteria(String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        RegionCode code = RegionCode.parse(region)
                .orElseThrow(() -> ApiProblem.invalid("region", "region-code-invalid", region));
        return code.isProvince() ? Criteria.where("provinceCode").is(code.value())
                : Criteria.where("regionCode").is(code.value());
    }
}
