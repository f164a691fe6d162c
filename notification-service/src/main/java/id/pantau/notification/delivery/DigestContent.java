package id.pantau.notification.delivery;

import id.pantau.events.Severity;
import id.pantau.notification.alert.Notice;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one recipient's daily digest lists: its alerts grouped by region, then OPD, each as new, still open,
 * escalated or back on track ("kembali sesuai target"), at most {@code maxLines} of them; the rest are counted
 * and left to the dashboard.
 */
public final class DigestContent {

    /** Why an alert is in the digest, in the order the digest lists them within an OPD. */
    public enum Category {
        NEW,
        ESCALATED,
        OPEN,
        RESOLVED
    }

    /** One alert of the digest. */
    public record Line(Category category, String regionLabel, String opdLabel, String indicator, String period,
                       Severity severity, String link) {
    }

    public record Opd(String label, List<Line> lines) {
    }

    public record Region(String label, List<Opd> opds) {
    }

    private final List<Region> regions;
    private final int more;
    private final Map<Category, Integer> counts;

    private DigestContent(List<Region> regions, int more, Map<Category, Integer> counts) {
        this.regions = regions;
        this.more = more;
        this.counts = counts;
    }

    public static DigestContent of(Collection<Line> lines, int maxLines) {
        List<Line> sorted = lines.stream().sorted(Comparator.comparing(Line::regionLabel)
                .thenComparing(Line::opdLabel).thenComparing(Line::category).thenComparing(Line::indicator)
                .thenComparing(Line::period)).toList();
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            counts.put(category, 0);
        }
        sorted.forEach(line -> counts.merge(line.category(), 1, Integer::sum));
        Map<String, Map<String, List<Line>>> grouped = new LinkedHashMap<>();
        sorted.stream().limit(maxLines).forEach(line -> grouped.computeIfAbsent(line.regionLabel(), r -> new LinkedHashMap<>())
                .computeIfAbsent(line.opdLabel(), o -> new ArrayList<>()).add(line));
        List<Region> regions = grouped.entrySet().stream().map(region -> new Region(region.getKey(),
                region.getValue().entrySet().stream().map(opd -> new Opd(opd.getKey(), List.copyOf(opd.getValue())))
                        .toList())).toList();
        return new DigestContent(regions, Math.max(0, sorted.size() - maxLines), counts);
    }

    /**
     * Why an alert told of since the previous digest is in this one: back on track if it recovered, else
     * escalated if it went up a level, else new (it opened or its severity rose).
     */
    public static Category categoryOf(Collection<Notice.Kind> kinds) {
        if (kinds.contains(Notice.Kind.RECOVERED)) {
            return Category.RESOLVED;
        }
        return kinds.contains(Notice.Kind.ESCALATED) ? Category.ESCALATED : Category.NEW;
    }

    public List<Region> regions() {
        return regions;
    }

    /** How many alerts the cap left out. */
    public int more() {
        return more;
    }

    public int count(Category category) {
        return counts.get(category);
    }

    /** Nothing to say: no digest is sent. */
    public boolean isEmpty() {
        return regions.isEmpty();
    }
}
