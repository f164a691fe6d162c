package id.pantau.reporting.projection;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The one document that says which version of the projection collections the reports read and the consumers
 * write ({@code version} 0: the unsuffixed names), and which rebuild, if any, is running ({@code rebuildId},
 * alive while its {@code heartbeatAt} is recent). Switching is one update of this document.
 */
@Document(ActiveProjection.COLLECTION)
record ActiveProjection(@Id String id, long version, String rebuildId, Instant heartbeatAt) {

    static final String COLLECTION = "projection_state";
    static final String ID = "active";
}
