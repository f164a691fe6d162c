package id.pantau.monitoring.measurement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Measurements. API requests read through {@link ScopedMeasurements}; the unscoped lookups are for judging,
 * which acts for no caller.
 */
interface MeasurementRepository extends MongoRepository<Measurement, String>, ScopedMeasurements {

    Optional<Measurement> findFirstByIndicatorIdOrderByPeriodEndDesc(String indicatorId);

    List<Measurement> findTop100ByJudgedFalseOrderByMeasuredAtAsc();
}
