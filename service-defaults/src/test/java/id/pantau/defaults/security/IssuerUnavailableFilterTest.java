package id.pantau.defaults.security;

import id.pantau.defaults.problem.ProblemFactory;
import id.pantau.events.PantauJson;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class IssuerUnavailableFilterTest {

    /** As Spring's mapper writes problems: the problem's properties (code...) at the top level. */
    private final JsonMapper json = PantauJson.mapper().rebuild()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    private final IssuerUnavailableFilter filter = new IssuerUnavailableFilter(new ProblemFactory(messages()), json);

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("pantau-problems");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void anIssuerWhoseKeysCannotBeFetchedIsA503WithRetryAfter() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain unreachable = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest request,
                                   jakarta.servlet.http.HttpServletResponse response) {
                throw new JwtDecoderInitializationException("Failed to lazily resolve the supplied JwtDecoder instance",
                        new IllegalArgumentException("Read timed out"));
            }
        });

        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/innovations"), response, unreachable);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("code").asString()).isEqualTo("issuer-unavailable");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/innovations");
    }

    @Test
    void everythingElsePassesThrough() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/innovations"), response, chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
