package id.pantau.reporting.web;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageSwitchTest {

    @Test
    void keepsThePathAndEveryOtherParameter() {
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/dashboard/opd/2.18.0.00.0.00.01.0000");
        page.setQueryString("region=32.73&period=2026-Q1");

        assertThat(LanguageSwitch.link(page, "en"))
                .isEqualTo("/dashboard/opd/2.18.0.00.0.00.01.0000?region=32.73&period=2026-Q1&lang=en");
    }

    @Test
    void replacesTheLanguageChosenBefore() {
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/");
        page.setQueryString("lang=en&region=32");

        assertThat(LanguageSwitch.link(page, "id")).isEqualTo("/?region=32&lang=id");
    }

    @Test
    void aPageWithoutParametersGetsOnlyTheLanguage() {
        assertThat(LanguageSwitch.link(new MockHttpServletRequest("GET", "/dashboard/early-warning"), "en"))
                .isEqualTo("/dashboard/early-warning?lang=en");
    }

    @Test
    void anErrorPageSwitchesThePageThatFailed() {
        MockHttpServletRequest error = new MockHttpServletRequest("GET", "/error");
        error.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/dashboard/innovations/tidak-ada");

        assertThat(LanguageSwitch.link(error, "en")).isEqualTo("/dashboard/innovations/tidak-ada?lang=en");
    }
}
