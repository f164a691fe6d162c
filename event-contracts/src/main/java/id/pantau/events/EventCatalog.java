package id.pantau.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of published events: their CloudEvents type ({@code id.pantau.<EventName>.v<major>}) and the
 * topic of the service that owns them. A new major version of an event is a new record with its own entry.
 */
public final class EventCatalog {

    public static final String TYPE_PREFIX = "id.pantau.";

    public record Entry(Class<? extends PantauEvent> eventClass, String type, Topic topic) {

        /** The name of the schema and sample files, e.g. {@code InnovationRegistered.v1}. */
        public String fileName() {
            return type.substring(TYPE_PREFIX.length());
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            entry(RegionRegistered.class, 1, Topic.INNOVATION),
            entry(OpdRegistered.class, 1, Topic.INNOVATION),
            entry(InnovationRegistered.class, 1, Topic.INNOVATION),
            entry(InnovationUpdated.class, 1, Topic.INNOVATION),
            entry(InnovationStageChanged.class, 1, Topic.INNOVATION),
            entry(IndicatorTargetRevised.class, 1, Topic.INNOVATION),
            entry(InnovationReplicated.class, 1, Topic.INNOVATION),
            entry(IndicatorAdded.class, 1, Topic.INNOVATION),
            entry(IndicatorRetired.class, 1, Topic.INNOVATION),
            entry(IndicatorMeasured.class, 1, Topic.MONITORING),
            entry(TargetSlipped.class, 1, Topic.MONITORING),
            entry(TargetRecovered.class, 1, Topic.MONITORING),
            entry(ReportOverdue.class, 1, Topic.MONITORING),
            entry(ReportDueSoon.class, 1, Topic.MONITORING),
            entry(ForecastMissProjected.class, 1, Topic.MONITORING),
            entry(AlertRaised.class, 1, Topic.NOTIFICATION),
            entry(AlertAcknowledged.class, 1, Topic.NOTIFICATION),
            entry(AlertEscalated.class, 1, Topic.NOTIFICATION),
            entry(AlertResolved.class, 1, Topic.NOTIFICATION));

    private static final Map<String, Entry> BY_TYPE = new LinkedHashMap<>();
    private static final Map<Class<?>, Entry> BY_CLASS = new LinkedHashMap<>();

    static {
        for (Entry entry : ENTRIES) {
            BY_TYPE.put(entry.type(), entry);
            BY_CLASS.put(entry.eventClass(), entry);
        }
    }

    private EventCatalog() {
    }

    private static Entry entry(Class<? extends PantauEvent> eventClass, int major, Topic topic) {
        return new Entry(eventClass, TYPE_PREFIX + eventClass.getSimpleName() + ".v" + major, topic);
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static Entry of(Class<? extends PantauEvent> eventClass) {
        Entry entry = BY_CLASS.get(eventClass);
        if (entry == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not in the event catalogue");
        }
        return entry;
    }

    /** Empty for a type this build does not know, e.g. a newer major version: consumers skip it. */
    public static Optional<Entry> ofType(String type) {
        return Optional.ofNullable(type == null ? null : BY_TYPE.get(type));
    }
}
