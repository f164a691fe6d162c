package id.pantau.notification.delivery;

import id.pantau.events.AlertRule;
import id.pantau.events.Severity;
import id.pantau.notification.alert.Notice;
import id.pantau.notification.recipient.Language;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the messages people read, in the recipient's language, from the templates: the email of a notice
 * (plain text and HTML), its Telegram nudge (the subject line and the link), a report reminder and a test
 * message. They name only the innovation, indicator, OPD and region, the figures and the status, and link to
 * the dashboard: no personal data (no submitter, no recipient name).
 */
public final class MailComposer {

    /** One line of an alert's facts: the text key of its label and its value, written for the reader. */
    public record Row(String key, String value) {
    }

    private final MailTemplates templates;
    private final ZoneId zone;

    public MailComposer(MailTemplates templates, ZoneId zone) {
        this.templates = templates;
        this.zone = zone;
    }

    public Message compose(AlertFacts facts, Language language) {
        Formats formats = new Formats(language, zone);
        String indicator = firstKnown(facts.indicatorName(), templates.text(language, "value.indicator", facts.indicatorId()));
        String opd = firstKnown(facts.opdName(), facts.opdCode());
        String headline = headline(facts, language);
        String subject = templates.text(language, "subject.alert", headline, indicator, opd, facts.regionLabel());

        List<Row> rows = new ArrayList<>();
        rows.add(new Row("label.innovation", firstKnown(facts.innovationTitle(),
                templates.text(language, "value.innovation", facts.innovationId()))));
        rows.add(new Row("label.indicator", indicator));
        rows.add(new Row("label.opd", opd.equals(facts.opdCode()) ? opd : opd + " (" + facts.opdCode() + ")"));
        rows.add(new Row("label.region", facts.regionLabel()));
        boolean forecast = facts.rule() == AlertRule.FORECAST_MISS;
        rows.add(new Row(forecast ? "label.deadline" : "label.period", facts.period()));
        if (facts.recoveredIn() != null) {
            rows.add(new Row("label.recoveredIn", facts.recoveredIn()));
        }
        if (facts.expected() != null) {
            rows.add(new Row(forecast ? "label.target" : "label.expected", formats.number(facts.expected())));
        }
        if (facts.actual() != null) {
            rows.add(new Row(forecast ? "label.projected" : "label.actual", formats.number(facts.actual())));
        }
        if (facts.progressRatio() != null) {
            rows.add(new Row("label.progress", templates.text(language, "value.progress",
                    formats.number(facts.progressRatio().movePointRight(2)))));
        }
        rows.add(new Row("label.status", facts.kind() == Notice.Kind.RECOVERED
                ? templates.firstText(language, new Object[0], "status.RECOVERED." + facts.rule(), "status.RECOVERED")
                : severity(facts.severity(), language)));
        rows.add(new Row("label.rule", templates.text(language, "rule." + facts.rule())));
        rows.add(new Row("label.occurrences", templates.text(language, "value.occurrences",
                String.valueOf(facts.occurrences()), formats.dateTime(facts.at()))));

        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("headline", headline);
        variables.put("opening", templates.firstText(language, arguments(facts, language),
                "opening." + facts.kind() + "." + facts.rule(), "opening." + facts.kind()));
        variables.put("rows", rows);
        variables.put("link", facts.link());
        return templates.render("alert", subject, variables, language);
    }

    /** A short nudge for chat: the subject line and the link, nothing else. */
    public Message nudge(AlertFacts facts, Language language) {
        String subject = compose(facts, language).subject();
        return new Message(subject, subject + "\n" + facts.link());
    }

    /** A reminder to an OPD head that a report falls due soon. */
    public Message reminder(String indicatorName, String indicatorId, String period, LocalDate due, String regionLabel,
                            String opdCode, Language language) {
        Formats formats = new Formats(language, zone);
        String indicator = firstKnown(indicatorName, templates.text(language, "value.indicator", indicatorId));
        String subject = templates.text(language, "subject.reminder", indicator, period, formats.date(due));
        return note(subject, templates.text(language, "reminder.body", period, regionLabel, opdCode,
                formats.date(due)), language);
    }

    /** A recipient's digest of one working day. */
    public Message digest(DigestContent content, LocalDate day, String dashboard, Language language) {
        String subject = templates.text(language, "subject.digest", new Formats(language, zone).date(day),
                String.valueOf(content.count(DigestContent.Category.NEW)),
                String.valueOf(content.count(DigestContent.Category.OPEN)),
                String.valueOf(content.count(DigestContent.Category.ESCALATED)),
                String.valueOf(content.count(DigestContent.Category.RESOLVED)));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("regions", content.regions());
        variables.put("more", content.more());
        variables.put("dashboard", dashboard);
        return templates.render("digest", subject, variables, language);
    }

    /** A message that only proves the address works. */
    public Message test(String regionLabel, Language language) {
        return note(templates.text(language, "subject.test", regionLabel), templates.text(language, "test.body"),
                language);
    }

    private Message note(String subject, String text, Language language) {
        return templates.render("note", subject, Map.of("text", text), language);
    }

    private String headline(AlertFacts facts, Language language) {
        return templates.firstText(language, arguments(facts, language),
                "headline." + facts.kind() + "." + facts.rule(), "headline." + facts.kind());
    }

    /** {0} the severity, {1} the level, {2} the level's recipients. */
    private Object[] arguments(AlertFacts facts, Language language) {
        return new Object[] {severity(facts.severity(), language), String.valueOf(facts.level()),
                templates.text(language, "level." + Math.min(Math.max(facts.level(), 1), 3))};
    }

    private String severity(Severity severity, Language language) {
        return templates.text(language, "severity." + severity);
    }

    private static String firstKnown(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }
}
