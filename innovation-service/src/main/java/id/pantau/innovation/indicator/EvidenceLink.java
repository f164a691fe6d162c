package id.pantau.innovation.indicator;

import java.time.LocalDate;

/**
 * A document that supports a claim (a regional head's decree, an SOP, a report, a photo), as a link to the
 * region's own document system: files are not stored here.
 */
public record EvidenceLink(String title, String url, String type, LocalDate date) {
}
