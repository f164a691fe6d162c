package id.pantau.events;

/** One topic per publishing service. */
public enum Topic {
    INNOVATION("innovation-events"),
    MONITORING("monitoring-events"),
    NOTIFICATION("notification-events");

    private final String topicName;

    Topic(String topicName) {
        this.topicName = topicName;
    }

    public String topicName() {
        return topicName;
    }
}
