package id.pantau.innovation.region;

import java.util.Optional;

/**
 * What still works in a region, so that it is not switched off under it. The features that keep things in a
 * region (OPDs, innovations) answer for their own, without the directory knowing them.
 */
public interface RegionUsage {

    /** The problem code saying what still works in the region; empty when nothing does. */
    Optional<String> inUse(String regionCode);
}
