package id.pantau.notification.routing;

import id.pantau.events.Severity;
import id.pantau.notification.alert.Alert;
import id.pantau.notification.recipient.RecipientRole;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The routing rules of one alert's region and province, walked in order: the kabupaten/kota's own rules
 * first, then the province's, each by position (then age); a matching rule adds its receivers and ends the
 * walk unless it says {@code continue}. The last rule is implicit and matches everything: the region's
 * inspectorate. So a region without rules routes to its inspectorate, and a {@code continue} rule (a copy to
 * Bappeda) falls through to it.
 */
public final class RoutingTree {

    public static final List<RecipientRole> DEFAULT_RECEIVERS = List.of(RecipientRole.INSPECTORATE);

    private final List<Route> routes;

    /** @param routes the active rules of the alert's region and of its province, in any order */
    public RoutingTree(String regionCode, List<Route> routes) {
        this.routes = routes.stream()
                .sorted(Comparator.comparing((Route route) -> !route.regionCode().equals(regionCode))
                        .thenComparingInt(Route::position).thenComparing(Route::createdAt).thenComparing(Route::id))
                .toList();
    }

    /** The roles to tell of a message of this severity about the alert, in the order the rules named them. */
    public Set<RecipientRole> receivers(Alert alert, Severity severity) {
        Set<RecipientRole> receivers = new LinkedHashSet<>();
        for (Route route : routes) {
            if (route.matches(alert, severity)) {
                receivers.addAll(route.receivers());
                if (!route.continueMatching()) {
                    return receivers;
                }
            }
        }
        receivers.addAll(DEFAULT_RECEIVERS);
        return receivers;
    }
}
