package id.pantau.innovation.innovation;

import java.util.Optional;

/** What registering an innovation needs to know from the directory of regions and OPDs. */
public interface DirectoryLookup {

    /** Whether the region is in the directory and switched on. */
    boolean regionActive(String regionCode);

    /** The name of the OPD; empty when no such OPD is registered in the region. */
    Optional<String> opdName(String regionCode, String opdCode);
}
