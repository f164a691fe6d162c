package id.pantau.innovation.opd;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.time.Moments;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import id.pantau.innovation.region.RegionDirectory;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** The OPDs of each region. */
@Service
public class OpdDirectory {

    private final OpdRepository opds;
    private final RegionDirectory regions;

    public OpdDirectory(OpdRepository opds, RegionDirectory regions) {
        this.opds = opds;
        this.regions = regions;
    }

    /** @throws ApiProblem 404 for an unknown region, 400 for invalid input, 409 for a code already used */
    public Opd register(String regionCode, NewOpd request) {
        String region = regions.find(regionCode).code();
        Opd opd = OpdRules.newOpd(region, request, code -> opds.existsByRegionCodeAndCode(region, code), Moments.now());
        try {
            return opds.insert(opd);
        } catch (DuplicateKeyException alreadyRegistered) {
            throw ApiProblem.conflict("opd-exists", opd.code(), region);
        }
    }

    public Opd find(String regionCode, String code) {
        String region = regions.find(regionCode).code();
        return opds.findByRegionCodeAndCode(region, code)
                .orElseThrow(() -> ApiProblem.notFound("opd-not-found", code, region));
    }

    /** Empty when the region or the OPD is not registered. */
    public Optional<Opd> lookup(String regionCode, String code) {
        return opds.findByRegionCodeAndCode(regionCode, code);
    }

    public PageView<Opd> list(String regionCode, PageQuery query) {
        String region = regions.find(regionCode).code();
        Page<Opd> page = opds.findByRegionCode(region,
                query.pageable(Sort.by("code")));
        return PageView.of(page);
    }
}
