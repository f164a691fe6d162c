package id.pantau.innovation.innovation;

import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.time.Moments;
import id.pantau.defaults.web.PageQuery;
import id.pantau.defaults.web.PageView;
import id.pantau.events.InnovationStage;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The register of innovations: records new ones with their announcement, and reads them back. */
@Service
public class InnovationRegister {

    private final MongoTemplate mongo;
    private final DirectoryLookup directory;
    private final InnovationSettings settings;
    private final OutboxRelay relay;

    public InnovationRegister(MongoTemplate mongo, DirectoryLookup directory, InnovationSettings settings,
                              OutboxRelay relay) {
        this.mongo = mongo;
        this.directory = directory;
        this.settings = settings;
        this.relay = relay;
    }

    /** Inserts the innovation and its InnovationRegistered event in one write, then has the event relayed. */
    public Innovation register(NewInnovation request) {
        Innovation innovation = InnovationRules.register(request, directory, settings,
                () -> ObjectId.get().toHexString(), Moments.now());
        mongo.insert(innovation);
        relay.relaySoon();
        return innovation;
    }

    public Innovation find(String id) {
        Innovation innovation = mongo.findById(id, Innovation.class);
        if (innovation == null) {
            throw ApiProblem.notFound("innovation-not-found", id);
        }
        return innovation;
    }

    /** Newest first; each filter is optional. */
    public PageView<Innovation> list(String regionCode, String opdCode, InnovationStage stage, PageQuery page) {
        Criteria criteria = new Criteria();
        if (regionCode != null && !regionCode.isBlank()) {
            criteria.and("regionCode").is(regionCode.strip());
        }
        if (opdCode != null && !opdCode.isBlank()) {
            criteria.and("opdCode").is(opdCode.strip());
        }
        if (stage != null) {
            criteria.and("stage").is(stage);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Innovation.class);
        query.with(Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.desc("id")))
                .skip(page.offset()).limit(page.size());
        return PageView.of(mongo.find(query, Innovation.class), page, total);
    }
}
