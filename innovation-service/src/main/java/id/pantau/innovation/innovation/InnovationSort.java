package id.pantau.innovation.innovation;

import id.pantau.defaults.problem.ApiProblem;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * The orders a list of innovations offers: {@code registeredAt} (the default, newest first), {@code title},
 * {@code startDate} or {@code targetDate}, each {@code ,asc} or {@code ,desc}; the id breaks ties
 * so that pages never overlap.
 */
final class InnovationSort {

    private static final Map<String, String> FIELDS = Map.of("registeredAt", "registeredAt", "title", "title",
            "startDate", "startDate", "targetDate", "targetDate");

    private InnovationSort() {
    }

    /** @throws ApiProblem 400 on {@code sort} for a field or direction not offered */
    static Sort parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.desc("id"));
        }
        String[] parts = sort.strip().split(",", -1);
        String field = FIELDS.get(parts[0].strip());
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        if (field == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw ApiProblem.invalid("sort", "sort-unknown", sort, String.join(", ", FIELDS.keySet().stream().sorted()
                    .toList()));
        }
        Sort.Direction order = direction.equals("asc") ? Sort.Direction.ASC : Sort.Direction.DESC;
        return Sort.by(new Sort.Order(order, field), new Sort.Order(order, "id"));
    }
}
