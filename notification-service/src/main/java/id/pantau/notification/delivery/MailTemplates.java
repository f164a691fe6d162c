package id.pantau.notification.delivery;

import id.pantau.notification.recipient.Language;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Thymeleaf templates of messages ({@code mail/<name>.txt} and {@code mail/<name>.html}) and their texts in
 * each language ({@code mail/messages_<language>.properties}): the templates lay a message out, the texts word
 * it, so a message reads the same in both parts and both languages.
 */
public final class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

    public MailTemplates() {
        texts.setBasename("mail/messages");
        texts.setDefaultEncoding("UTF-8");
        // a language without its texts is a mistake to see, not a reason to write in the server's language
        texts.setFallbackToSystemLocale(false);
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 2));
        engine.setTemplateEngineMessageSource(texts);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(java.util.Set.of("*" + suffix));
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }

    /** A text of the language, e.g. {@code text(EN, "severity.RED")}. */
    public String text(Language language, String key, Object... args) {
        return texts.getMessage(key, args, language.locale());
    }

    /** The text of the first key the language has, e.g. a rule's own headline before the general one. */
    public String firstText(Language language, Object[] args, String... keys) {
        for (int i = 0; i < keys.length - 1; i++) {
            String text = texts.getMessage(keys[i], args, null, language.locale());
            if (text != null) {
                return text;
            }
        }
        return text(language, keys[keys.length - 1], args);
    }

    /** The plain-text and HTML parts of a message from its two templates. */
    public Message render(String template, String subject, Map<String, Object> variables, Language language) {
        Context context = new Context(language.locale(), variables);
        context.setVariable("subject", subject);
        context.setVariable("lang", language.locale().getLanguage());
        return new Message(subject, engine.process(template + ".txt", context).strip() + "\n",
                engine.process(template + ".html", context));
    }
}
