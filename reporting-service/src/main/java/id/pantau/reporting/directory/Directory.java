package id.pantau.reporting.directory;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The names of regions and OPDs, as far as their directory events arrived. */
@Component
public class Directory {

    private final MongoTemplate mongo;

    Directory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** E.g. "Kota Bandung" for {@code 32.73}; empty until its RegionRegistered arrived. */
    public Optional<String> regionName(String regionCode) {
        return Optional.ofNullable(mongo.findById(DirectoryEntry.regionId(regionCode), DirectoryEntry.class))
                .map(DirectoryEntry::name);
    }
}
