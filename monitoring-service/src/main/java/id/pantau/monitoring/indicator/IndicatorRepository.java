package id.pantau.monitoring.indicator;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * The indicator read model. API requests look indicators up through {@link ScopedIndicators}; the unscoped
 * lookups are for judging, which acts for no caller.
 */
public interface IndicatorRepository extends MongoRepository<Indicator, String>, ScopedIndicators {
}
