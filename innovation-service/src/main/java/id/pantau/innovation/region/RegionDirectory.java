package id.pantau.innovation.region;

import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.time.Moments;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** The provinces and kabupaten/kota of the directory. */
@Service
public class RegionDirectory {

    private final RegionRepository regions;

    public RegionDirectory(RegionRepository regions) {
        this.regions = regions;
    }

    public Region register(NewRegion request) {
        Region region = RegionRules.newRegion(request, regions::existsById, Moments.now());
        try {
            return regions.insert(region);
        } catch (DuplicateKeyException alreadyRegistered) {
            throw ApiProblem.conflict("region-exists", region.code());
        }
    }

    public Region find(String code) {
        return regions.findById(code).orElseThrow(() -> ApiProblem.notFound("region-not-found", code));
    }

    public boolean isRegistered(String code) {
        return code != null && regions.existsById(code);
    }

    /** By code; with a parent, only the kabupaten/kota of that province. */
    public PageView<Region> list(String parentCode, PageQuery query) {
        PageRequest pageable = query.pageable(Sort.by("code"));
        Page<Region> page = parentCode == null || parentCode.isBlank()
                ? regions.findAll(pageable)
                : regions.findByParentCode(parentCode.strip(), pageable);
        return PageView.of(page);
    }
}
