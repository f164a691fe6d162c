package id.pantau.monitoring.indicator;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface IndicatorRepository extends MongoRepository<Indicator, String> {
}
