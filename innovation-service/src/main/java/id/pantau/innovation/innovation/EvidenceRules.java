package id.pantau.innovation.innovation;

import id.pantau.defaults.problem.Violations;
import id.pantau.innovation.indicator.EvidenceLink;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** Evidence links: a title, an absolute http(s) address, optionally a type and a date; a bounded number of them. */
public final class EvidenceRules {

    static final int MAX_LINKS = 20;
    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_URL_LENGTH = 2000;
    static final int MAX_TYPE_LENGTH = 60;

    private EvidenceRules() {
    }

    public static void check(List<EvidenceLink> links, String path, Violations violations) {
        if (links == null) {
            return;
        }
        if (links.size() > MAX_LINKS) {
            violations.add(path, "evidence-too-many", MAX_LINKS);
            return;
        }
        for (int i = 0; i < links.size(); i++) {
            String at = path + "[" + i + "]";
            if (violations.required(at, links.get(i))) {
                checkOne(links.get(i), at + ".", violations);
            }
        }
    }

    /** One link, its fields named with {@code prefix} (e.g. {@code documents[0].}, or nothing). */
    public static void checkOne(EvidenceLink link, String prefix, Violations violations) {
        violations.requiredText(prefix + "title", link.title(), MAX_TITLE_LENGTH);
        violations.maxLength(prefix + "type", link.type(), MAX_TYPE_LENGTH);
        if (violations.requiredText(prefix + "url", link.url(), MAX_URL_LENGTH) && !isWebAddress(link.url())) {
            violations.add(prefix + "url", "evidence-url", link.url());
        }
    }

    /** The links as stored: texts stripped; only for links {@link #check} accepted. */
    public static List<EvidenceLink> normalised(List<EvidenceLink> links) {
        return links == null ? List.of() : links.stream().map(EvidenceRules::normalised).toList();
    }

    public static EvidenceLink normalised(EvidenceLink link) {
        return new EvidenceLink(link.title().strip(), link.url().strip(),
                link.type() == null || link.type().isBlank() ? null : link.type().strip(), link.date());
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }
}
