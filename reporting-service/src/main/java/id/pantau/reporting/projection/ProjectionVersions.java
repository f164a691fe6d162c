package id.pantau.reporting.projection;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Names the projection collections by version. The read models declare their collection as
 * {@code #{@projectionVersions.collection('action_plan')}}: a reader or live consumer gets the active version's
 * collection, a rebuild's thread (inside {@link #writingInto}) the collection of the version it fills. Version 0
 * keeps the plain name, so a database from before versions needs no migration.
 *
 * <p>Every instance of the service re-reads the active version at most {@link #REFRESH} after it changed, so
 * that all replicas switch to rebuilt collections within that time.
 */
@Component("projectionVersions")
public class ProjectionVersions {

    /** How long an instance keeps using the active version it read. */
    static final Duration REFRESH = Duration.ofSeconds(1);
    /** A rebuild whose heartbeat is older than this died with its instance: another may start. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private final MongoDatabaseFactory database;
    private final ObjectProvider<MongoTemplate> template;
    private final ThreadLocal<Long> writing = new ThreadLocal<>();
    private volatile long active;
    private volatile Instant readAt = Instant.MIN;

    /**
     * The template is looked up when first needed: it asks this bean for collection names while it is being
     * created (to create the read models' indexes), so the active version is read through the driver.
     */
    ProjectionVersions(MongoDatabaseFactory database, ObjectProvider<MongoTemplate> template) {
        this.database = database;
        this.template = template;
    }

    /** The collection of {@code base} for this thread: the version a rebuild fills, else the active one. */
    public String collection(String base) {
        Long version = writing.get();
        return nameOf(base, version != null ? version : active());
    }

    static String nameOf(String base, long version) {
        return version == 0 ? base : base + "_v" + version;
    }

    public long active() {
        Instant now = Instant.now();
        if (readAt.plus(REFRESH).isBefore(now)) {
            Document state = database.getMongoDatabase().getCollection(ActiveProjection.COLLECTION)
                    .find(Filters.eq("_id", ActiveProjection.ID)).first();
            active = state == null || state.get("version") == null ? 0L : ((Number) state.get("version")).longValue();
            readAt = now;
        }
        return active;
    }

    /** Runs {@code work} with every projection collection of this thread being {@code version}'s. */
    <T> T writingInto(long version, Supplier<T> work) {
        writing.set(version);
        try {
            return work.get();
        } finally {
            writing.remove();
        }
    }

    /**
     * Claims the right to rebuild for {@code rebuildId}, unless another rebuild is alive.
     *
     * @return the active version when claimed, empty when another rebuild runs
     */
    Optional<Long> claim(String rebuildId) {
        Instant now = Instant.now();
        Query free = Query.query(Criteria.where("_id").is(ActiveProjection.ID).orOperator(
                Criteria.where("rebuildId").is(null), Criteria.where("heartbeatAt").lt(now.minus(ABANDONED_AFTER))));
        try {
            ActiveProjection claimed = template.getObject().findAndModify(free,
                    new Update().set("rebuildId", rebuildId).set("heartbeatAt", now).setOnInsert("version", 0L),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), ActiveProjection.class);
            return Optional.ofNullable(claimed).map(ActiveProjection::version);
        } catch (DuplicateKeyException running) {
            return Optional.empty();
        }
    }

    void heartbeat(String rebuildId) {
        template.getObject().updateFirst(ownedBy(rebuildId), new Update().set("heartbeatAt", Instant.now()), ActiveProjection.class);
    }

    /** Points readers and live consumers at {@code version}, in one update. */
    void activate(String rebuildId, long version) {
        template.getObject().updateFirst(ownedBy(rebuildId), new Update().set("version", version), ActiveProjection.class);
        active = version;
        readAt = Instant.now();
    }

    void release(String rebuildId) {
        template.getObject().updateFirst(ownedBy(rebuildId), new Update().unset("rebuildId").unset("heartbeatAt"),
                ActiveProjection.class);
    }

    private static Query ownedBy(String rebuildId) {
        return Query.query(Criteria.where("_id").is(ActiveProjection.ID).and("rebuildId").is(rebuildId));
    }
}
