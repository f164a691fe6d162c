package id.pantau.monitoring.settings;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.time.Moments;
import id.pantau.events.RegionCode;
import id.pantau.monitoring.MonitoringProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The settings each region judges by: its own latest version, else its province's, else the service's
 * configuration ({@code pantau.monitoring.*}, with its per-region overrides), whose defaults are DOMAIN.md's.
 * A change writes the next version of the region's own settings (the fields it names; the rest as they were in
 * effect), audited in the same write. Lookups are kept {@value #FRESH_SECONDS} seconds, so a change made through
 * another instance of the service is in effect within that time; one made here, at once.
 */
@Service
public class SettingsCatalog {

    public static final String CONFIG = "config";
    static final String AUDIT_ENTITY = "settings";
    private static final long FRESH_SECONDS = 30;

    private record Cached(EffectiveSettings settings, Instant loadedAt) {
    }

    private final MongoTemplate mongo;
    private final MonitoringProperties properties;
    private final OutboxRelay relay;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public SettingsCatalog(MongoTemplate mongo, MonitoringProperties properties, OutboxRelay relay) {
        this.mongo = mongo;
        this.properties = properties;
        this.relay = relay;
    }

    public EffectiveSettings forRegion(String regionCode) {
        String key = regionCode == null ? "" : regionCode;
        Instant now = Instant.now();
        Cached cached = cache.get(key);
        if (cached != null && cached.loadedAt().plus(Duration.ofSeconds(FRESH_SECONDS)).isAfter(now)) {
            return cached.settings();
        }
        EffectiveSettings loaded = load(regionCode);
        cache.put(key, new Cached(loaded, now));
        return loaded;
    }

    /**
     * @param expectedVersion the version of the region's own settings the caller read (its ETag), or null
     * @throws ApiProblem 404/403 outside the caller's writable scope, 400 for settings that break a rule, 412 when
     *                    the region's settings changed since {@code expectedVersion} or concurrently
     */
    public EffectiveSettings change(String regionCode, RegionSettings change, String reason, Long expectedVersion,
                                    Scope scope) {
        scope.checkWrite(regionCode, null);
        EffectiveSettings current = load(regionCode);
        long own = latest(regionCode).map(SettingsVersion::version).orElse(0L);
        if (expectedVersion != null && expectedVersion != own) {
            throw ApiProblem.preconditionFailed("settings-changed", regionCode, own);
        }
        RegionSettings next = current.settings().with(change);
        if (!next.violations().isEmpty()) {
            throw ApiProblem.invalid(next.violations());
        }
        long version = own + 1;
        Instant now = Moments.now();
        String subject = scope.caller().subject();
        SettingsVersion written = new SettingsVersion(SettingsVersion.id(regionCode, version), regionCode, version, next,
                reason, subject, now, List.of(AuditEntry.of(AUDIT_ENTITY, regionCode, "change", regionCode, null,
                current.settings(), next).toOutbox()));
        try {
            mongo.insert(written);
        } catch (DuplicateKeyException changedConcurrently) {
            throw ApiProblem.preconditionFailed("settings-changed", regionCode, own);
        }
        // a province's change reaches every region that inherits it
        cache.clear();
        relay.relaySoon();
        return new EffectiveSettings(regionCode, regionCode, version, next, subject, now);
    }

    /** The version of the region's own settings (0 while it has none), for its ETag. */
    public long ownVersion(String regionCode) {
        return latest(regionCode).map(SettingsVersion::version).orElse(0L);
    }

    private EffectiveSettings load(String regionCode) {
        if (regionCode != null) {
            Optional<SettingsVersion> own = latest(regionCode);
            if (own.isEmpty()) {
                own = RegionCode.parse(regionCode).map(code -> code.province().value())
                        .filter(province -> !province.equals(regionCode)).flatMap(this::latest);
            }
            if (own.isPresent()) {
                SettingsVersion found = own.get();
                return new EffectiveSettings(regionCode, found.regionCode(), found.version(), found.settings(),
                        found.changedBy(), found.changedAt());
            }
        }
        return new EffectiveSettings(regionCode, CONFIG, 0, configured(regionCode), null, null);
    }

    private Optional<SettingsVersion> latest(String regionCode) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("regionCode").is(regionCode))
                .with(Sort.by(Sort.Direction.DESC, "version")).limit(1), SettingsVersion.class));
    }

    private RegionSettings configured(String regionCode) {
        MonitoringProperties.Bands bands = properties.capaianBands();
        return new RegionSettings(
                properties.forRegion(regionCode, MonitoringProperties.Region::tolerance, properties.tolerance()),
                properties.hysteresisMargin(), properties.health().onTrack(), properties.health().behind(),
                new CapaianBands(bands.veryHigh(), bands.high(), bands.medium(), bands.low()),
                properties.forRegion(regionCode, MonitoringProperties.Region::graceWorkingDays,
                        properties.compliance().graceWorkingDays()),
                properties.compliance().dueSoonWorkingDays(),
                properties.forRegion(regionCode, MonitoringProperties.Region::evidenceRequired,
                        properties.quality().evidenceRequired()));
    }
}
