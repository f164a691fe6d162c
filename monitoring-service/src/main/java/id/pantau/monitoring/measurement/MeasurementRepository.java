package id.pantau.monitoring.measurement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface MeasurementRepository extends MongoRepository<Measurement, String> {


    Optional<Measurement> findFirstByIndicatorIdOrderByPeriodEndDesc(String indicatorId);

    Page<Measurement> findByIndicatorId(String indicatorId, Pageable pageable);

    List<Measurement> findTop100ByJudgedFalseOrderByMeasuredAtAsc();
}
