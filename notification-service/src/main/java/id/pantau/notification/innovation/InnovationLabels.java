package id.pantau.notification.innovation;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The labels read model; keyed by innovation id, so a redelivered registration replaces it with itself. */
@Component
public class InnovationLabels {

    private final MongoTemplate mongo;

    InnovationLabels(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void keep(InnovationLabel label) {
        mongo.save(label);
    }

    public Optional<InnovationLabel> find(String innovationId) {
        return Optional.ofNullable(mongo.findById(innovationId, InnovationLabel.class));
    }
}
