package id.pantau.monitoring.indicator;

import id.pantau.defaults.security.Scope;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Indicator lookups made for a caller: an indicator outside its scope is not found, as if it did not exist. */
public interface ScopedIndicators {

    Optional<Indicator> findReadable(String indicatorId, Scope scope);

    /** Those of the indicators the caller reads, by id, in one query. */
    Map<String, Indicator> findAllReadable(Collection<String> indicatorIds, Scope scope);
}
