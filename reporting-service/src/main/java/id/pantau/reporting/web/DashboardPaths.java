package id.pantau.reporting.web;

/** The addresses the dashboard's session chain answers; everything else is the API's. */
final class DashboardPaths {

    static final String SIGNED_OUT = "/dashboard/assets/signed-out.html";

    static final String[] ALL = {"/", "/dashboard", "/dashboard/**", "/webjars/**", "/oauth2/authorization/**",
            "/login/oauth2/code/**", "/logout"};

    static final String[] PUBLIC = {"/dashboard/assets/**", "/webjars/**"};

    private DashboardPaths() {
    }

    static boolean isDashboard(String path) {
        return "/".equals(path) || path.equals("/dashboard") || path.startsWith("/dashboard/");
    }

    /** A page of the dashboard or a step of its login and logout: what the session chain answers. */
    static boolean isSessionPath(String path) {
        return isDashboard(path) || path.startsWith("/webjars/") || path.startsWith("/oauth2/authorization/")
                || path.startsWith("/login/oauth2/code/") || path.equals("/logout");
    }
}
