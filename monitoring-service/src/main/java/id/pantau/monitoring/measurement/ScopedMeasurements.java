package id.pantau.monitoring.measurement;

import id.pantau.defaults.security.Scope;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Measurement reads made for a caller: what lies outside its scope is never loaded. */
interface ScopedMeasurements {

    Optional<Measurement> findReadable(String id, Scope scope);

    /** @param indicatorId null for the measurements of every indicator the caller reads */
    Page<Measurement> findReadable(String indicatorId, Scope scope, Pageable pageable);
}
