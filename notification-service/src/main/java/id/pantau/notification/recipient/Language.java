package id.pantau.notification.recipient;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** The language a recipient reads its messages in: Indonesian (the formal record) or English. */
public enum Language {
    @JsonProperty("id")
    ID(Locale.forLanguageTag("id-ID")),
    @JsonProperty("en")
    EN(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}
