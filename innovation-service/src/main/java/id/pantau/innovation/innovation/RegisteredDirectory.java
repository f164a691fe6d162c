package id.pantau.innovation.innovation;

import id.pantau.innovation.opd.Opd;
import id.pantau.innovation.opd.OpdDirectory;
import id.pantau.innovation.region.RegionDirectory;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Answers registration's questions from this service's own directory of regions and OPDs. */
@Component
class RegisteredDirectory implements DirectoryLookup {

    private final RegionDirectory regions;
    private final OpdDirectory opds;

    RegisteredDirectory(RegionDirectory regions, OpdDirectory opds) {
        this.regions = regions;
        this.opds = opds;
    }

    @Override
    public boolean regionActive(String regionCode) {
        return regions.isActive(regionCode);
    }

    @Override
    public Optional<String> opdName(String regionCode, String opdCode) {
        return opds.lookup(regionCode, opdCode).map(Opd::name);
    }
}
