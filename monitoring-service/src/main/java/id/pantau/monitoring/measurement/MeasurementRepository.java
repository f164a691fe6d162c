package id.pantau.monitoring.measurement;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

/**
 * Measurements. API requests read through {@link ScopedMeasurements}; the unscoped lookups are for judging,
 * which acts for no caller.
 */
interface MeasurementRepository extends MongoRepository<Measurement, String>, ScopedMeasurements {

    /** Unjudged measurements received before {@code receivedBefore} (or stored before arrivals were kept). */
    @Query(value = "{ 'judged': false, $or: [ { 'receivedAt': { $lt: ?0 } }, { 'receivedAt': null } ] }",
            sort = "{ 'measuredAt': 1 }")
    List<Measurement> findUnjudged(Instant receivedBefore, Pageable page);
}
