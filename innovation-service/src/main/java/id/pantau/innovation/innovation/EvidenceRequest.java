package id.pantau.innovation.innovation;

import id.pantau.innovation.indicator.EvidenceLink;
import java.time.LocalDate;

/** An evidence link to add to an innovation, or to one of its indicators when {@code indicatorId} names it. */
public record EvidenceRequest(String indicatorId, String title, String url, String type, LocalDate date) {

    EvidenceLink link() {
        return new EvidenceLink(title, url, type, date);
    }
}
