package id.pantau.innovation.region;

import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.time.Moments;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Loads the official list of regions at start: every region not in the directory yet is added, inactive, with
 * its RegionRegistered event; a region already there (loaded before, or registered by hand) is left as it is,
 * so a restart adds nothing and a newer list adds only its new codes. Replicas starting together may race for
 * a region: the unique code lets one insert win, the other skips it.
 */
@Component
class OfficialRegionLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OfficialRegionLoader.class);

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final DirectorySettings settings;

    OfficialRegionLoader(MongoTemplate mongo, OutboxRelay relay, DirectorySettings settings) {
        this.mongo = mongo;
        this.relay = relay;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.loadOfficialList()) {
            load(read());
        }
    }

    /** @return how many regions were added */
    int load(OfficialRegionList list) {
        Set<String> present = presentCodes();
        Instant now = Moments.now();
        int added = 0;
        for (OfficialRegion official : list.regions()) {
            if (!present.contains(official.code())) {
                try {
                    mongo.insert(Region.listed(official, list.decree(), now));
                    added++;
                } catch (DuplicateKeyException loadedByAnotherReplica) {
                    // nothing to do: the region is there
                }
            }
        }
        if (added > 0) {
            relay.relaySoon();
        }
        log.info("Official region list ({}): {} regions, {} added", list.decree(), list.regions().size(), added);
        return added;
    }

    private Set<String> presentCodes() {
        Query query = new Query();
        query.fields().include("_id");
        Set<String> codes = new HashSet<>();
        mongo.find(query, Document.class, "regions").forEach(region -> codes.add(region.getString("_id")));
        return codes;
    }

    private OfficialRegionList read() {
        try (InputStreamReader reader = new InputStreamReader(settings.officialList().getInputStream(),
                StandardCharsets.UTF_8)) {
            return OfficialRegionList.read(reader);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the official region list " + settings.officialList(),
                    unreadable);
        }
    }
}
